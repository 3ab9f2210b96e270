import { formatUk } from '../dates';
import type { SheetAction } from '../detect/rows';
import type { IsoDate, Step, StepStatus } from '../types';
import { ALL_DONE_WORDS, EVERY_WORDS, PART_NAMES } from '../vocabulary/allSteps';
import { entryRow } from './entries';
import { quote, type IssueSink } from './issues';
import type { ReadEntries } from './roles';

/*
 * SPEC 2.3: a single status entry applies to every step, so one "Complete" closes them all, and the
 * rating stands. But one word beside steps some of which are already due and some still to come
 * was as likely written for the first steps only: a board secretary calls the later ones a false
 * Complete. So the committee is told at the status cell, without the rating changing.
 */

const alt = (words: readonly string[]): string => words.join('|');
/** An update that counts every step itself ("All three steps complete", "both actions done", "All now closed"). */
const SPEAKS_FOR_ALL = new RegExp(
  `\\b(?:${alt(EVERY_WORDS)})\\b(?:\\s+[\\p{L}\\p{N}]+){0,2}?\\s+(?:${alt(PART_NAMES)})\\b|\\ball\\s+(?:now\\s+)?(?:${alt(ALL_DONE_WORDS)})\\b`,
  'iu',
);

/** "step 3 "Publish on website" is not due until 31 Jan 2027", or of several the one due last. */
function later(steps: readonly Step[], ahead: readonly number[], last: number): string {
  const text = quote(steps[last]?.text ?? '');
  const end = formatUk(steps[last]?.timeframe.end ?? '');
  if (ahead.length === 1) return `step ${last + 1} ${text} is not due until ${end}`;
  const numbers = ahead.map((i) => String(i + 1));
  return `steps ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1) ?? ''} are not yet due, the last (${text}) not until ${end}`;
}

/**
 * Warns, at its cell, of a row's one status entry reading complete for several steps when some
 * are due by `asOf` and others still to come; an update that says it covers every step is left be.
 * @example // loneCompletion(sink, raw, 12, steps, statuses, '2026-12-07'): 'The update (F12) says "Complete" for all 3 steps, though …'
 */
export function loneCompletion(sink: IssueSink, raw: SheetAction, row: number, steps: readonly Step[], statuses: ReadEntries<StepStatus>, asOf: IsoDate): void {
  const text = statuses.texts[0];
  if (steps.length < 2 || statuses.texts.length !== 1 || text === undefined || statuses.readings[0]?.status !== 'complete') return;
  // A step held open (heldStatus) or closed only by another column is not the lone update's doing.
  if (!steps.every((s) => s.status === 'complete')) return;
  const ahead: number[] = [];
  let due = false;
  let last = -1;
  let lastEnd: IsoDate = asOf;
  steps.forEach((s, i) => {
    const end = s.timeframe.end;
    if (end === null) return;
    if (end <= asOf) due = true;
    else {
      ahead.push(i);
      if (end > lastEnd) [last, lastEnd] = [i, end];
    }
  });
  if (!due || ahead.length === 0 || SPEAKS_FOR_ALL.test(text)) return;
  const role = raw.statusFrom ?? 'status';
  const at = entryRow(raw.cells.status, false, 1, 0, row);
  const all = steps.length === 2 ? 'both steps' : `all ${steps.length} steps`;
  sink.add('warning', role, at, 'lone_completion', `The update (${sink.cellAt(role, at)}) says ${quote(text)} for ${all}, though ${later(steps, ahead, last)}: check the later steps are done, or give each step its own update.`);
}
