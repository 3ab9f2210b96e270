/** Status text (SPEC 4): what a status cell says about an action or step. */
export { classifyStatus, readStatus } from './classify';
export { phraseWarmUps } from './phrases';
export { asksForDecision } from './decision';
export { readEntry, stripStatusPrefix } from './entry';
export { wholeEntryStatus } from './whole';
export type { EntryReading } from './entry';
export { completionDenied } from './missed';
export { forecastTime } from './forecast';
