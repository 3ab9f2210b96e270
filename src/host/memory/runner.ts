/// <reference types="office-js" />
import type { HostContext } from './context';
import type { MemoryExcelHost } from './host';

/**
 * The host's Excel.run with the signature the adapter takes. The host implements only the
 * subset of Excel.RequestContext the adapter uses, so the one cast lives here; an API the
 * host lacks fails loudly in the tests ("is not a function") rather than silently.
 * @example await refreshWorkbook(runnerFor(host), { asOf: '2022-11-30' })
 */
export function runnerFor(host: MemoryExcelHost): <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    host.run<T>((context: HostContext) => batch(context as unknown as Excel.RequestContext));
}
