import { addDays, dayNumber, isoDate, monthEnd, monthStart, parts } from '../dates';
import { MOVABLE_HOLIDAY_WORDS, type MovableHoliday } from '../vocabulary/timeframe';
import { alternation } from './lexicon';
import { frame, type Parsed } from './window';
import { fullYear, inferYear, type Context } from './years';

/*
 * "By Easter", "Easter 2026", "Spring bank holiday": holidays whose day moves each year. Easter
 * is read as Good Friday, the first day of the Easter break and a bank holiday: work due "by
 * Easter" has to be done before the break, so "before Easter" is the Thursday before it.
 */

const HOLIDAY_RE = new RegExp(`^(${alternation(Object.keys(MOVABLE_HOLIDAY_WORDS))})(?:\\s+monday)?(?:[\\s,']+(\\d{4}|\\d{2}))?(?![a-z0-9]|[/.-]\\d)`);
/** Letters a movable holiday's name starts with: a cheap test before the pattern. */
const FIRST = new Set(Object.keys(MOVABLE_HOLIDAY_WORDS).map((w) => w.charCodeAt(0)));

/**
 * Easter Sunday of a Gregorian year, by the Anonymous Gregorian (Meeus/Jones/Butcher) algorithm.
 * @example easterSunday(2026) // '2026-04-05'
 * @example easterSunday(2025) // '2025-04-20'
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day) ?? `${year}-04-01`;
}

/** The first or last Monday of a month. */
function monday(year: number, month: number, which: 1 | -1): string {
  const edge = which === 1 ? monthStart(year, month) : monthEnd(year, month);
  // Day numbers count from a Thursday (1 January 1970), so Monday is 0 once 3 is added.
  const weekday = (((dayNumber(edge) + 3) % 7) + 7) % 7;
  return addDays(edge, which === 1 ? (7 - weekday) % 7 : -weekday);
}

function dayOf(rule: MovableHoliday, year: number): string {
  return 'easter' in rule ? addDays(easterSunday(year), rule.easter) : monday(year, rule.month, rule.monday);
}

/**
 * A movable holiday at the start of `s`, kind 'date'; with no year, the one in the year its month
 * nearest asOf falls in, as a month without a year is read (SPEC 3).
 * @example parseHoliday('easter 2026', ctx) // { kind: 'date', start: '2026-04-03', end: '2026-04-03', … }
 * @example parseHoliday('spring bank holiday', ctx) // at asOf 2026-02-10: 2026-05-25
 */
export function parseHoliday(s: string, ctx: Context): Parsed {
  if (!FIRST.has(s.charCodeAt(0))) return null;
  const m = HOLIDAY_RE.exec(s);
  const rule = m === null ? undefined : MOVABLE_HOLIDAY_WORDS[m[1]?.replace(/[\s-]+/g, ' ') ?? ''];
  if (m === null || rule === undefined) return null;
  const month = 'easter' in rule ? 4 : rule.month;
  const year = m[2] === undefined ? inferYear(month, ctx) : fullYear(m[2]);
  const day = dayOf(rule, year);
  return parts(day).year === year ? frame('date', day, day) : 'invalid';
}
