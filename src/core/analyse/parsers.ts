import { calendarOf, type Settings } from '../settings';
import { readStatus } from '../status';
import { parseTimeframe } from '../timeframe';
import type { StepStatus, Timeframe } from '../types';

/** The two phrase parsers, bound to one refresh's as-of date and calendar. */
export interface Parsers {
  timeframe(text: string): Timeframe;
  status(text: string): StepStatus;
}

/** Past this many distinct phrases the caches stop growing, so memory stays bounded on huge sheets. */
const CACHE_LIMIT = 50_000;

function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size < CACHE_LIMIT) cache.set(text, value);
    return value;
  };
}

/**
 * Parsers for one refresh. Trackers repeat phrases ("On track", "End of Dec 22") down
 * thousands of rows, so results are cached per text; callers must not mutate them.
 * @example createParsers(defaultSettings('2022-11-03')).timeframe('End of Nov 22').end // '2022-11-30'
 */
export function createParsers(settings: Settings): Parsers {
  const calendar = calendarOf(settings);
  return {
    timeframe: memo((text) => parseTimeframe(text, settings.asOf, calendar)),
    status: memo(readStatus),
  };
}
