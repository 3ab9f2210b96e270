/** What a refresh writes into a workbook, as plain data both adapters apply the same way. */
export { OUTPUT_HEADERS, UPDATE_DUE_PREFIX, focusWords, meetingName, ratingWord, trendSymbol, trendWord } from './words';
export { needsQuoting, safeText } from './safe-text';
export { FOCUS_ORDER, FOCUS_TINTS, RATING_ORDER, RATING_SWATCHES, type Swatch } from './colours';
export { legendText } from './legend';
export { type ConditionalRule, isOwnRuleFormula, markedFormula, planRules } from './rules';
export { OUTPUT_WIDTHS, WRAPPED_COLUMNS, outputWidths, wrappedRanges } from './widths';
export { widenedFilter } from './filter';
export { NEXT_DUE_FORMAT, type OutputPlan, type PlannedCell, type PlannedValue, planOutput, planOutputInChunks } from './plan';
