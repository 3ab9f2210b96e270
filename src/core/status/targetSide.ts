import type { StatusClass } from '../types';
import { TARGET_LEVEL_WORDS, TARGET_OWNERS, UPPER_BOUND_WORDS } from '../vocabulary/statusTargetLevels';
import { phraseAlternation } from './alternation';
import { measureDirection } from './targetDirection';
import { clauseWords } from './clauseWords';

/*
 * A level said to be above or below its target in words, with or without the target's figure (SPEC 4, round 32):
 * "4hr performance 73.9% in Nov, just below 76% ambition", "12-hour waits … remain above 2% threshold", "Mandatory
 * training compliance 91% - above target". Which side is bad is the measure's direction (targetDirection.ts): below
 * is short for a rising measure, above is over for a falling one or any upper bound ("above the 3% cap"). Below the
 * target of a falling measure is left unread: "DNA rate below 8% target" is good news, "VW occupancy below 60%
 * target" bad, and only the service knows which.
 */

const TW = `(?:${phraseAlternation(TARGET_LEVEL_WORDS)})`;
const OWNERS = `(?:(?:${phraseAlternation(TARGET_OWNERS)})\\s+){0,2}`;
/** "just below 76% ambition", "above fair-share target of 160", "- above target"; not "over target date". Groups: side, unit, target word. */
const SIDE = new RegExp(
  `(?<![\\p{L}])(below|under|above|over|exceeding|exceeds)\\s+${OWNERS}(?:[£$€]?\\d[\\d,.]*\\s*(%|per\\s?cent|[\\p{L}]+)?\\s*)?(?:[\\p{L}]+(?:-[\\p{L}]+)*\\s+)?(${TW})(?![\\p{L}])(?!\\s+dates?\\b)`,
  'iu',
);
const UPPER: ReadonlySet<string> = new Set(UPPER_BOUND_WORDS);
/** A level's figure, not part of a name or a compound ("12-hour", "62-day", "M8"). */
const LEVEL = /(?<![\p{L}\d.,/-])\d[\d,.]*\s*%?(?![\p{L}\d-])/gu;

/**
 * The words naming the measure the side is said of: those just before its level when one comes before the side word
 * ("smoking at booking CO monitoring 94%, above" names CO monitoring), else the clause up to the side word.
 */
function measureWords(before: string): string[] {
  let last = -1;
  LEVEL.lastIndex = 0;
  for (let m = LEVEL.exec(before); m !== null; m = LEVEL.exec(before)) last = m.index;
  return last < 0 ? clauseWords(before) : clauseWords(before.slice(0, last)).slice(-3);
}

/**
 * The class a level said to be above or below its target in `clause` gives, with `worse`
 * true when the entry says the gap widens: at_risk on the bad side (off_track when widening), on_track on the good
 * side, null when no side is said or its sense is unknown.
 * @example sideOfTarget('4hr performance 73.9% in Nov, just below 76% ambition', false) // 'at_risk'
 * @example sideOfTarget('Mandatory training compliance 91% - above target', false) // 'on_track'
 * @example sideOfTarget('backlog reduced to 210 but above fair-share target of 160', false) // 'at_risk'
 * @example sideOfTarget('DNA rate 6% - below 8% target', false) // null
 * @example sideOfTarget('smoking at booking CO monitoring 94%, above 90% target', false) // null
 */
export function sideOfTarget(clause: string, worse: boolean): StatusClass | null {
  const m = SIDE.exec(clause);
  if (m === null) return null;
  const above = !/^(?:below|under)$/i.test(m[1] ?? '');
  const unit = /%|per/i.test(m[2] ?? '') || /\d\s*%/.test(clause) ? '%' : '';
  const direction = UPPER.has((m[3] ?? '').toLowerCase()) ? 'falling' : measureDirection(measureWords(clause.slice(0, m.index)), unit);
  // A level below an unnamed measure's percentage target is short of it, as "below target at 81%" is (belowTarget.ts).
  const bad = direction === 'rising' ? !above : direction === 'falling' ? (above ? true : null) : !above && unit === '%' ? true : null;
  if (bad === null) return null;
  return !bad ? 'on_track' : worse ? 'off_track' : 'at_risk';
}
