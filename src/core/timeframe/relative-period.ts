import { addDays, dayNumber, daysInMonth, isoDate, parts } from '../dates';
import type { IsoDate } from '../types';
import { DEADLINE_WORDS, FILLER_WORDS, MONTH_WORDS } from '../vocabulary/timeframe';
import {
  COUNT_WORDS,
  RELATIVE_LEAD_WORDS,
  RELATIVE_PERIOD_WORDS,
  SPAN_ANCHOR_WORDS,
  SPAN_UNITS,
} from '../vocabulary/timeframeRelative';
import { alternation } from './lexicon';
import type { Context } from './years';

/*
 * "End of the month", "Next quarter", "This week", "Within 2 weeks": periods counted from now.
 * When the cell was written is unknown, so now is the as-of date, as SPEC 3 anchors every phrase
 * with no year ("Next FY", "next meeting" already read so). Such a deadline moves with asOf and
 * never falls overdue; reading it still rates the step where no reading would leave it unrated.
 * The period is written out as a date ("jan 2027", "q4 2026/27") so the patterns read it as if the
 * writer had, qualifiers, deadline words and revisions included ("Q3 - moved to next quarter").
 */

const WHICH = alternation(Object.keys(RELATIVE_PERIOD_WORDS));
// A bare "month" or "the month" counts only with an end ("end of month", "month end"): "later in
// the month" or "each quarter" names no period.
const PERIOD_RE = new RegExp(
  `(?<![a-z0-9])(?:(end\\s+of|end|mid|early|late)\\s+)?(?:the\\s+)?(?:(${WHICH})\\s+)?(week|month|quarter|qtr)(?:(?<!week)((?:\\s+|\\s*-\\s*)end))?(?![a-z0-9])(?!\\s*\\d)`,
  'g',
);
const SPAN_RE = new RegExp(
  `(?<![a-z0-9])(within|in)\\s+(?:the\\s+)?(?:next\\s+)?(\\d{1,2}|${alternation(Object.keys(COUNT_WORDS))})\\s+(${alternation(Object.keys(SPAN_UNITS))})s?(?:'?\\s*time)?(?![a-z0-9])(?!\\s+${alternation(SPAN_ANCHOR_WORDS)}(?![a-z]))`,
  'g',
);
/** Each month's first name in the vocabulary (its full name), by month number. */
const MONTH_NAME = new Map<number, string>();
for (const [name, month] of Object.entries(MONTH_WORDS)) if (!MONTH_NAME.has(month)) MONTH_NAME.set(month, name);
const LEADS = [...FILLER_WORDS, ...Object.keys(DEADLINE_WORDS), ...RELATIVE_LEAD_WORDS];
const LEAD_END_RE = new RegExp(`(?<![a-z])${alternation(LEADS)}[\\s:]*$`);
/** Characters before a period looked through for the word it follows: "to be completed by " is 19. */
const LEAD_REACH = 24;
const GATE_RE = /week|month|quarter|qtr|fortnight|day|wk/;

/** True when a period at `offset` opens the cell or follows a deadline, filler or move word. */
function leads(s: string, offset: number): boolean {
  const before = s.slice(Math.max(0, offset - LEAD_REACH), offset);
  return (offset <= LEAD_REACH && before.trim() === '') || LEAD_END_RE.test(before);
}

/** A day as the reader reads it, in UK order with the year in full. */
function written(iso: IsoDate): string {
  const { year, month, day } = parts(iso);
  return `${day}/${month}/${year}`;
}

/** The week (from its Monday), month or quarter `shift` on from the one containing asOf, as text. */
function period(unit: string, shift: number, end: boolean, ctx: Context): string {
  if (unit === 'week') {
    const n = dayNumber(ctx.asOf);
    // Day 0 (1 January 1970) was a Thursday: Monday is 0 here.
    const monday = addDays(ctx.asOf, 7 * shift - (((n + 3) % 7) + 7) % 7);
    return end ? written(addDays(monday, 6)) : `w/c ${written(monday)}`;
  }
  const months = unit === 'month' ? 1 : 3;
  const first = Math.floor((ctx.month - 1) / months) * months + shift * months;
  const year = ctx.year + Math.floor(first / 12);
  const month = (first % 12) + 1;
  const head = end ? 'end of ' : '';
  if (unit === 'month') return `${head}${MONTH_NAME.get(month) ?? ''} ${year}`;
  if (ctx.calendar.quarterConvention === 'calendar') return `${head}q${(month + 2) / 3} ${year}`;
  const fy = month >= 4 ? year : year - 1;
  return `${head}q${((month + 8) % 12) / 3 + 1} ${fy}/${String((fy + 1) % 100).padStart(2, '0')}`;
}

/** asOf moved on by a span: whole days, or whole months keeping the day where the month has it. */
function spanEnd(count: number, unit: { days: number; months: number }, ctx: Context): IsoDate {
  if (unit.months === 0) return addDays(ctx.asOf, count * unit.days);
  const index = ctx.year * 12 + ctx.month - 1 + count * unit.months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(parts(ctx.asOf).day, daysInMonth(year, month))) ?? ctx.asOf;
}

/**
 * Normalised text with periods counted from now written as the dates they are at asOf.
 * @example relativePeriods('end of next month', ctx) // at asOf 2026-12-07: 'end of january 2027'
 * @example relativePeriods('next quarter', ctx) // at asOf 2026-12-07: 'q4 2026/27'
 * @example relativePeriods('within 2 weeks', ctx) // at asOf 2026-12-07: 'by 21/12/2026'
 * @example relativePeriods('reviewed each quarter', ctx) // unchanged
 */
export function relativePeriods(s: string, ctx: Context): string {
  if (!GATE_RE.test(s)) return s;
  const named = s.replace(PERIOD_RE, (all: string, q?: string, which?: string, unit = '', suffix?: string, at = 0) => {
    const shift = which === undefined ? undefined : RELATIVE_PERIOD_WORDS[which];
    const end = q?.startsWith('end') === true || suffix !== undefined;
    if ((shift === undefined && !end) || !leads(s, at)) return all;
    const unitName = unit === 'qtr' ? 'quarter' : unit;
    // "Mid next month": the qualifier stays for the patterns to read; "end" is written into the period.
    const lead = q !== undefined && !end ? `${q} ` : '';
    return `${lead}${period(unitName, shift ?? 0, end, ctx)}`;
  });
  return named.replace(SPAN_RE, (all: string, word = '', n = '', unit = '', at = 0) => {
    const count = /^\d/.test(n) ? Number(n) : COUNT_WORDS[n];
    const span = SPAN_UNITS[unit];
    if (count === undefined || span === undefined || !leads(named, at)) return all;
    const day = written(spanEnd(count, span, ctx));
    return word === 'within' ? `by ${day}` : day;
  });
}
