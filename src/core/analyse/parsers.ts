import { calendarOf, type Settings } from '../settings';
import { readStatus } from '../status';
import { joinStatuses, joinTimeframes, readStepText, splitEntries, stripMarkup } from '../steps';
import { parseTimeframe } from '../timeframe';
import type { StepStatus, Timeframe } from '../types';
import { revisedEntries } from './entries';
import { ReadEntries, type RoleReader } from './roles';
import { TimeframeReading } from './verdicts';

/**
 * The readers of one refresh, bound to its as-of date and calendar. Trackers repeat phrases
 * ("On track", "End of Dec 22", a lead's name) and whole cells down thousands of rows, so every
 * answer is cached per text; answers are shared between rows, and callers must not mutate them.
 */
export interface Parsers {
  timeframe(text: string): Timeframe;
  /** A time-frame entry's parse, with the verdicts of the steps that carry it. */
  timeframeReading(text: string): TimeframeReading;
  status(text: string): StepStatus;
  /** A next step's text without markup or its "NEW ACTION:" label (readStepText). */
  stepText(text: string): string;
  /** stripMarkup, for action text, leads, objectives and strategies. */
  plain(text: string): string;
  /** Next-step cells: entries read as step texts. */
  nextSteps: RoleReader<string>;
  /** Time-frame cells: entries split with revisions kept together (revisedEntries), each parsed. */
  timeframes: RoleReader<TimeframeReading>;
  /** Status cells: entries split and each read. */
  statuses: RoleReader<StepStatus>;
}

/** Past this many distinct phrases the caches stop growing, so memory stays bounded on huge sheets. */
const CACHE_LIMIT = 100_000;

function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    if (cache.size < CACHE_LIMIT) cache.set(key, value);
    return value;
  };
}

function roleReader<R>(split: (text: string) => readonly string[], read: (text: string) => R, join: (texts: readonly string[]) => string): RoleReader<R> {
  const entries = (texts: readonly string[]): ReadEntries<R> => new ReadEntries(texts, read, join);
  return { cell: memo((text) => entries(split(text))), entries };
}

/**
 * Readers for one refresh.
 * @example createParsers(defaultSettings('2022-11-03')).timeframe('End of Nov 22').end // '2022-11-30'
 */
export function createParsers(settings: Settings): Parsers {
  const calendar = calendarOf(settings);
  const verdicts = { left: CACHE_LIMIT };
  const timeframeReading = memo((text) => new TimeframeReading(parseTimeframe(text, settings.asOf, calendar), settings, verdicts));
  const status = memo(readStatus);
  const stepText = memo((text) => readStepText(text).text);
  return {
    timeframe: (text) => timeframeReading(text).timeframe,
    timeframeReading,
    status,
    stepText,
    plain: memo(stripMarkup),
    // A row's only step takes its one next step as it is, so next steps are never joined.
    nextSteps: roleReader(splitEntries, stepText, (texts) => texts[0] ?? ''),
    timeframes: roleReader(revisedEntries, timeframeReading, joinTimeframes),
    statuses: roleReader(splitEntries, status, joinStatuses),
  };
}
