/*
 * A milestone plan's update at risk speaks of what is left, so its past milestones count as met
 * (metMilestones); but an update often gives the figure reached ("Fleet at 31% ZEV (Nov)"), and
 * a past milestone stating a higher percentage ("50% of fleet ZEV") was plainly missed. A forecast
 * or the target quoted ("forecast 42% by March", "against 50% target") is not a figure reached.
 */

/** A percentage, the sign or comparison before it in group 1 ("≥50%", "-30%"), its number in group 2. */
const PERCENT = /([<>≤≥]=?\s*|[-−+±]\s*)?(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*%/g;

/** A milestone whose percentage is a ceiling or a cut ("<5%", "Reduce printing by 30%"): lower is better, so a lower figure is no shortfall. */
const CEILING = /[<≤]|\b(?:reduc\w*|cut\w*|below|under|less|fewer|lower\w*|max\w*|down|decreas\w*|fall\w*|at most|no more)\b/i;

/** Words before a figure that make it a forecast or a target, not a figure reached ("forecast 42%", "against a target of 50%"). */
const AHEAD_BEFORE = /\b(?:forecast\w*|target\w*|trajector\w*|project\w*|expect\w*|predict\w*|anticipat\w*|estimat\w*|aim\w*|ambition|goal|against|vs|versus)\b[^\d%.;,]{0,25}$/i;

/** Words after a figure that make it one too ("50% target", "42% by March", "80% of plan", "60% complete"). */
const AHEAD_AFTER = /^\s*(?:target|trajectory|ambition|goal|forecast|by\s+(?:the\s+)?(?:end|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|fy|20\d\d)|of\s+(?:the\s+)?(?:target|plan|trajectory|goal)|complete|done|spent)/i;

/** The one percentage a milestone sets as a level to reach ("25% of fleet ZEV", "DPI prescribing ≥50%"), or null. */
function milestoneTarget(milestone: string): number | null {
  const found = [...milestone.matchAll(PERCENT)];
  const only = found.length === 1 ? found[0] : undefined;
  if (only === undefined || CEILING.test(milestone) || /[-−+±]/.test(only[1] ?? '')) return null;
  return Number(only[2]);
}

/** The percentages an update reports reached: not a forecast, a target, a change ("+5%") or a ceiling ("<5%"). */
function reachedFigures(update: string): number[] {
  const figures: number[] = [];
  for (const m of update.matchAll(PERCENT)) {
    const at = m.index ?? 0;
    if (/[<≤\-−+±]/.test(m[1] ?? '')) continue;
    if (AHEAD_BEFORE.test(update.slice(0, at)) || AHEAD_AFTER.test(update.slice(at + m[0].length))) continue;
    figures.push(Number(m[2]));
  }
  return figures;
}

/**
 * Whether an update's own figures show a milestone's percentage target missed: the milestone sets
 * one percentage to reach, and the highest the update reports reached is below it. False when
 * either has no such figure, so the milestone is read as it was.
 * @example figureShort('50% of fleet ZEV', 'Fleet at 31% ZEV (Nov). Forecast 42% by March.') // true
 * @example figureShort('DPI prescribing ≥50%', 'DPI share 38% (Q2) against 50% target.') // true
 * @example figureShort('25% of fleet ZEV', 'Fleet at 31% ZEV (Nov).') // false
 */
export function figureShort(milestone: string, update: string): boolean {
  const target = milestoneTarget(milestone);
  if (target === null) return false;
  const figures = reachedFigures(update);
  return figures.length > 0 && Math.max(...figures) < target;
}
