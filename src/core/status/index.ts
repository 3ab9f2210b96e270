/** Status text (SPEC 4): what a status cell says about an action or step. */
export { classifyStatus, readStatus } from './classify';
export { readEntry, stripStatusPrefix, wholeEntryStatus } from './entry';
export type { EntryReading } from './entry';
