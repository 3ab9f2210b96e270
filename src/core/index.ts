/** The engine's public surface, shared by the add-in, the command line and the tests. */
export { analyseWorkbook, analyseWorkbookInChunks, type WorkbookAnalysis } from './analyse/workbook';
export { analyseSheet } from './analyse/sheet';
export { createParsers } from './analyse/parsers';
export { parseTimeframe } from './timeframe';
export { classifyStatus, readStatus } from './status';
export { defaultSettings, mergeSettings, calendarOf, type Settings, type SheetMapping } from './settings';
export { buildReport, type Report } from './report';
export * from './types';
