import type { AlignedStep, AlignedSteps } from './types';

/** The entry for step `i` of `count`: a lone entry serves every step; otherwise by position. */
function entryFor(entries: readonly string[], i: number): string | null {
  if (entries.length === 1) return entries[0] ?? null;
  return entries[i] ?? null;
}

function extra(entries: readonly string[], steps: number): number {
  return entries.length > 1 ? Math.max(0, entries.length - steps) : 0;
}

/**
 * Lines up a row's next steps with its time frame and status entries (SPEC 2.3): the n-th time
 * frame and status belong to the n-th step, a single one applies to every step, and steps left
 * over get none (a missing status never inherits "Done" from the step above).
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
  nextSteps: readonly string[],
  timeframes: readonly string[],
  statuses: readonly string[],
  actionText: string,
): AlignedSteps {
  if (nextSteps.length <= 1) {
    const step: AlignedStep = {
      text: nextSteps[0] ?? actionText,
      timeframeText: timeframes.length > 0 ? timeframes.join('; ') : null,
      statusText: statuses.length > 0 ? statuses.join('\n') : null,
    };
    return { steps: [step], extraTimeframes: 0, extraStatuses: 0, unmatchedTimeframes: false, unmatchedStatuses: false };
  }
  const steps = nextSteps.map((text, i) => ({
    text,
    timeframeText: entryFor(timeframes, i),
    statusText: entryFor(statuses, i),
  }));
  return {
    steps,
    extraTimeframes: extra(timeframes, nextSteps.length),
    extraStatuses: extra(statuses, nextSteps.length),
    unmatchedTimeframes: timeframes.length > 1 && timeframes.length !== nextSteps.length,
    unmatchedStatuses: statuses.length > 1 && statuses.length !== nextSteps.length,
  };
}
