import type { Qualifier } from '../vocabulary/timeframe';
import {
  BOUNDARY,
  HOLIDAY,
  MONTH,
  ORDINAL,
  QUALIFIER,
  QUALIFIER_WORD,
  holidayOf,
  monthOf,
  nonCapturing,
  qualifierOf,
} from './lexicon';
import { day, months, qualify, type Parsed } from './window';
import { fullYear, inferYear, yearOrDay, type Context } from './years';

/*
 * One date or month: the end of a range, or a whole phrase. Day before month always (UK):
 * "5/1/23" is 5 January. A month name may come first ("Dec 15 2023") because then the order
 * cannot be misread.
 */

const ISO = '(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[t ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?z?)?';
const NUMERIC = '(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})';
/** A month and a four-digit year ("03/2024"); "12/23", whose second number cannot be a month, is read as one too. */
const MONTH_YEAR = '(\\d{1,2})[/.-](\\d{4})';
const DAY_MONTH = '(\\d{1,2})/(\\d{1,2})';
/** A month and two-digit year parted by a dot ("3.24"); a number before a word is a quantity ("1.25 years"). */
const MONTH_YY_RE = /^(\d{1,2})\.(\d{2})(?![0-9]|[/.-]\d|\s*[a-z%£$])/;
// The year may be typed straight after the name ("31Dec24"), the ordinal apart from its day ("31 st March").
const DAY_NAME = `(\\d{1,2})(?:\\s?${ORDINAL}(?![a-z]))?[\\s./-]*(?:of\\s+)?(${MONTH})(?:(?:[\\s,']+|[./-])?(\\d{4}|\\d{2}))?`;
// A month name followed by a number it cannot use ("Oct 23-24") is not read as the month alone.
// The number may be typed straight after the name ("Nov22", "Sept2023").
const NAME_DAY = `(${MONTH})(?:(?:[\\s,']+|[./-])?(?:(\\d{4})|(\\d{1,2})(${ORDINAL})?(?:,?\\s+(\\d{4}|\\d{2}))?)|(?![\\s,'./-]*\\d))`;
/** A holiday and its year ("Christmas 2023", "Xmas 23"); a two-digit number after it can only be a year. */
const HOLIDAY_DAY = `(${HOLIDAY})(?:[\\s,']+(\\d{4}|\\d{2}))?`;

/** Any one endpoint, qualifier included, with no capturing groups: for embedding in ranges. */
const ENDPOINTS = [ISO, NUMERIC, MONTH_YEAR, DAY_MONTH, DAY_NAME, NAME_DAY, HOLIDAY_DAY];
export const ENDPOINT = `(?:${QUALIFIER})?(?:${ENDPOINTS.map(nonCapturing).join('|')})`;

const QUALIFIER_RE = new RegExp(`^(${QUALIFIER_WORD})[\\s-]+`);
const ISO_RE = new RegExp(`^${ISO}${BOUNDARY}`);
const NUMERIC_RE = new RegExp(`^${NUMERIC}${BOUNDARY}`);
const MONTH_YEAR_RE = new RegExp(`^${MONTH_YEAR}${BOUNDARY}`);
const DAY_MONTH_RE = new RegExp(`^${DAY_MONTH}${BOUNDARY}`);
const DAY_NAME_RE = new RegExp(`^${DAY_NAME}${BOUNDARY}`);
const NAME_DAY_RE = new RegExp(`^${NAME_DAY}${BOUNDARY}`);
const HOLIDAY_RE = new RegExp(`^${HOLIDAY_DAY}${BOUNDARY}`);

/** An endpoint as written, before its year is settled. */
export interface EndpointParts {
  qualifier: Qualifier | null;
  day: number | null;
  month: number;
  year: number | null;
}

/** A month and year written in numbers ("03/2024", "12/23"). */
function monthYear(m: string, y: string): EndpointParts | 'invalid' {
  const month = Number(m);
  return month < 1 || month > 12 ? 'invalid' : { qualifier: null, day: null, month, year: fullYear(y) };
}

/**
 * Two numbers: a day and month (UK order), unless the second cannot be a month and is a year
 * within three years of asOf's, as a year after a month name must be ("12/23": December 2023).
 */
function dayOrMonthYear(a: string, b: string, ctx: Context): EndpointParts | 'invalid' {
  const asYear = Number(b) > 12 && Number(a) >= 1 && Number(a) <= 12 && Math.abs(fullYear(b) - ctx.year) <= 3;
  return asYear ? monthYear(a, b) : numeric(a, b, null);
}

function numeric(d: string, m: string, y: string | null): EndpointParts | 'invalid' {
  const month = Number(m);
  if (month < 1 || month > 12) return 'invalid';
  return { qualifier: null, day: Number(d), month, year: y === null ? null : fullYear(y) };
}

/** An endpoint written in numbers alone: ISO, day/month/year, month/year, day/month or month.yy; null for none. */
function inNumbers(s: string, ctx: Context): EndpointParts | 'invalid' | null {
  let m = ISO_RE.exec(s);
  if (m !== null) return numeric(m[3] ?? '', m[2] ?? '', m[1] ?? '');
  if ((m = NUMERIC_RE.exec(s)) !== null) return numeric(m[1] ?? '', m[2] ?? '', m[3] ?? null);
  if ((m = MONTH_YEAR_RE.exec(s)) !== null) return monthYear(m[1] ?? '', m[2] ?? '');
  if ((m = DAY_MONTH_RE.exec(s)) !== null) return dayOrMonthYear(m[1] ?? '', m[2] ?? '', ctx);
  m = MONTH_YY_RE.exec(s);
  const yy = m?.[2] ?? '';
  if (m !== null && Number(yy) > 12) return Math.abs(fullYear(yy) - ctx.year) <= 3 ? monthYear(m[1] ?? '', yy) : null;
  // A day and month with a dot, as "31/03" is, only written as two digits each ("31.03"): "1.5" is a decimal.
  return m !== null && (m[1] ?? '').length === 2 && Number(m[1]) >= 1 && Number(m[1]) <= 31 ? numeric(m[1] ?? '', yy, null) : null;
}

function holiday(s: string): EndpointParts | null {
  const m = HOLIDAY_RE.exec(s);
  const day = m === null ? null : holidayOf(m[1] ?? '');
  if (m === null || day === null) return null;
  return { qualifier: null, month: day[0], day: day[1], year: m[2] ? fullYear(m[2]) : null };
}

function named(s: string, ctx: Context): EndpointParts | 'invalid' | null {
  let m = DAY_NAME_RE.exec(s);
  if (m !== null) {
    return { qualifier: null, day: Number(m[1]), month: monthOf(m[2] ?? '') ?? 0, year: m[3] ? fullYear(m[3]) : null };
  }
  m = NAME_DAY_RE.exec(s);
  if (m === null) return holiday(s);
  const month = monthOf(m[1] ?? '') ?? 0;
  if (m[2]) return { qualifier: null, day: null, month, year: Number(m[2]) };
  if (!m[3]) return { qualifier: null, day: null, month, year: null };
  if (m[4] || m[5]) return { qualifier: null, day: Number(m[3]), month, year: m[5] ? fullYear(m[5]) : null };
  return { qualifier: null, month, ...yearOrDay(m[3], ctx) };
}

/**
 * Reads one endpoint at the start of `s`, leaving its year unsettled when none is written.
 * @example readEndpoint('late feb', ctx) // { qualifier: 'late', day: null, month: 2, year: null }
 * @example readEndpoint('31/02/2023', ctx) // 'invalid'
 */
export function readEndpoint(s: string, ctx: Context): EndpointParts | 'invalid' | null {
  const q = QUALIFIER_RE.exec(s);
  const rest = q === null ? s : s.slice(q[0].length);
  const c = rest.charCodeAt(0);
  // "5 Dec" starts with a digit too: a name read after the numbers found nothing.
  const parts = (c >= 48 && c <= 57 ? inNumbers(rest, ctx) : null) ?? named(rest, ctx);
  if (parts === null || parts === 'invalid') return parts;
  return { ...parts, qualifier: q === null ? null : qualifierOf(q[1] ?? '') };
}

/**
 * Settles an endpoint into a window: a day is kind 'date', a month kind 'month'; the
 * qualifier narrows it.
 * @example resolveEndpoint({ qualifier: 'end', day: null, month: 11, year: 2022 }, 2022) // 2022-11-30
 */
export function resolveEndpoint(parts: EndpointParts, year: number): Parsed {
  const tf =
    parts.day === null
      ? months('month', year, parts.month, year, parts.month)
      : day('date', year, parts.month, parts.day);
  return tf === null || tf === 'invalid' ? tf : qualify(tf, parts.qualifier);
}

/**
 * A whole phrase that is one date or month; a month without a year is the one nearest asOf.
 * @example parseEndpoint('5/1/23', ctx) // { kind: 'date', start: '2023-01-05', end: '2023-01-05', … }
 * @example parseEndpoint('mid nov', ctx) // at asOf 2022-11-03: 2022-11-15
 */
export function parseEndpoint(s: string, ctx: Context): Parsed {
  const parts = readEndpoint(s, ctx);
  if (parts === null || parts === 'invalid') return parts;
  return resolveEndpoint(parts, parts.year ?? inferYear(parts.month, ctx));
}
