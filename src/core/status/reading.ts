import type { StatusClass } from '../types';

/** What one entry of a status cell says (readEntry). */
export interface EntryReading {
  status: StatusClass;
  /** False when nothing in the entry is a status word: the next entry up is read instead. */
  matched: boolean;
  /** True when the entry says a deadline moved ("delayed to Jan 23", "Deadlines adjusted"). */
  redated: boolean;
  /** The entry with its label ("Update:") removed. */
  text: string;
  /** Where the deciding phrase ends in `text`, or -1; a completion date may follow it. */
  end: number;
  /** True when only an event ("network launched June 2023") gives the class: any other entry with one outranks it. */
  weak: boolean;
  /** True when "no progress" gives the class: after an entry saying the work is under way, it has stalled. */
  stall?: boolean;
  /** True when a go-ahead given ("Pilot agreed at Maternity Board") gives the class, on track (StepStatus.goAhead). */
  goAhead?: boolean;
  /** True when a step of the action decides it, complete (a plan in place, an approval), not the action closed. */
  step?: boolean;
}

/**
 * The reading decided by a whole-entry rule: `status`, matched, and no longer weak, a step's or a go-ahead's.
 * @example decidedAs(reading, 'at_risk').status // 'at_risk'
 */
export function decidedAs(reading: EntryReading, status: StatusClass): EntryReading {
  return { ...reading, status, matched: true, weak: false, step: false, goAhead: false };
}
