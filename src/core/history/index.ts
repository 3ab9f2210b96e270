/* RAG History (SPEC 2.4, 5.2): snapshots of every refresh, and the trends read from them. */
export * from './types';
export { historyRows, mergeHistory } from './rows';
export { previousSnapshot } from './snapshot';
export { applyTrends, groupTrend, type TrendResult } from './trends';
export { historyTable, readHistoryTable } from './table';
