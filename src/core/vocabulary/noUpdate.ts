/*
 * Status cells that hold words but no update: the step's reason says "no update yet" of them, as
 * of a blank cell (analyse/readStep.ts), not that an update was read. Whole cells only, compared
 * in lower case without a closing stop.
 */
export const NO_UPDATE_TEXTS: readonly string[] = [
  'no update', 'no update yet', 'no update provided', 'no update given', 'no update received', 'no update this month',
  'no update this period', 'update to follow', 'update to follow at meeting', 'awaiting update', 'update awaited',
  'update requested', 'tbc', 'to be confirmed', 'n/a', 'na', 'none', 'nil', '-', '?',
];
