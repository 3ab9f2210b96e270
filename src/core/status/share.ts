import { amountShare } from './amounts';
import { checkResult } from './result';
import { COUNT_WORDS, FIRST_DESIGNATORS, FIRST_PART_WORDS, FRACTION_WORDS, NEARLY_WORDS, ORDINAL_COMPOUNDS, ORDINAL_WORDS, PART_WORDS } from '../vocabulary/statusShare';
import { phraseAlternation } from './alternation';

/*
 * How much of the work a completion word is about, read from the words right beside it:
 * "90% complete", "3 of 5 complete" and "Some sites live" are work on the way, not work done.
 */

const COUNT = `\\d{1,4}|${COUNT_WORDS.join('|')}`;

/**
 * A percentage right before or after a completion word: "90% complete", "Completed (75%)",
 * or before what it is of: "75% of actions complete".
 */
const PERCENT_BEFORE = /(\d{1,3})(?:\.\d+)?\s*(?:%|per\s?cent)(?:\s+of(?:\s+[a-z][a-z'’-]*){1,3})?\s*$/i;
/** A fraction in words right before a completion word: "Half complete", "Three-quarters done". */
const FRACTION_BEFORE = new RegExp(`(?:^|[^a-z])(${Object.keys(FRACTION_WORDS).map((w) => w.replace(/ /g, '[\\s-]+')).join('|')})[\\s-]+$`, 'i');
/** A word right before a completion word that says it is not all done: "Mostly achieved". */
const NEARLY_BEFORE = new RegExp(`(?:^|[^a-z])(?:${NEARLY_WORDS.join('|')})\\s+(?:been\\s+)?$`, 'i');
const PERCENT_AFTER = /^\s*[:(\-–—]?\s*(\d{1,3})(?:\.\d+)?\s*(?:%|per\s?cent)/i;
/**
 * A share of the people or places the work reached, after a completion word: "Training delivered
 * to 60% of staff", "Implemented in over 80% of practices". Only with "of": "achieved at 96%" is a level.
 */
const PERCENT_OF_AFTER =
  /^\s*(?:to|for|by|in|across|at|on|with|among|amongst)\s+(?:(?:just\s+)?(?:over|under|around|about|approx|approximately|nearly|almost|c)\.?\s+)?(\d{1,3})(?:\.\d+)?\s*(?:%|per\s?cent)\s+of\b/i;
/** After a target word a bare percentage is the level reached ("Target met (87%)"), not a share done. */
const PERCENT_OF = /^\s*[:(\-–—]?\s*(\d{1,3})(?:\.\d+)?\s*(?:%|per\s?cent)\s+of\b/i;
/**
 * A count done out of a whole: "3 of 5 complete", "two out of four sites completed", "Completed
 * 3 of 5". A slash counts only before the word: "Completed 3/5" is a date, the 3rd of May, and never
 * inside a longer date ("Extension to 30/06/25 agreed" is no share of 6 in 25).
 */
const SHARE_BEFORE = new RegExp(`(?<!\\d[/.])\\b(${COUNT})\\s*(?:of|out\\s+of|\\/)\\s*(?:the\\s+)?(${COUNT})(?:\\s+[a-z]+){0,2}\\s*$`, 'i');
// "in place on 8 of 9 wards", "delivered to 4 of 6 teams", "Achieved, 4 of 5": a place word or a comma may stand between.
const SHARE_AFTER = new RegExp(`^\\s*[:(\\-–—,]?\\s*(?:(?:on|in|at|across|for|to)\\s+)?(${COUNT})\\s+(?:of|out\\s+of)\\s+(?:the\\s+)?(${COUNT})\\b`, 'i');
/**
 * A count with a slash after the people or places it reached: "Training delivered to 45/60 staff". Only after
 * "to", "for" or "across" and before a word, as "Completed 3/5" and "Delivered in 10/24" are dates; after "in", "on"
 * or "at" only before a plural ("Implemented in 4/6 wards"), as "Completed on 4/6 as planned" is a date.
 */
const SLASH_AFTER =
  /^\s*[:(\-–—,]?\s*(?:(?:to|for|across)\s+(\d{1,4})\s*\/\s*(\d{1,4})(?![\d/.])\s*(?:[a-z]|\()|(?:in|on|at)\s+(\d{1,4})\s*\/\s*(\d{1,4})\s+(?!this\b|thus\b)[a-z]{2,}s\b)/i;
/** A part named in the words before a completion word, in the same clause (words joined by spaces only): "Some sites live". */
const PART_BEFORE = new RegExp(`(?:^|[^a-z])(?:${phraseAlternation(PART_WORDS)})(?:\\s+[a-z][a-z'’-]*){0,4}\\s*$`, 'i');
/**
 * The first of a series at the head of the clause: "First two audits complete", "First meeting
 * held", "Initial scoping complete", "Group set up, first workshop held", "First phase complete".
 * Not a compound ("First aid training completed"), nor mid-clause ("Despite initial delays delivered"),
 * nor past a joining word ("Baseline audit completed and actions implemented": the actions are not the first of any).
 */
const ORDINAL_BEFORE = new RegExp(
  `(?:^|[.,;:!?()\\n\\r•]|\\s[-–—])\\s*(?:(?:the|our|their|an?)\\s+)?(?:${ORDINAL_WORDS.join('|')})\\s+` +
    `(?!(?:${phraseAlternation(ORDINAL_COMPOUNDS)})\\b)(?:(?!(?:and|but|then)\\s)[a-z0-9][a-z0-9'’-]*\\s+){0,4}$`,
  'i',
);

/**
 * The first of the numbered parts of the work at the head of the clause: "Phase 1 complete", "Stage one
 * delivered", "Phase 1 (scoping) complete". Not a run of them ("Phase 1 and 2 complete", "Phases 1-3").
 */
const FIRST_PART_BEFORE = new RegExp(
  `(?:^|[.,;:!?\\n\\r•]|\\s[-–—])\\s*(?:(?:the|our|their)\\s+)?(?:${FIRST_PART_WORDS.join('|')})\\s*(?:${FIRST_DESIGNATORS.join('|')})` +
    `(?![\\p{L}\\p{N}])(?!\\s*(?:and|&|\\/|-|–|to|or|\\+)\\s*\\S)(?:\\s*\\([^()]{1,30}\\))?(?:\\s+[a-z][a-z'’-]*){0,3}\\s*$`,
  'iu',
);

/** The first of the numbered parts right after a completion word: "Completed phase 1", "Delivered stage one of the plan". */
const FIRST_PART_AFTER = new RegExp(
  `^\\s*(?:(?:the|our|their)\\s+)?(?:${FIRST_PART_WORDS.join('|')})\\s*(?:${FIRST_DESIGNATORS.join('|')})(?![\\p{L}\\p{N}])` +
    `(?!\\s*(?:and|&|\\/|-|–|to|or|\\+)\\s*\\S)`,
  'iu',
);

function countOf(word: string | undefined): number {
  if (word === undefined) return NaN;
  const named = COUNT_WORDS.indexOf(word.toLowerCase());
  return named >= 0 ? named : Number(word);
}

/**
 * The share of the work done written next to the phrase from `start` to `end`, as a
 * percentage, or null: "90% complete" and "3 of 5 complete" are work on the way, not work done.
 * @example percentAround('90% complete', 4, 12) // 90
 * @example percentAround('3 of 5 complete', 7, 15) // 60
 * @example percentAround('Two of three sites complete', 20, 28) // 67
 * @example percentAround('Half complete', 5, 13) // 50
 * @example percentAround('Delivered to 60% of staff', 0, 9) // 60
 * @example percentAround('Training delivered to 45/60 staff', 9, 18) // 75
 * @example percentAround('Target met (87%)', 0, 10, true) // null
 * @example percentAround('95% target achieved', 4, 19, true) // null
 * @example percentAround('Audit complete - 98% compliance', 6, 14) // null
 * @example percentAround('Audit complete - 3 of 4 trusts compliant', 6, 14) // null
 * @example percentAround('£2.3m delivered YTD against £9.2m plan', 6, 15) // 25
 */
export function percentAround(text: string, start: number, end: number, level = false): number | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  // "Audit complete - 98% compliance", "– 3 of 4 trusts compliant": the figure after a check done is its result, as after a target word.
  const result = checkResult(text, start, end);
  // "95% target achieved": the figure names the target met, where "95% of target achieved" is a share of it.
  const targetFigure = level && /^(?:targets?|trajectory)\b/i.test(text.slice(start, end)) && /(?:%|per\s?cent)\s*$/i.test(before);
  const m = (targetFigure ? null : PERCENT_BEFORE.exec(before)) ?? (result ? null : ((level ? PERCENT_OF : PERCENT_AFTER).exec(after) ?? PERCENT_OF_AFTER.exec(after)));
  if (m !== null) return Number(m[1]);
  const fraction = FRACTION_BEFORE.exec(before);
  if (fraction !== null) return FRACTION_WORDS[(fraction[1] ?? '').toLowerCase().replace(/[\s-]+/g, ' ')] ?? null;
  const share = SHARE_BEFORE.exec(before) ?? (result ? null : (SHARE_AFTER.exec(after) ?? SLASH_AFTER.exec(after)));
  if (share === null) return result ? null : amountShare(text, start, end);
  const done = countOf(share[1] ?? share[3]);
  const whole = countOf(share[2] ?? share[4]);
  return !(whole > 0) || done > whole ? null : Math.round((100 * done) / whole);
}

/**
 * True when the words before a completion word at `start` name only part of the work, or, given where
 * it ends (`end`), the first of its numbered parts right after it ("Completed phase 1").
 * @example partlyDone('First two audits complete', 17) // true
 * @example partlyDone('Mostly achieved', 7) // true
 * @example partlyDone('Initial meeting held', 8) // true
 * @example partlyDone('Phase 1 complete', 8) // true
 * @example partlyDone('Completed phase 1', 0, 9) // true
 * @example partlyDone('Audits complete', 7) // false
 */
export function partlyDone(text: string, start: number, end = start): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  if (PART_BEFORE.test(before) || NEARLY_BEFORE.test(before) || ORDINAL_BEFORE.test(before) || FIRST_PART_BEFORE.test(before)) return true;
  return end > start && FIRST_PART_AFTER.test(text.slice(end, end + 24));
}
