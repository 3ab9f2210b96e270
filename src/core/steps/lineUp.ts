import { PLACEHOLDER } from './lists';
import { latestLast, opensWithDate } from './updateLog';

/*
 * Trackers fill a row line by line: the n-th line of the time-frame and status cells sits
 * beside the n-th line of the next steps. A dash keeps a line's place (splitEntries); in the
 * next-steps cell it says there is no step on that line ("Draft ToR\n-\nAgree at Board" is two
 * steps), so the time frame and status written on that line go with it, and the lines below
 * stay beside their own steps. A cell already holding one entry per step ("Dec 24\nMar 25") was
 * written against the steps, not the lines, and stays as it is.
 */

/**
 * How many of a cell's entries place something: a dash after the last real entry keeps no
 * step's place, so it is not one more entry than the steps ("Dec 23\nMar 24\n-" for two steps).
 * @example placedEntries(['Dec 23', 'Mar 24', '-']) // 2
 */
export function placedEntries(entries: readonly string[]): number {
  let n = entries.length;
  while (n > 0 && entries[n - 1] === PLACEHOLDER) n--;
  return n;
}

/**
 * The entries without the dashes that keep places.
 * @example withoutPlaceholders(['Draft ToR', '-', 'Agree at Board']) // ['Draft ToR', 'Agree at Board']
 */
export function withoutPlaceholders(entries: readonly string[]): readonly string[] {
  return entries.includes(PLACEHOLDER) ? entries.filter((entry) => entry !== PLACEHOLDER) : entries;
}

/**
 * What {@link needsLineUpOf} asks of a cell's entries: a reader that meets the same cell on
 * many rows works the answers out once (ReadEntries), rather than on every row.
 */
export interface LineFacts {
  readonly texts: readonly string[];
  /** Whether a dash (PLACEHOLDER) is among the entries. */
  readonly dashed: boolean;
  /** Whether the first entry opens with a date (opensWithDate). */
  firstDated(): boolean;
}

/**
 * {@link LineFacts} of entries read once, for a caller without a cache.
 * @example lineFacts(['Dec 24', '-', 'Mar 25']).dashed // true
 */
export function lineFacts(texts: readonly string[]): LineFacts {
  return { texts, dashed: texts.includes(PLACEHOLDER), firstDated: () => opensWithDate(texts[0] ?? '') };
}

/** Whether a cell has more entries than the row has steps, with a dash among them that may only be spacing. */
function spaced(entries: LineFacts, steps: number): boolean {
  return entries.texts.length > steps && steps > 1 && entries.dashed;
}

/**
 * Whether a row's entries need lining up (listedSteps, lineUp, inStepOrder) before its steps are
 * read: a dash in its next steps, a dash among more time frames or statuses than steps, one step
 * with a semicolon beside several time frames, or several statuses beside several steps that
 * open with a date (a log, which may be written newest first).
 * @example needsLineUp(['Draft ToR', '-', 'Agree'], ['Dec 24', '-', 'Mar 25'], []) // true
 * @example needsLineUp(['Draft ToR', 'Agree'], ['Dec 24', 'Mar 25'], ['Done', 'On track']) // false
 */
export function needsLineUp(nextSteps: readonly string[], timeframes: readonly string[], statuses: readonly string[]): boolean {
  return needsLineUpOf(lineFacts(nextSteps), lineFacts(timeframes), lineFacts(statuses));
}

/**
 * {@link needsLineUp} from each cell's {@link LineFacts}: asked for every row, so it only looks.
 * @example needsLineUpOf(lineFacts(['Draft ToR', '-', 'Agree']), lineFacts(['Dec 24', '-', 'Mar 25']), lineFacts([])) // true
 */
export function needsLineUpOf(nextSteps: LineFacts, timeframes: LineFacts, statuses: LineFacts): boolean {
  const steps = nextSteps.texts.length;
  if (nextSteps.dashed || spaced(timeframes, steps) || spaced(statuses, steps)) return true;
  if (steps === 1) return timeframes.texts.length > 1 && (nextSteps.texts[0] ?? '').includes(';');
  return steps > 1 && statuses.texts.length > 1 && statuses.firstDated();
}

const SEMICOLON = /\s*;\s*/;

/**
 * A row's next-step entries, its one step split at its semicolons when the time-frame cell
 * holds just as many entries: "Draft paper; circulate; agree at Board" beside "Dec 24; Jan 25;
 * Mar 25" is three steps with a date each. Otherwise the step stays whole, as a semicolon also
 * joins the clauses of one step ("Recruit chair; interviews delayed"); statuses are no evidence,
 * as several beside one step are usually a log of its updates.
 * @example listedSteps(['Draft paper; circulate; agree at Board'], ['Dec 24', 'Jan 25', 'Mar 25']) // ['Draft paper', 'circulate', 'agree at Board']
 * @example listedSteps(['Recruit chair; interviews delayed'], ['Mar 25']) // ['Recruit chair; interviews delayed']
 */
export function listedSteps(nextSteps: readonly string[], timeframes: readonly string[]): readonly string[] {
  const only = nextSteps.length === 1 && timeframes.length > 1 ? (nextSteps[0] ?? '') : '';
  if (!only.includes(';')) return nextSteps;
  const pieces = only.split(SEMICOLON).filter((piece) => piece !== '');
  return placedEntries(timeframes) === pieces.length ? pieces : nextSteps;
}

/**
 * A time-frame or status cell's entries lined up with the steps of `nextSteps` (the next-steps
 * cell's entries, dashes and all). The entries on a next step's dash line go with it, unless the
 * cell already has one entry per step or would be left with a single entry, which would then
 * read as every step's. A cell left with more entries than steps whose dashes, taken out, leave
 * one per step had them as spacing ("1. Agree ToR\n-\n2. Recruit chair" beside "Oct 23\n-\nDec 23").
 * @example lineUp(['Draft ToR', '-', 'Agree'], ['Dec 24', '-', 'Mar 25']) // ['Dec 24', 'Mar 25']
 * @example lineUp(['Draft ToR', '-', 'Agree'], ['Dec 24', 'Mar 25']) // ['Dec 24', 'Mar 25']
 * @example lineUp(['Agree ToR', 'Recruit chair'], ['Oct 23', '-', 'Dec 23']) // ['Oct 23', 'Dec 23']
 */
export function lineUp(nextSteps: readonly string[], entries: readonly string[]): readonly string[] {
  const steps = withoutPlaceholders(nextSteps).length;
  let out = entries;
  if (steps !== nextSteps.length && entries.length > 1 && placedEntries(entries) !== steps) {
    const kept = entries.filter((_, i) => nextSteps[i] !== PLACEHOLDER);
    if (kept.length > 1) out = kept;
  }
  if (steps > 1 && placedEntries(out) > steps) {
    const real = withoutPlaceholders(out);
    if (real.length === steps) out = real;
  }
  return out;
}

/**
 * Status entries as they line up with several steps: a dated log written newest first is
 * turned round (latestLast), as steps are listed in the order they are done, so its oldest
 * update sits beside the first step rather than its newest.
 * @example inStepOrder(2, ['14/11/24 - Board paper delayed', '12/10/24 - ToR drafted']) // ['12/10/24 - ToR drafted', '14/11/24 - Board paper delayed']
 */
export function inStepOrder(steps: number, statuses: readonly string[]): readonly string[] {
  return steps > 1 ? latestLast(statuses) : statuses;
}
