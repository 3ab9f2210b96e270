/**
 * An Excel that runs in memory, for tests, the headless runner and the browser workbench:
 * the subset of the Excel JavaScript API the add-in uses, with Excel's batching, errors and
 * limits. No Node imports here; the ExcelJS bridge lives in src/host/exceljs.
 */
export { MemoryExcelHost, type HostFaults, type HostOptions, type HostStats } from './host';
export { HostContext } from './context';
export { HostError, hostError, type HostErrorCode } from './errors';
export { cellAt, newSheet, type MemoryCell, type MemoryFormat, type MemorySheet, type MemoryTable, type MemoryWorkbook } from './model';
export { updateCell, usedBounds } from './edit';
export { runnerFor } from './runner';
