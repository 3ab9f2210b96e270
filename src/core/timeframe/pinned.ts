import { MONTH, ORDINAL, monthOf } from './lexicon';
import { financialYears, fullYear, yearOrDay, type Context } from './years';

/*
 * "Q4 (Jan-Mar 25)", "End of Q3 (Dec 24)", "EOY (Mar 25)", "Year end (31 March 2025)", "Q3 -
 * 2024/25": a window whose year is left to asOf, then pinned down, in brackets or not, by months
 * or a day that carry a year, or by a financial year set apart from it. The
 * writer's year beats the one inferred: read a year later, "Q4" alone would move to the next
 * financial year and an overdue step would look on track.
 */

const PINNED_RE = new RegExp(
  `^\\s*(?:[-:,([]\\s*)?(?:${MONTH}[\\s',./]*(?:\\d{4}|\\d{2})?\\s*(?:-+|/|to)\\s*)?(?:\\d{1,2}${ORDINAL}?\\s*(?:of\\s+)?)?(${MONTH})[\\s',./-]*(\\d{4}|\\d{2})(?![0-9])`,
);
/** A whole date in numbers, day first ("Year end (31/03/25)"). */
const PINNED_DATE_RE = /^\s*(?:[-:,([]\s*)?\d{1,2}\s*([/.-])\s*(\d{1,2})\s*\1\s*(\d{4}|\d{2})(?![0-9])/;
/**
 * One financial year set apart from the window by a bracket, dash or colon ("Q4 (2024/25)",
 * "H1 - 2025/26"), where a bare space would have been read with the window itself.
 */
const PINNED_FY_RE = /^\s*[-:,([]\s*(?:(?:fy|financial\s+year)\s*)?(\d{4}|\d{2})\s*([-/])\s*(\d{4}|\d{2})(?![0-9]|[/.-]\d)/;

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
 * @example pinnedMonth(' (31 march 2025)', ctx) // { year: 2025, month: 3 }
 * @example pinnedMonth(' (oct-dec)', ctx) // null
 */
export function pinnedMonth(rest: string, ctx: Context): PinnedMonth | null {
  const m = PINNED_RE.exec(rest);
  if (m === null) return pinnedDate(rest);
  const month = monthOf(m[1] ?? '');
  const { year } = yearOrDay(m[2] ?? '', ctx);
  return month === null || year === null ? null : { year, month };
}

function pinnedDate(rest: string): PinnedMonth | null {
  const m = PINNED_DATE_RE.exec(rest);
  const month = Number(m?.[2]);
  return m === null || month < 1 || month > 12 ? null : { year: fullYear(m[3] ?? ''), month };
}

/**
 * The first calendar year of the one financial year set apart right after a phrase, or null
 * ("(12/24)" is a month and year, not a financial year; see financialYears).
 * @example pinnedFinancialYear(' (2024/25)', ctx) // 2024
 * @example pinnedFinancialYear(' - fy 25/26', ctx) // 2025
 */
export function pinnedFinancialYear(rest: string, ctx: Context): number | null {
  const m = PINNED_FY_RE.exec(rest);
  const span = m === null ? null : financialYears(m[1] ?? '', m[3] ?? '', m[2] ?? '-', ctx);
  return span === null || span.first !== span.last ? null : span.first;
}

/**
 * The first calendar year of the NHS financial year a pinned month falls in.
 * @example financialYearOf({ year: 2025, month: 3 }) // 2024
 */
export function financialYearOf(p: PinnedMonth): number {
  return p.month >= 4 ? p.year : p.year - 1;
}
