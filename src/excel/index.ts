/**
 * The Office.js adapter: the add-in's refresh, run through a runner (Excel.run in Office, the
 * in-memory host elsewhere). Browser-safe: no Node imports.
 */
export { officeRunner, officeSupport, onTheWeb, type ApiSupport, type ExcelRunner } from './run';
export { refreshWorkbook, type RefreshOptions, type RefreshOutcome } from './refresh';
export { refreshFromRibbon, ribbonSentence } from './ribbon';
export { Progress, RefreshError, toRefreshError, type RefreshErrorCode } from './errors';
export { DATE_FORMAT, TEXT_FORMAT } from './write-plan';
