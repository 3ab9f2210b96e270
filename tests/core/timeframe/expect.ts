import { parseTimeframe } from '../../../src/core/timeframe';
import type { Calendar, IsoDate, Timeframe, TimeframeKind } from '../../../src/core/types';

/** One row of a spec table: the cell text, then what it must read as. */
export type Row = [text: string, kind: TimeframeKind, start: IsoDate | null, end: IsoDate | null];

/** Reads `text` at `asOf` and returns the plain result, for toEqual. */
export function read(text: string, asOf: IsoDate, calendar?: Calendar): Timeframe {
  return parseTimeframe(text, asOf, calendar);
}

/** What a row expects, with no revision. */
export function expected([, kind, start, end]: Row, redated = false): Timeframe {
  return { kind, start, end, redated };
}

/** A calendar with these meetings and no next meeting, financial quarters. */
export function calendar(meetings: Calendar['meetings'], nextMeeting: Calendar['nextMeeting'] = null): Calendar {
  return { meetings, nextMeeting, quarterConvention: 'financial' };
}

/**
 * A spec table read at `asOf`: one test per row, each row's text read (at `at`, else `asOf`)
 * as the row says.
 */
export function tableAt(asOf: IsoDate): (rows: Row[], at?: IsoDate) => void {
  return (rows, at = asOf) => {
    it.each(rows)('reads %j', (...row) => {
      expect(read(row[0], at)).toEqual(expected(row));
    });
  };
}
