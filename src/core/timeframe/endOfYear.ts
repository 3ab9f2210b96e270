/*
 * "End of year" is left unread on purpose: in an NHS tracker it may mean 31 December or the
 * financial year's end, 31 March, and a guess either way rates a step three months out (a false
 * Green or a false Red). "Year end" and "EOY" are the financial year's (fiscal.ts), as NHS finance
 * uses them. The warning can then name the two readings and how to write each, rather than say
 * the phrase is no date at all.
 */
import { parts } from '../dates';
import type { IsoDate } from '../types';

const END_OF_YEAR = /^\s*(?:(?:by|before|at)\s+)?(?:the\s+)?end\s+(?:of\s+)?(?:the\s+|this\s+)?year\s*[.!]?\s*$/i;

/**
 * The two years a bare "end of year" could end, as the warning's examples: 31 December of
 * asOf's year, and the financial year that contains asOf, in the forms the parser reads; null
 * when the text is anything else.
 * @example endOfYearReadings('End of year', '2026-12-07') // { calendar: 'End of Dec 2026', financial: 'Year end 2026/27' }
 * @example endOfYearReadings('by the end of the year', '2027-02-10') // { calendar: 'End of Dec 2027', financial: 'Year end 2026/27' }
 * @example endOfYearReadings('End of year 2026/27', '2026-12-07') // null
 */
export function endOfYearReadings(text: string, asOf: IsoDate): { calendar: string; financial: string } | null {
  if (!END_OF_YEAR.test(text)) return null;
  const { year, month } = parts(asOf);
  const first = month >= 4 ? year : year - 1;
  return { calendar: `End of Dec ${year}`, financial: `Year end ${first}/${String((first + 1) % 100).padStart(2, '0')}` };
}
