import type { Context } from './years';

/*
 * A quarter or half of the year named relative to now ("Q1 next year", "Q1 next FY", "Next FY
 * Q2", "H2 this financial year"). Without this the quarter pattern stops at "Q1" and takes the
 * financial year containing asOf, a year early. The relative year is written out ("q1 2025/26")
 * so the quarter patterns read it as if the writer had.
 */

const PERIOD =
  '(?:qtr|quarter|q|h|half)\\.?\\s*[1-4](?:\\s*(?:-+|/|&|to|and)\\s*(?:(?:qtr|quarter|q|h)\\.?\\s*)?[1-4])?';
const WHICH = '(this|current|next|last|previous)';
const YEAR = '(fy|financial\\s+year|year)';
const AFTER_RE = new RegExp(`^(${PERIOD})\\s*,?\\s*(?:of\\s+)?(?:the\\s+)?${WHICH}\\s+${YEAR}(?![a-z0-9])`);
const BEFORE_RE = new RegExp(`^(?:the\\s+)?${WHICH}\\s+${YEAR}(?:'s)?\\s*[-:,]?\\s*(${PERIOD})(?![a-z0-9])`);

const SHIFT: Readonly<Record<string, number>> = { this: 0, current: 0, next: 1, last: -1, previous: -1 };

/** The year words as written numbers: a financial year ("2025/26"), or a calendar year for "year" under calendar quarters. */
function written(which: string, unit: string, ctx: Context): string {
  const shift = SHIFT[which] ?? 0;
  if (unit === 'year' && ctx.calendar.quarterConvention === 'calendar') return String(ctx.year + shift);
  const first = ctx.fyStart + shift;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

/**
 * Normalised text with a relative year beside a quarter or half written as that year; other text unchanged.
 * @example relativeYear('q1 next year', ctx) // at asOf 2024-11-20: 'q1 2025/26'
 * @example relativeYear('next fy q2', ctx) // at asOf 2024-11-20: '2025/26 q2'
 */
export function relativeYear(s: string, ctx: Context): string {
  const after = AFTER_RE.exec(s);
  if (after !== null)
    return `${after[1] ?? ''} ${written(after[2] ?? '', after[3] ?? '', ctx)}${s.slice(after[0].length)}`;
  const before = BEFORE_RE.exec(s);
  if (before === null) return s;
  return `${written(before[1] ?? '', before[2] ?? '', ctx)} ${before[3] ?? ''}${s.slice(before[0].length)}`;
}
