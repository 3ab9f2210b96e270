/** Entries inside a cell and the steps of a row (SPEC 2.3). */
export { splitEntries } from './entries';
export { stripMarkup, decodeEntities } from './markup';
export { readStepText, stepDeadline } from './stepText';
export { alignSteps, entryIndex, extraEntries, joinStatuses, joinTimeframes, stepCount } from './align';
export { inStepOrder, lineFacts, lineUp, listedSteps, needsLineUp, needsLineUpOf, placedEntries, withoutPlaceholders, type LineFacts } from './lineUp';
export { isItemList } from './itemList';
export { cannotEnd } from './wraps';
export { PLACEHOLDER } from './lists';
export type { AlignedStep, AlignedSteps } from './types';
