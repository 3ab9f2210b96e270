/*
 * The small pieces the reason sentences are built from: how a step is named, how cell text is
 * quoted, and how a number of days reads.
 */

/** Long enough to recognise a step, short enough to keep the reason to one line on a board paper. */
export const STEP_QUOTE_LENGTH = 60;
export const TIMEFRAME_QUOTE_LENGTH = 40;

/** Text with no letter or figure ("-", the dash that keeps a step's place): nothing worth quoting. */
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

/**
 * Cell text as a short quotation: whitespace collapsed, cut at a word boundary with "…" when
 * longer than `max` characters, and double quotes turned single so the quotation stays intact.
 * @example shortQuote('Review of other models and options (e.g. Foundation Trust governing bodies)', 60)
 * // 'Review of other models and options (e.g. Foundation Trust…'
 */
export function shortQuote(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').replace(/["“”]/g, "'").trim().replace(/\.$/, '');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space >= max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:(\-–]+$/, '')}…`;
}

/**
 * Step quotations already made: the same next steps are quoted in the reasons of many rows.
 * Cleared when full, so memory stays bounded; a pure function of the text either way.
 */
const stepQuotes = new Map<string, string>();
const STEP_QUOTES_MAX = 10_000;

function stepQuote(text: string): string {
  let quoted = stepQuotes.get(text);
  if (quoted === undefined) {
    quoted = shortQuote(text, STEP_QUOTE_LENGTH);
    if (stepQuotes.size >= STEP_QUOTES_MAX) stepQuotes.clear();
    stepQuotes.set(text, quoted);
  }
  return quoted;
}

/**
 * How a reason names the step: its position and a quotation when the action has several
 * steps (none for a dash), otherwise "the action" (a lone step stands for the action itself).
 * @example stepSubject('Draft and circulate Job Description', 1, 4) // 'step 1 of 4 "Draft and circulate Job Description"'
 * @example stepSubject('Interviews', 1, 1) // 'the action'
 */
export function stepSubject(text: string, index: number, count: number): string {
  if (count <= 1) return 'the action';
  const quoted = stepQuote(text);
  return NO_WORDS.test(quoted) ? `step ${index} of ${count}` : `step ${index} of ${count} "${quoted}"`;
}

/**
 * A count of days in words.
 * @example days(1) // '1 day'
 * @example days(34) // '34 days'
 */
export function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/**
 * When something falls due, counted from the as-of date.
 * @example dueIn(0) // 'today'
 * @example dueIn(5) // 'in 5 days'
 */
export function dueIn(n: number): string {
  return n === 0 ? 'today' : `in ${days(n)}`;
}

/**
 * The time frame a step was given, for the "cannot be rated" reason. A dash is no time frame:
 * quoting "-" would tell a board member nothing.
 * @example timeframePhrase('TBC') // 'the time frame "TBC"'
 * @example timeframePhrase(null) // 'no time frame'
 * @example timeframePhrase('-') // 'no time frame'
 */
export function timeframePhrase(text: string | null): string {
  const quoted = text === null ? '' : shortQuote(text, TIMEFRAME_QUOTE_LENGTH);
  return NO_WORDS.test(quoted) ? 'no time frame' : `the time frame "${quoted}"`;
}
