import type { StatusClass, Timeframe } from '../types';
import { OUTSTANDING_PHRASES } from '../vocabulary/periodColumns';
import type { Parsers } from './parsers';
import type { ReadEntries } from './roles';
import type { TimeframeReading } from './verdicts';

/*
 * A milestone plan's one update often says which period it reports on ("Year 2: 18 of 24
 * pharmacies live", "Q3 update: …", "57.9% at Q2"): the lead has moved on to that milestone, so
 * the ones before it were passed, unless the update names one of them as still outstanding
 * ("Year 1 evaluation outstanding"). See metMilestones.
 */

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?';
const FY = '(?:fy\\s*)?20\\d\\d\\s*[-/]\\s*(?:20)?\\d\\d(?!\\d)|fy\\s*\\d\\d\\s*[-/]\\s*\\d\\d(?!\\d)';

/** Where an update names a period: a plan year (group 1: "Year 2", "Y2"), a quarter, a financial year, a date or a month ("May" only with its year, as the word is a verb too). */
const MENTION = new RegExp(
  [
    '(?:years?|yrs?|y)\\s*([1-9]|10)(?![0-9])',
    `(?:q|qtr|quarter)\\s*[1-4](?![0-9])(?:\\s*(?:${FY}))?`,
    FY,
    '\\d{1,2}[/.]\\d{1,2}[/.](?:20)?\\d\\d(?!\\d)',
    `${DAY}${MONTH}\\.?(?:,?\\s+(?:20)?\\d\\d(?!\\d))?(?![a-z])`,
    `${DAY}may\\s+(?:20)?\\d\\d(?!\\d)`,
  ]
    .map((alt) => `\\b(?:${alt})`)
    .join('|'),
  'gi',
);

/** A plan year in a milestone column's period ("Year 1 2024/25"), its number in group 1. */
const LABEL = /\b(?:years?|yrs?|y)\s*([1-9]|10)(?![0-9])/i;

/** Periods named by what they are in the plan, not by a date: naming a later one reports against it. */
const PLAN_KINDS: ReadonlySet<string> = new Set(['quarter', 'financial_year', 'half', 'month_number']);

const OUTSTANDING = new RegExp(`\\b(?:${OUTSTANDING_PHRASES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const PROBLEM: ReadonlySet<StatusClass> = new Set(['at_risk', 'off_track', 'not_started']);

/** What an update says of the periods of its row's milestones. */
export interface NamedPeriods {
  /** True when it names the period of a milestone not yet past: the current one's, or a later one's. */
  later: boolean;
  /** The past milestones whose period it names as outstanding or with a problem. */
  open: readonly number[];
}

const NONE: NamedPeriods = { later: false, open: [] };

/** The milestone whose period text carries plan year `n` ("Year 2 2025/26" for "Y2"), or -1. */
function labelled(periods: readonly string[], n: string): number {
  for (let i = 0; i < periods.length; i++) if (LABEL.exec(periods[i] ?? '')?.[1] === n) return i;
  return -1;
}

/** The sentence or clause of `text` around characters `from`–`to`. */
function clauseAt(text: string, from: number, to: number): string {
  const stop = (c: string | undefined, next: string | undefined): boolean => c === ';' || c === '\n' || c === '!' || c === '?' || (c === '.' && (next === undefined || next === ' '));
  let start = from;
  while (start > 0 && !stop(text[start - 1], text[start])) start--;
  let end = to;
  while (end < text.length && !stop(text[end], text[end + 1])) end++;
  return text.slice(start, end);
}

/**
 * Which of a row's milestone periods (`timeframes`, their texts as the columns name them) its one
 * update names: a current or later milestone's by its plan name ("Year 2", "Q3", "2025/26") or by
 * a date in it up to `asOf` ("Oct 2025"; a later date is a forecast, not a report), and past ones
 * named as outstanding or with a problem ("Year 1 evaluation still outstanding", "Q1 slipped").
 * @example namedPeriods('Year 2: 18 of 24 live', parsers.timeframes.entries(['Year 1 2024/25', 'Year 2 2025/26']), '2025-11-30', parsers) // { later: true, open: [] }
 * @example namedPeriods('Year 1 report outstanding; Year 2 under way', parsers.timeframes.entries(['Year 1 2024/25', 'Year 2 2025/26']), '2025-11-30', parsers) // { later: true, open: [0] }
 */
export function namedPeriods(text: string, timeframes: ReadEntries<TimeframeReading>, asOf: string, parsers: Parsers): NamedPeriods {
  const spans = timeframes.readings;
  let pastEnd = '';
  for (const r of spans) if (r.timeframe.end !== null && r.timeframe.end < asOf && r.timeframe.end > pastEnd) pastEnd = r.timeframe.end;
  let later = false;
  let open: number[] | null = null;
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m !== null; m = MENTION.exec(text)) {
    const label = m[1];
    const at = label === undefined ? -1 : labelled(timeframes.texts, label);
    if (label !== undefined && at < 0) continue;
    const span: Timeframe | undefined = at >= 0 ? spans[at]?.timeframe : parsers.timeframe(m[0]);
    if (span === undefined || span.start === null || span.end === null) continue;
    if (span.start > pastEnd) {
      later ||= at >= 0 || PLAN_KINDS.has(span.kind) || span.start <= asOf;
      continue;
    }
    if (!outstanding(clauseAt(text, m.index, m.index + m[0].length), parsers)) continue;
    for (let i = 0; i < spans.length; i++) if (within(span, spans[i]?.timeframe, asOf)) (open ??= []).push(i);
  }
  return later || open !== null ? { later, open: open ?? [] } : NONE;
}

/** True when `span` lies inside a past milestone's period `of`. */
function within(span: Timeframe, of: Timeframe | undefined, asOf: string): boolean {
  if (of === undefined || of.start === null || of.end === null || of.end >= asOf) return false;
  return span.start !== null && span.end !== null && span.start >= of.start && span.end <= of.end;
}

/** True when a clause naming a period reports it outstanding: a problem status, a new date, or words of work left. */
function outstanding(clause: string, parsers: Parsers): boolean {
  const read = parsers.status(clause);
  return PROBLEM.has(read.status) || read.redated || OUTSTANDING.test(clause);
}
