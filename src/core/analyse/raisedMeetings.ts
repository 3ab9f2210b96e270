import { isIsoDate } from '../dates';
import type { SheetAction } from '../detect/rows';
import { calendarOf, type Settings } from '../settings';
import { joinTimeframes } from '../steps';
import { meetingAfter } from '../timeframe';
import type { CellValue, IsoDate, Meeting } from '../types';
import type { Parsers } from './parsers';
import { ReadEntries } from './roles';
import type { TimeframeReading } from './verdicts';

type Entries = ReadEntries<TimeframeReading>;

/**
 * "Next meeting" on an action log whose rows date the meeting that raised them (detect/raised):
 * the first meeting after that row's date. The meetings are the calendar's when it lists any;
 * else the log's own dates, when they repeat as a meeting's do (several actions to a meeting:
 * a "Date raised" column of ever-new days lists no meetings); the next meeting set counts too.
 * With no meeting known after the row's date, the time frame is read as on any other tracker.
 * Rows are answered from caches: per distinct time-frame cell, whether it names such a meeting
 * (nearly all do not, and cost one lookup), then per raised date.
 * @example new RaisedMeetings(grid.rows, 0, 7, 40, settings, parsers).anchor(raw, timeframes).readings[0]?.timeframe.end // '2025-10-02'
 */
export class RaisedMeetings {
  private pool: readonly Meeting[] | null = null;
  private readonly relative = new WeakMap<Entries, Map<IsoDate, Entries> | null>();

  constructor(
    private readonly rows: readonly (readonly CellValue[])[],
    private readonly col: number,
    private readonly first: number,
    private readonly last: number,
    private readonly settings: Settings,
    private readonly parsers: Parsers,
  ) {}

  /** A row's time frames with each relative meeting dated from the row's own meeting. */
  anchor(raw: SheetAction, timeframes: Entries): Entries {
    let byDate = this.relative.get(timeframes);
    if (byDate === undefined) {
      byDate = timeframes.texts.some((t) => this.parsers.relativeMeeting(t) !== null) ? new Map() : null;
      this.relative.set(timeframes, byDate);
    }
    if (byDate === null) return timeframes;
    // An action's rows are the sheet's (1-based); the grid's are 0-based.
    const raised = this.dateAt((raw.rows[0] ?? 0) - 1);
    if (raised === null) return timeframes;
    let read = byDate.get(raised);
    if (read === undefined) {
      read = this.reread(timeframes, raised);
      byDate.set(raised, read);
    }
    return read;
  }

  private reread(timeframes: Entries, raised: IsoDate): Entries {
    const meetings = this.meetings();
    const at = (text: string): IsoDate | null => {
      const rel = this.parsers.relativeMeeting(text);
      return rel === null ? null : meetingAfter(meetings, raised, rel);
    };
    if (timeframes.texts.every((t) => at(t) === null)) return timeframes;
    const read = (text: string): TimeframeReading => {
      const date = at(text);
      return date === null ? this.parsers.timeframeReading(text) : this.parsers.meetingOn(date);
    };
    return new ReadEntries(timeframes.texts, read, joinTimeframes);
  }

  /** The day in the raised column on `row`: a date cell, or text read as one day. */
  private dateAt(row: number): IsoDate | null {
    const value = this.rows[row]?.[this.col];
    if (typeof value === 'object' && value !== null) return value.kind === 'date' && isIsoDate(value.iso) ? value.iso : null;
    if (typeof value !== 'string') return null;
    const tf = this.parsers.timeframe(value);
    return (tf.kind === 'date' || tf.kind === 'meeting') && tf.start !== null && tf.start === tf.end ? tf.start : null;
  }

  /** Worked out when a row first needs it: most logs have no relative meeting at all. */
  private meetings(): readonly Meeting[] {
    if (this.pool !== null) return this.pool;
    const calendar = calendarOf(this.settings);
    const set = calendar.nextMeeting !== null && isIsoDate(calendar.nextMeeting.date) ? [calendar.nextMeeting] : [];
    if (calendar.meetings.length > 0) return (this.pool = [...calendar.meetings, ...set]);
    // The log's meetings are its next meeting's series: "Next Board" takes them, "Next F&P" does not.
    const name = calendar.nextMeeting?.name ?? '';
    const dates = new Set<IsoDate>();
    let dated = 0;
    for (let r = this.first; r <= this.last; r++) {
      const d = this.dateAt(r);
      if (d === null) continue;
      dated += 1;
      dates.add(d);
    }
    const own = dates.size * 2 <= dated ? [...dates].map((date) => ({ date, name })) : [];
    return (this.pool = [...own, ...set]);
  }
}
