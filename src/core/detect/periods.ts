import { MONTH_WORDS } from '../vocabulary/timeframe';
import { financialYearOf } from '../timeframe/pinned';
import type { PeriodColumn } from './milestones';
import { normaliseHeader, withoutHint } from './normalise';
import { financialYearIn, monthOfYear } from './planYear';
import type { HeaderReading } from './reading';

/*
 * Columns headed by a period and nothing else ("Apr | May | … | Mar", "Q1 | Q2 | Q3 | Q4", "Q1 2025/26"
 * under a merged "2025/26"): a delivery plan's year laid out beside its actions. What they hold
 * says what they are (periodContent): a milestone's name under its month, or a Gantt chart's marks.
 */

/** A header that is one period: its kind, its month in the year when a bare month, and whether it names its year. */
interface BarePeriod {
  text: string;
  month: number | null;
  named: boolean;
}

/** A date typed as a header ("Apr-24", a date cell), on the first of its month: that month. */
const FIRST_OF_MONTH = /^(\d{4})-(\d{2})-01$/;
const YEAR = /^(?:\d{2}|\d{4}|fy)$/;
/** A month's place in the NHS financial year: April is month 1, March month 12. */
const financialMonth = (month: number): number => ((month + 8) % 12) + 1;
/** The financial year ("2024/25") that calendar month `month` of `year` falls in. */
const financialYearName = (year: number, month: number): string => {
  const first = financialYearOf({ year, month });
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
};

/** A plan year and its financial year ("Year 1 (2024/25)", "Yr 2 2025/26", "Y3 - FY26/27"), or a financial year alone ("2025/26"). */
const PLAN_YEAR = /^(?:(?:years?|yrs?|y)\s*([1-9]|10)\s*[:,(-]?\s*)?(?:fy\s*)?(?:20)?\d{2}\s*[/-]\s*(?:20)?\d{2}\s*\)?$/i;

/**
 * A header that is a financial year, with or without the plan year it is ("Year 1 (2024/25)"), as
 * that period ("Year 1 2024/25"), which ends on 31 March; undefined for any other. A delivery plan
 * over several years heads a column of milestones so. "Year 1" alone says nothing of when (the
 * time-frame parser refuses it too) and stays unread.
 */
function planYearOf(header: string): BarePeriod | undefined {
  const m = PLAN_YEAR.exec(header.trim());
  const year = m === null ? null : financialYearIn(header);
  if (m === null || year === null) return undefined;
  return { text: m[1] === undefined ? year : `Year ${m[1]} ${year}`, month: null, named: true };
}

/**
 * The period a header names and nothing else, or null: a month ("Apr", "April 2024", a date cell
 * on the 1st), a quarter ("Q1", "Quarter 3 2024/25") or an NHS month number ("M4", "Month 4").
 * A month with a financial year ("Jan 2024/25") is read as the calendar month it is ("Jan 2025"),
 * since the year after it would be read as the whole year. A financial year is one too, with its
 * plan year or alone (planYearOf).
 * @example barePeriod('Q1 (Apr-Jun)')?.text // 'Q1'
 * @example barePeriod('Year 2 (2025/26)')?.text // 'Year 2 2025/26'
 * @example barePeriod('Jan 2024/25')?.text // 'Jan 2025'
 * @example barePeriod('Action') // null
 */
export function barePeriod(header: string): BarePeriod | null {
  const planYear = planYearOf(header);
  if (planYear !== undefined) return planYear;
  const text = withoutHint(header).trim();
  const dated = FIRST_OF_MONTH.exec(text);
  if (dated !== null) return { text: monthOfYear(financialMonth(Number(dated[2])), financialYearName(Number(dated[1]), Number(dated[2]))), month: null, named: true };
  const words = normaliseHeader(text).split(' ');
  let periods = 0;
  let month: number | null = null;
  let named = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    if (MONTH_WORDS[word] !== undefined) [periods, month] = [periods + 1, MONTH_WORDS[word] ?? null];
    else if (/^(?:q[1-4]|m(?:[1-9]|1[0-2]))$/.test(word)) periods += 1;
    else if ((word === 'quarter' || word === 'month') && /^\d{1,2}$/.test(next)) [periods, i] = [periods + 1, i + 1];
    else if (YEAR.test(word)) named = true;
    else return null;
  }
  if (periods !== 1) return null;
  const year = financialYearIn(text);
  if (month !== null && year !== null) return { text: monthOfYear(financialMonth(month), year), month: null, named: true };
  return { text, month: named ? null : month, named };
}

/**
 * The periods of bare months as a sequence reads them: in financial-year order (Apr … Mar, or a
 * winter's Oct … Mar) each is that month of the plan's year ("Month 7"), which the plan's title
 * or the as-of date dates (withPlanYear); otherwise the month's name, read as the nearest.
 */
function inSequence(found: readonly (BarePeriod & { col: number })[]): PeriodColumn[] {
  const months = found.flatMap((p) => (p.month === null ? [] : [financialMonth(p.month)]));
  const ordered = months.every((m, i) => i === 0 || m > (months[i - 1] ?? 0));
  return found.map((p) => (p.month !== null && ordered ? { col: p.col, period: `Month ${financialMonth(p.month)}`, month: financialMonth(p.month) } : { col: p.col, period: p.text }));
}

/**
 * A header reading with its bare period columns (barePeriod) listed as `periods`, when there are
 * two or more, no column holds them already, and the sheet names an action but no next steps of
 * its own. Beside a time frame column they are read only if they hold milestones (periodContent):
 * a Gantt chart there only draws the due date. `texts` are the header's cells.
 * @example barePeriods(readHeader(['Action', 'Lead', 'Q1', 'Q2']), ['Action', 'Lead', 'Q1', 'Q2']).periods // [{ col: 2, period: 'Q1' }, { col: 3, period: 'Q2' }]
 */
export function barePeriods(reading: HeaderReading, texts: readonly string[]): HeaderReading {
  const { columns } = reading;
  if (reading.milestones !== undefined || columns.action === undefined || columns.next_steps !== undefined) return reading;
  const taken = new Set<number>([...Object.values(columns), ...reading.extraStatus, ...Object.values(reading.outputs)]);
  const found = texts.flatMap((text, col) => {
    const period = taken.has(col) ? null : barePeriod(text);
    return period === null ? [] : [{ ...period, col }];
  });
  return found.length < 2 ? reading : { ...reading, periods: inSequence(found) };
}

/**
 * A period label's header under a group header of a two-row header, when the group names what
 * the columns span ("Timescale 2024/25", "2025/26") rather than what each holds: the label with
 * the group's year, so "Apr" under "Timescale 2024/25" is a month, not a time frame column. Null
 * for any other label, or a group of content (`namesContent`: "Milestones", "Progress update").
 * @example periodUnder('Q1', '2025/26', () => false) // 'Q1 2025/26'
 * @example periodUnder('Q1', 'Progress update', () => true) // null
 */
export function periodUnder(label: string, group: string, namesContent: (norm: string) => boolean): string | null {
  if (barePeriod(label) === null || namesContent(normaliseHeader(group))) return null;
  const year = financialYearIn(group) ?? /\b20\d\d\b/.exec(group)?.[0] ?? '';
  return `${label} ${year}`.trim();
}
