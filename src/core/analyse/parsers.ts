import { calendarOf, type Settings } from '../settings';
import { asksForDecision, forecastTime, readStatus } from '../status';
import { isItemList, joinStatuses, joinTimeframes, readStepText, splitEntries, stepDeadline, stripMarkup } from '../steps';
import { parseTimeframe, relativeMeeting, type RelativeMeeting } from '../timeframe';
import type { IsoDate, StepStatus, Timeframe } from '../types';
import type { SourceCell } from '../detect/rows';
import { cellTexts, revisedEntries, type Split } from './entries';
import { replacedDeadline } from './replaced';
import { leadText } from './leadText';
import { ReadEntries, type RoleReader } from './roles';
import { TimeframeReading } from './verdicts';

/** A next step's text (readStepText), with a number standing for its entry in the verdict caches. */
export interface StepText {
  text: string;
  id: number;
}

/**
 * The readers of one refresh, bound to its as-of date and calendar. Trackers repeat phrases
 * ("On track", "End of Dec 22", a lead's name) and whole cells down thousands of rows, so every
 * answer is cached per text; answers are shared between rows, and callers must not mutate them.
 */
export interface Parsers {
  timeframe(text: string): Timeframe;
  /** A time-frame entry's parse, with the verdicts of the steps that carry it. */
  timeframeReading(text: string): TimeframeReading;
  /** The meeting a time-frame entry names only as the next one (relativeMeeting), or null. */
  relativeMeeting(text: string): RelativeMeeting | null;
  /** The reading of a time frame that is the meeting on `date`, as a relative one dated from its action's meeting is. */
  meetingOn(date: IsoDate): TimeframeReading;
  status(text: string): StepStatus;
  /** The earliest date of a forecast of the work's end in a status text ("Should be complete by end Jan": 31 Jan), or null. */
  forecastFrom(text: string): IsoDate | null;
  /** True when a step's text asks for a decision (asksForDecision), asked only of a step whose status records a go-ahead. */
  asksForDecision(text: string): boolean;
  /** A next step's text without markup or its "NEW ACTION:" label (readStepText). */
  stepText(text: string): string;
  /** The date a step's own text ends with ("Agree ToR by end of Dec"), for a step given no time frame (stepDeadline). */
  ownDeadline(text: string): string | null;
  /** True when an action cell is a numbered or bulleted list of two items or more (isItemList), asked only of a row with no next steps but several dates. */
  itemList(text: string): boolean;
  /** stripMarkup, for action text, objectives and strategies. */
  plain(text: string): string;
  /** A lead cell without markup or a project tool's assignment units (leadText). */
  lead(text: string): string;
  /** Next-step cells: entries read as step texts. */
  nextSteps: RoleReader<StepText>;
  /** Time-frame cells: entries split with revisions kept together (revisedEntries), each parsed. */
  timeframes: RoleReader<TimeframeReading>;
  /** Status cells: entries split and each read. */
  statuses: RoleReader<StepStatus>;
  /**
   * How many texts have been read for the first time: the work a row costs when its cells are
   * new, which a chunked analysis counts along with its rows (see analyseSheetInChunks).
   */
  readonly work: Work;
}

/** A count of first readings, shared by a refresh's caches. */
export interface Work {
  parsed: number;
}

/** Past this many distinct phrases the caches stop growing, so memory stays bounded on huge sheets. */
const CACHE_LIMIT = 100_000;

function memo<T>(fn: (text: string) => T, work: Work): (text: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    work.parsed += 1;
    const value = fn(key);
    if (cache.size < CACHE_LIMIT) cache.set(key, value);
    return value;
  };
}

function roleReader<R>(entriesOf: Split, split: Split, read: (text: string) => R, join: (texts: readonly string[]) => string, work: Work): RoleReader<R> {
  const entries = (texts: readonly string[]): ReadEntries<R> => new ReadEntries(texts, read, join);
  const spreads = new Map<string, ReadEntries<R>>();
  const spread = (key: string, cells: readonly SourceCell[], joinRevisions: boolean): ReadEntries<R> => {
    const hit = spreads.get(key);
    if (hit !== undefined) return hit;
    work.parsed += 1;
    const value = entries(cellTexts(cells, joinRevisions, split));
    if (spreads.size < CACHE_LIMIT) spreads.set(key, value);
    return value;
  };
  return { cell: memo((text) => entries(entriesOf(text)), work), entries, split, spread };
}

/**
 * Readers for one refresh.
 * @example createParsers(defaultSettings('2022-11-03')).timeframe('End of Nov 22').end // '2022-11-30'
 */
export function createParsers(settings: Settings): Parsers {
  const calendar = calendarOf(settings);
  const verdicts = { left: CACHE_LIMIT };
  const work: Work = { parsed: 0 };
  const parse = (text: string): Timeframe => parseTimeframe(text, settings.asOf, calendar);
  // The date a revision replaced is the reading's own, so its verdicts stay cached by the text.
  const timeframeReading = memo((text) => {
    const timeframe = parse(text);
    return new TimeframeReading(timeframe, settings, verdicts, replacedDeadline(text, timeframe, parse));
  }, work);
  const status = memo(readStatus, work);
  const stepText = memo((text) => readStepText(text).text, work);
  // A cell's entries are kept with its reading (each reader's cell cache); roles spread over
  // several rows split cell by cell, through a cache of their own.
  const split: Split = memo(splitEntries, work);
  let entries = 0;
  const stepEntry = memo((text): StepText => ({ text: stepText(text), id: entries++ }), work);
  return {
    timeframe: (text) => timeframeReading(text).timeframe,
    timeframeReading,
    // The calendar's names make its own committees meetings ("Next MSC"), as for the time frame.
    relativeMeeting: memo((text) => relativeMeeting(text, calendar), work),
    meetingOn: memo((date) => new TimeframeReading({ kind: 'meeting', start: date, end: date, redated: false }, settings, verdicts), work),
    status,
    forecastFrom: memo((text) => {
      const time = forecastTime(text);
      const forecast = time === null ? null : parse(time);
      return forecast === null ? null : (forecast.start ?? forecast.end);
    }, work),
    asksForDecision: memo(asksForDecision, work),
    stepText,
    ownDeadline: memo(stepDeadline, work),
    itemList: memo(isItemList, work),
    plain: memo(stripMarkup, work),
    lead: memo(leadText, work),
    // A row's only step takes its one next step as it is, so next steps are never joined.
    nextSteps: roleReader(splitEntries, split, stepEntry, (texts) => texts[0] ?? '', work),
    timeframes: roleReader(revisedEntries, split, timeframeReading, joinTimeframes, work),
    statuses: roleReader(splitEntries, split, status, joinStatuses, work),
    work,
  };
}
