import { inStepOrder, lineUp, listedSteps, withoutPlaceholders } from './lineUp';
import type { AlignedStep, AlignedSteps } from './types';
import { latestLast } from './updateLog';

/**
 * How many steps a row has: one per next-step entry, and one (the action itself) when it has
 * none or just one.
 * @example stepCount(4) // 4
 * @example stepCount(0) // 1
 */
export function stepCount(nextSteps: number): number {
  return Math.max(1, nextSteps);
}

/**
 * Which of a role's `entries` step `i` of `steps` takes: 'all' for a row's only step (it takes
 * every entry, joined), else a lone entry, else the entry in its position, or null for none.
 * @example entryIndex(3, 1, 0) // 'all'
 * @example entryIndex(1, 4, 2) // 0
 * @example entryIndex(2, 4, 3) // null
 */
export function entryIndex(entries: number, steps: number, i: number): number | 'all' | null {
  if (steps <= 1) return entries > 0 ? 'all' : null;
  if (entries === 1) return 0;
  return i < entries ? i : null;
}

/**
 * Entries beyond the last step, which are ignored (a row's only step takes them all).
 * @example extraEntries(5, 3) // 2
 * @example extraEntries(5, 1) // 0
 */
export function extraEntries(entries: number, steps: number): number {
  return steps > 1 && entries > 1 ? Math.max(0, entries - steps) : 0;
}

/**
 * Every time frame of a row with one step, as that step reads them: joined with "; ", so the
 * time-frame reader can see a revision ("End of Dec; Revised: End of Jan").
 * @example joinTimeframes(['End of Dec', 'Revised: End of Jan']) // 'End of Dec; Revised: End of Jan'
 */
export function joinTimeframes(entries: readonly string[]): string {
  return withoutPlaceholders(entries).join('; ');
}

/**
 * Every status of a row with one step, joined with line breaks, so classifyStatus applies
 * "latest entry wins" across the updates; a dated log written newest first is turned round
 * (latestLast), so its newest update is the one that wins.
 * @example joinStatuses(['Done', 'On track']) // 'Done\nOn track'
 * @example joinStatuses(['14/11/23: Complete', '12/10/23 - in progress']) // '12/10/23 - in progress\n14/11/23: Complete'
 */
export function joinStatuses(entries: readonly string[]): string {
  return latestLast(withoutPlaceholders(entries)).join('\n');
}

function entryFor(entries: readonly string[], steps: number, i: number, join: (entries: readonly string[]) => string): string | null {
  const at = entryIndex(entries.length, steps, i);
  return at === null ? null : at === 'all' ? join(entries) : (entries[at] ?? null);
}

/**
 * Lines up a row's next steps with its time frame and status entries (SPEC 2.3): the n-th time
 * frame and status belong to the n-th step, a single one applies to every step, and steps left
 * over get none (a missing status never inherits "Done" from the step above). A dash in the
 * next steps is no step, and the entries on its line go with it (lineUp); a dated status log
 * written newest first is read oldest first (inStepOrder); one step listing several with
 * semicolons beside as many time frames is split (listedSteps).
 *
 * A row with no next steps, or just one, is a single step (its text is the action text when
 * there are none). That step takes every time frame joined with "; ", so the time-frame reader
 * can see a revision ("End of Dec; Revised: End of Jan"), and every status joined with line
 * breaks, so classifyStatus applies "latest entry wins" across the updates. Nothing is extra or
 * unmatched for a single step.
 * @example
 * alignSteps(['Draft JD', 'Review process'], ['End Oct 2022', 'Mid Nov'], ['Done'], 'Recruit')
 * // steps: [{ text: 'Draft JD', timeframeText: 'End Oct 2022', statusText: 'Done' },
 * //         { text: 'Review process', timeframeText: 'Mid Nov', statusText: 'Done' }]
 */
export function alignSteps(
  stepEntries: readonly string[],
  timeframeLines: readonly string[],
  statusLines: readonly string[],
  actionText: string,
): AlignedSteps {
  const stepLines = listedSteps(stepEntries, timeframeLines);
  const nextSteps = withoutPlaceholders(stepLines);
  const timeframes = lineUp(stepLines, timeframeLines);
  const statuses = inStepOrder(nextSteps.length, lineUp(stepLines, statusLines));
  const count = stepCount(nextSteps.length);
  const steps: AlignedStep[] = [];
  for (let i = 0; i < count; i++) {
    steps.push({
      text: nextSteps[i] ?? actionText,
      timeframeText: entryFor(timeframes, count, i, joinTimeframes),
      statusText: entryFor(statuses, count, i, joinStatuses),
    });
  }
  return {
    steps,
    extraTimeframes: extraEntries(timeframes.length, count),
    extraStatuses: extraEntries(statuses.length, count),
    unmatchedTimeframes: count > 1 && timeframes.length > 1 && timeframes.length !== count,
    unmatchedStatuses: count > 1 && statuses.length > 1 && statuses.length !== count,
  };
}
