import { MONTH, monthOf } from './lexicon';
import { yearOrDay, type Context } from './years';

/*
 * "Q4 (Jan-Mar 25)", "End of Q3 (Dec 24)", "EOY (Mar 25)", "Year end Mar 25": a window whose
 * year is left to asOf, then pinned down, in brackets or not, by months that carry a year. The
 * writer's year beats the one inferred: read a year later, "Q4" alone would move to the next
 * financial year and an overdue step would look on track.
 */

const PINNED_RE = new RegExp(
  `^\\s*(?:[-:,([]\\s*)?(?:${MONTH}[\\s',./]*(?:\\d{4}|\\d{2})?\\s*(?:-+|/|to)\\s*)?(${MONTH})[\\s',./-]*(\\d{4}|\\d{2})(?![0-9])`,
);

/** The last month named in the brackets, with its year. */
export interface PinnedMonth {
  year: number;
  month: number;
}

/**
 * The month and year named right after a phrase, in brackets or not, or null when there is none
 * or its number is a day ("(Dec 15)"), not a year.
 * @example pinnedMonth(' (jan-mar 25)', ctx) // { year: 2025, month: 3 }
 * @example pinnedMonth(' mar 25', ctx) // { year: 2025, month: 3 }
 * @example pinnedMonth(' (oct-dec)', ctx) // null
 */
export function pinnedMonth(rest: string, ctx: Context): PinnedMonth | null {
  const m = PINNED_RE.exec(rest);
  if (m === null) return null;
  const month = monthOf(m[1] ?? '');
  const { year } = yearOrDay(m[2] ?? '', ctx);
  return month === null || year === null ? null : { year, month };
}

/**
 * The first calendar year of the NHS financial year a pinned month falls in.
 * @example financialYearOf({ year: 2025, month: 3 }) // 2024
 */
export function financialYearOf(p: PinnedMonth): number {
  return p.month >= 4 ? p.year : p.year - 1;
}
