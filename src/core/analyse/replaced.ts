import type { IsoDate, Timeframe } from '../types';

/*
 * The deadline a revision replaced, so a board reads "re-dated from 13 Dec 2024 to 24 Jan 2025"
 * rather than only the new date. A revised-date column ("Forecast date", "Revised target date")
 * reaches the time frame as "<planned> revised to <revised>" (detect/revised.ts), as a lead writes
 * the same by hand; the text before the last such join is the date replaced. Other revisions
 * ("Dec 22 - moved to Feb 23") keep the reason they had: their earlier date is less surely one deadline.
 */

/** The join a revised-date column is read into its time frame with (withRevisedDate). */
const JOIN = ' revised to ';

/**
 * The deadline `text` (a time-frame entry read as `timeframe`) says was replaced, read with
 * `parse`; null when it is no such revision, or the earlier date cannot be read or is the deadline
 * still. Asked once per distinct time-frame text, and only of a re-dated one.
 * @example replacedDeadline('2024-12-13 revised to 2025-01-24', parsed, parse) // '2024-12-13'
 * @example replacedDeadline('2025-10-06 revised to TBC', parsed, parse) // '2025-10-06'
 * @example replacedDeadline('Dec 22 - moved to Feb 23', parsed, parse) // null
 */
export function replacedDeadline(text: string, timeframe: Timeframe, parse: (text: string) => Timeframe): IsoDate | null {
  if (!timeframe.redated) return null;
  const at = text.toLowerCase().lastIndexOf(JOIN);
  if (at <= 0) return null;
  const before = parse(text.slice(0, at)).end;
  return before === timeframe.end ? null : before;
}
