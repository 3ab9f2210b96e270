/* RAG History (SPEC 2.4, 5.2): snapshots of every refresh, and the trends read from them. */
export * from './types';
export { historyRows, historyRowsInChunks, mergeHistory, mergeHistoryInChunks } from './rows';
export { previousSnapshot, previousSnapshotInChunks } from './snapshot';
export { applyTrends, applyTrendsInChunks, groupTrend, type TrendResult } from './trends';
export { historyTable, historyTableInChunks } from './table';
export { historyIssues, readHistoryTable, readHistoryTableInChunks } from './read';
