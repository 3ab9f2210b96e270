import type { StatusClass } from '../types';
import { LEVEL_TARGETS } from '../vocabulary/statusShare';

/*
 * A level reached, written after a completion word with its target beside it (SPEC 4): "Achieved 78% vs 85%
 * target", "Achieved 92% (target 95%)", "Delivered 92%/95%". The word says the figure was reached, the target says
 * it falls short, so the work is at risk, not done, as "Compliance 87% vs 95% target" is (status/target.ts). A
 * level at or above its target leaves the completion as it reads.
 */

const TARGET = `(?:${LEVEL_TARGETS.join('|')})`;
const PERCENT = '(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|per\\s?cent)';
const LEAD = `^\\s*[:\\-–—,]?\\s*(?:(?:at|of|with|a\\s+level\\s+of)\\s+)?${PERCENT}`;
const NAMED = `(?:(?:a|an|the)\\s+)?(?:\\w+\\s+)?${TARGET}\\s*(?:of|is|:|=|was)?\\s*${PERCENT}`;
/** "vs 85% target", "against target of 95%", "against 85%": a comparison word names the target itself. */
const COMPARED = new RegExp(
  `${LEAD}\\s*(?:against|vs\\.?|versus|v\\.?|compared\\s+(?:to|with))\\s+(?:(?:a|an|the)\\s+)?(?:${PERCENT}|${NAMED})`,
  'i',
);
/** "(target 85%)", "- target 95%", ", 85% target", "/ target 95%": a mark joins them, so the target word must be there. */
const JOINED = new RegExp(`${LEAD}\\s*[(\\-–—:;,/]\\s*(?:${PERCENT}\\s*${TARGET}|${NAMED})`, 'i');
/** "92%/95%": a level over its target, both percentages. */
const SLASHED = new RegExp(`${LEAD}\\s*\\/\\s*${PERCENT}`, 'i');

/**
 * The class of a completion ending at `end` whose level, written right after it, is short of the target beside it:
 * at_risk, or null when there is no such pair or the level meets its target.
 * @example shortOfTargetAfter('Achieved 78% vs 85% target', 8) // 'at_risk'
 * @example shortOfTargetAfter('Achieved 78% (target 85%)', 8) // 'at_risk'
 * @example shortOfTargetAfter('Achieved 96% vs 95% target', 8) // null
 * @example shortOfTargetAfter('Achieved 78% of target', 8) // null
 */
export function shortOfTargetAfter(text: string, end: number): StatusClass | null {
  const after = text.slice(end, end + 60);
  if (!after.includes('%') && !/per\s?cent/i.test(after)) return null;
  const m = COMPARED.exec(after) ?? JOINED.exec(after) ?? SLASHED.exec(after);
  if (m === null) return null;
  const figures = m.slice(1).filter((g): g is string => g !== undefined).map(Number);
  const [level, target] = figures;
  if (level === undefined || target === undefined || !(target > 0) || target > 100) return null;
  return level < target ? 'at_risk' : null;
}
