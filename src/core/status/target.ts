import { FALLING_MEASURES, LEVEL_TARGETS, RISING_MEASURES } from '../vocabulary/statusShare';
import type { StatusClass } from '../types';
import { clauseWords } from './clauseWords';

/*
 * A level against its target, for a measure that is better the higher it is (SPEC 4): "Compliance 78%
 * against 90% target" falls short, so the work is at risk; "Compliance at 96% (target 95%)" meets it, on
 * track. Read only where nothing else in the entry gives a class, and only when the clause names a rising
 * measure and no falling one: "12% vs 8% target" alone may be a DNA rate, where lower is better.
 */

const RISING: ReadonlySet<string> = new Set(RISING_MEASURES);
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
 * against one: at_risk short of it, on_track at or above it; null when none does.
 * @example levelAgainstTarget('Compliance 78% against 90% target') // 'at_risk'
 * @example levelAgainstTarget('Compliance at 96% (target 95%)') // 'on_track'
 * @example levelAgainstTarget('DNA rate 12% vs 8% target') // null
 * @example levelAgainstTarget('78% against 90% target') // null
 */
export function levelAgainstTarget(text: string): StatusClass | null {
  if (!text.includes('%') && !/per\s?cent/i.test(text)) return null;
  for (const clause of text.split(SENTENCE_END)) {
    AGAINST.lastIndex = 0;
    const m = AGAINST.exec(clause);
    if (m === null) continue;
    const words = clauseWords(clause);
    if (!words.some((w) => RISING.has(w)) || words.some((w) => FALLING.has(w))) continue;
    const level = Number(m[1]);
    const target = Number(m[2] ?? m[3]);
    if (!(target > 0) || target > 100) continue;
    return level < target ? 'at_risk' : 'on_track';
  }
  return null;
}
