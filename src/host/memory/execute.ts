import { jsonBytesSteps } from './bytes';
import type { HostAction, Sink } from './context';
import { hostError } from './errors';
import type { MemoryExcelHost } from './host';
import type { Steps } from './steps';

/**
 * One round trip's work after its faults, in steps: the request limit, the commands in order
 * (Excel stops at the first failure and what ran stays done), the response limit, then the
 * loaded values handed to the proxies, all at once at the end so none is seen before the
 * whole sync succeeded.
 */
export function* syncSteps(host: MemoryExcelHost, actions: readonly HostAction[]): Steps {
  // Measured part by part as it would cross: the JSON of the batch's requests, in UTF-8.
  const requestBytes = yield* jsonBytesSteps(actions.map((a) => a.request));
  host.stats.requestBytes.push(requestBytes);
  host.stats.maxRequestBytes = Math.max(host.stats.maxRequestBytes, requestBytes);
  if (host.limits.web && requestBytes > host.limits.payload) throw hostError('RequestPayloadSizeLimitExceeded');
  const commits: (() => void)[] = [];
  const counted = new Set<object>();
  const sink: Sink = {
    bytes: 2,
    later: (fn) => commits.push(fn),
    countCells: (range, cells) => {
      if (counted.has(range)) return;
      counted.add(range);
      host.stats.cellsRead += cells;
      host.stats.maxCellsPerRead = Math.max(host.stats.maxCellsPerRead, cells);
    },
  };
  for (const action of actions) {
    if (action.requires !== undefined && !host.supports(action.requires)) throw hostError('ApiNotFound', `ExcelApi ${action.requires}`);
    const steps = action.run(sink);
    if (steps !== undefined) yield* steps;
    yield;
  }
  host.stats.responseBytes.push(sink.bytes);
  host.stats.maxResponseBytes = Math.max(host.stats.maxResponseBytes, sink.bytes);
  if (host.limits.web && sink.bytes > host.limits.payload) throw hostError('ResponsePayloadSizeLimitExceeded');
  for (const commit of commits) commit();
}
