import { cellText } from '../cells';
import type { CellValue } from '../types';
import { MONTH_WORDS } from '../vocabulary/timeframe';
import type { PeriodColumn } from './milestones';

/*
 * A plan laid out by quarter often names its year once, in its title ("Joint Forward Plan
 * 2024/25 delivery tracker") or its sheet's name ("JFP 24-25"), and not in each quarter's
 * header. Read without it, "Q1" would be the quarter of the financial year of the as-of date,
 * and a 2024/25 plan reviewed in May 2025 would have every milestone a year away.
 */

/** A financial year of two consecutive years: "2024/25", "2024-2025", "24/25", "FY24-25". */
const FINANCIAL_YEAR = /(?<![\d/.-])(?:fy\s*)?(20)?(\d{2})\s*[/-]\s*(?:20)?(\d{2})(?![\d/.-])/i;
/** A period's own number ("Q3", "Month 10", "H1"), which is not its year. */
const PERIOD_NUMBER = /\b(?:q|quarter|m|month|h|half|p|period)\s*\d{1,2}\b/gi;

/**
 * True when a period names its year: a number of two digits or more besides its own number ("Q1
 * 24/25", "Apr-Jun 24"). A month's name alone is left as it is too: its columns ran out of the
 * financial year's order (barePeriods), and with the plan's year after it would read as the whole year.
 */
const namesYear = (period: string): boolean => /\d{2}/.test(period.replace(PERIOD_NUMBER, '')) || MONTH_WORDS[period.trim().toLowerCase()] !== undefined;

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Month `month` of financial year `year` (April is month 1) as the calendar month it is, the way
 * a plan's reader names it: month 10 of 2024/25 is "Jan 2025".
 * @example monthOfYear(1, '2024/25') // 'Apr 2024'
 * @example monthOfYear(10, '2024/25') // 'Jan 2025'
 */
export function monthOfYear(month: number, year: string): string {
  const calendar = ((month + 2) % 12) + 1;
  return `${MONTH_NAMES[calendar - 1] ?? ''} ${Number(year.slice(0, 4)) + (calendar < 4 ? 1 : 0)}`;
}

/** A period with the plan's year: a month headed by its name as that calendar month ("Jan 2025"), any other with the year after it. */
function inYear(column: PeriodColumn, year: string): string {
  return column.month === undefined ? `${column.period} ${year}` : monthOfYear(column.month, year);
}

/**
 * The financial year a text names, as "2024/25", or null.
 * @example financialYearIn('Joint Forward Plan 2024/25 delivery tracker') // '2024/25'
 * @example financialYearIn('Minutes 12/10') // null: not two consecutive years
 */
export function financialYearIn(text: string): string | null {
  const m = FINANCIAL_YEAR.exec(text);
  if (m === null) return null;
  const first = Number(m[2]);
  const second = Number(m[3]);
  return second === (first + 1) % 100 ? `20${m[2] ?? ''}/${m[3] ?? ''}` : null;
}

/**
 * The milestone columns with the plan's financial year added to each period that names no year
 * of its own, taken from the first text above the header that names one, else the sheet's name;
 * unchanged when neither does.
 * @example withPlanYear([{ col: 3, period: 'Q1' }], [['JFP 2024/25'], ['Action', 'Q1 milestone']], 1, 'Plan') // [{ col: 3, period: 'Q1 2024/25' }]
 */
export function withPlanYear(milestones: readonly PeriodColumn[], rows: readonly (readonly CellValue[])[], header: number, sheet: string): PeriodColumn[] {
  if (milestones.every((m) => namesYear(m.period))) return [...milestones];
  let year: string | null = null;
  for (let r = 0; r < header && year === null; r++) {
    for (const value of rows[r] ?? []) {
      year = typeof value === 'string' ? financialYearIn(cellText(value)) : null;
      if (year !== null) break;
    }
  }
  year ??= financialYearIn(sheet);
  return milestones.map((m) => (year === null || namesYear(m.period) ? m : { col: m.col, period: inYear(m, year) }));
}
