import { daysInMonth } from '../dates';
import type { Calendar, IsoDate } from '../types';
import { stripFillers } from './body';
import { readEndpoint } from './endpoint';
import { DEADLINE } from './lexicon';
import { normalise } from './normalise';
import { inferYear, makeContext, usableYear } from './years';

/*
 * Why the parser rejected a time frame, when the reason is a day its month does not have
 * ("31/11/2024"): the warning can then say so, rather than ask for the format already used.
 * Asked only as a warning is written, never per row, so it reads the cell again on its own.
 */

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DEADLINE_RE = new RegExp(`^(?:${DEADLINE})(?=[\\s:,])[\\s:,]+`);
// Only the year of a day and month is read here, which no meeting settles.
const NO_MEETINGS: Calendar = { meetings: [], nextMeeting: null, quarterConvention: 'financial' };

/**
 * What is wrong with a time frame that starts with a day its month does not have ("by 31st
 * June 2025"), as "June has 30 days"; null for any other text. February is named with its year,
 * on which its length depends; a day and month with no year are read in the year nearest asOf,
 * as the parser reads them.
 * @example missingDay('31/11/2024', '2024-10-01') // 'November has 30 days'
 * @example missingDay('30/02/25', '2024-10-01') // 'February 2025 has 28 days'
 * @example missingDay('30/11/2024', '2024-10-01') // null
 */
export function missingDay(text: string, asOf: IsoDate): string | null {
  const ctx = makeContext(asOf, NO_MEETINGS);
  if (ctx === null) return null;
  let s = stripFillers(normalise(text).text);
  const by = DEADLINE_RE.exec(s);
  if (by !== null) s = stripFillers(s.slice(by[0].length));
  const parts = readEndpoint(s, ctx);
  if (parts === null || parts === 'invalid' || parts.day === null) return null;
  const { day, month } = parts;
  const year = parts.year ?? inferYear(month, ctx);
  const name = MONTH_NAMES[month - 1];
  if (name === undefined || !usableYear(year)) return null;
  const days = daysInMonth(year, month);
  if (day <= days) return null;
  return `${month === 2 ? `${name} ${year}` : name} has ${days} days`;
}
