import { FALLING_MEASURES, LEVEL_TARGETS, RISING_MEASURES } from '../vocabulary/statusShare';
import type { StatusClass } from '../types';
import { clauseWords, isTime } from './clauseWords';
import { UNNAMED_LEVEL_WORDS } from '../vocabulary/statusCourse';
import { gapWidens, levelVersusTarget } from './targetLevel';

/*
 * A level against its target, for a measure that is better the higher it is (SPEC 4): "Compliance 78%
 * against 90% target" falls short, so the work is at risk; "Compliance at 96% (target 95%)" meets it, on
 * track. Read only where nothing else in the entry gives a class, and only when the clause names a rising
 * measure (or none, compared in words with a target of 50% or more) and no falling one: "12% vs 8% target" alone may be a DNA rate.
 */

const RISING: ReadonlySet<string> = new Set(RISING_MEASURES);
/** The least target read as a rising measure's when the clause names no measure. */
const UNNAMED_RISING_TARGET = 50;
const UNNAMED: ReadonlySet<string> = new Set(UNNAMED_LEVEL_WORDS);
/** A comparison said in words, or a trajectory: "(target 60% by March)" names an end point a level may yet reach. */
const COMPARED = /\b(?:against|vs|versus|v|compared)\b|trajectory/i;

/**
 * True when a level names no measure yet reads as a rising one's ("62% against 85% target", "Currently 40%, trajectory
 * 60% by Dec"): every word names none, it is compared in words or with a trajectory, and the target is half or more,
 * since a rate better lower has a small one ("12% vs 8% target" may be a DNA rate).
 */
function unnamedRising(words: readonly string[], match: string, target: number): boolean {
  if (target < UNNAMED_RISING_TARGET || !COMPARED.test(match)) return false;
  return words.every((w) => UNNAMED.has(w) || isTime(w) || /^\d/.test(w));
}
const FALLING: ReadonlySet<string> = new Set(FALLING_MEASURES);
const TARGET = `(?:${LEVEL_TARGETS.join('|')})`;
const PERCENT = '(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|per\\s?cent)';
/** A level, then what it is measured against: "78% against 90% target", "96% (target 95%)", "85% vs target of 95%". */
const AGAINST = new RegExp(
  `${PERCENT}[^%]{0,30}?(?:against|vs\\.?|versus|v\\.?|compared\\s+(?:to|with)|\\(|[-–—:;,])\\s*(?:(?:a|an|the)\\s+)?` +
    `(?:${PERCENT}\\s*${TARGET}|${TARGET}\\s*(?:of|is|:|=)?\\s*${PERCENT})`,
  'gi',
);
/**
 * The marks that end a sentence: not a bracket, a dash, a colon or a comma, which here join a level to
 * its measure or target ("Compliance: 96% (target 95%)"), nor a point inside a number ("78.5%").
 */
const SENTENCE_END = /[;!?|\n\r\u2028•]|\.(?!\d)/;

/**
 * The class a level against its target gives, from the first clause of `text` that sets a rising measure
 * against one: at_risk short of it, on_track at or above it; else as levelVersusTarget reads any other measure
 * of known direction; null when none does.
 * @example levelAgainstTarget('Compliance 78% against 90% target') // 'at_risk'
 * @example levelAgainstTarget('Compliance at 96% (target 95%)') // 'on_track'
 * @example levelAgainstTarget('DNA rate 12% vs 8% target') // 'at_risk'
 * @example levelAgainstTarget('78% against 90% target') // 'at_risk'
 * @example levelAgainstTarget('12% vs 8% target') // null
 */
export function levelAgainstTarget(text: string): StatusClass | null {
  if (!text.includes('%') && !/per\s?cent/i.test(text)) return levelVersusTarget(text);
  for (const clause of text.split(SENTENCE_END)) {
    AGAINST.lastIndex = 0;
    const m = AGAINST.exec(clause);
    if (m === null) continue;
    const words = clauseWords(clause);
    const level = Number(m[1]);
    const target = Number(m[2] ?? m[3]);
    if (!(target > 0) || target > 100 || words.some((w) => FALLING.has(w))) continue;
    if (!words.some((w) => RISING.has(w)) && !unnamedRising(words, m[0], target)) continue;
    // Short of it with the gap said to widen ("backlog growing") is off track, as targetLevel.ts has it.
    return level >= target ? 'on_track' : gapWidens(text) ? 'off_track' : 'at_risk';
  }
  // Any other measure whose clause says which way it is better: amounts, counts, times, falling measures (targetLevel.ts).
  return levelVersusTarget(text);
}
