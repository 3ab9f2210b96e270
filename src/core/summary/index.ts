/* The RAG Summary (SPEC 6): a pure model, its tables, and the sheet plan both adapters apply. */
export * from './types';
export { summaryModel, summaryModelInChunks, type SummaryOptions } from './model';
export { overallNote, summaryKey, summaryNotes } from './key';
export { differentMeetings, includedRows, includedTable, meetingWords, type RatedAgainst } from './included';
export { dueUpdate, latestUpdate } from './updates';
export { exceptionRows, exceptionRowsInChunks, dueRows, dueRowsInChunks } from './lists';
export { excelAddress, qualitySummary, qualitySummaryInChunks } from './quality';
export { labelSources, type Source, type SourcedIssue } from './sources';
export { NO_OBJECTIVE, tableOneRows } from './table-one';
export { TABLE_ONE_HEADERS } from './table-cells';
export { dueWhen, summaryHeading } from './heading';
export { summaryTables, summaryTablesInChunks, type SummaryCell, type SummaryCellKind, type SummaryTable, type SummaryTableRow, type SummaryTables } from './tables';
export { PERCENT_FORMAT, SUMMARY_STYLES, cellStyleName, type CellStyle } from './styles';
export { SUMMARY_SHEET, type FormatRange, type PagePlan, type PlanCell, type SummarySheetPlan } from './sheet-plan';
export { planFormats, planFormatsInChunks } from './formats';
export { clip, CLIP, clipLatest, issueKind } from './clip';
export { summarySheetPlan, summarySheetPlanInChunks } from './plan';
