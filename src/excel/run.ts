/// <reference types="office-js" />

/*
 * The one place that calls Excel.run. Everything else in the adapter takes a request context
 * (or this runner) as a parameter, so the same code runs against Excel and against the
 * in-memory host (src/host/memory) in tests, the headless runner and the browser workbench.
 * Nothing here touches the Excel or Office globals at import time: Node can load this module.
 */

/** Runs a batch in a fresh request context, as Excel.run does. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Whether the host supports an ExcelApi requirement set, e.g. '1.13'. */
export type ApiSupport = (version: string) => boolean;

/**
 * The runner for a real Excel: the global Excel.run.
 * @example await refreshWorkbook(officeRunner, { asOf: '2022-11-30' })
 */
export const officeRunner: ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => Excel.run(batch);

/**
 * Requirement-set support as the running Office reports it; false outside Office (a plain
 * browser or Node), where only the in-memory host runs and passes its own answer.
 * @example officeSupport()('1.13') // true in current Excel
 */
export function officeSupport(): ApiSupport {
  return (version) => {
    if (typeof Office === 'undefined') return false;
    return Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
  };
}

/**
 * True in Excel on the web, where each request and response must stay under 5 MB; false in
 * desktop Excel and outside Office.
 * @example const web = onTheWeb()
 */
export function onTheWeb(): boolean {
  if (typeof Office === 'undefined') return false;
  return Office.context?.platform === Office.PlatformType.OfficeOnline;
}
