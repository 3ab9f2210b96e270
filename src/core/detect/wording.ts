import { DATE_NAME_WORDS, DEADLINE_NAME_WORDS, DEADLINE_WORDS, EVENT_DATE_WORDS, INDICATOR_WORDS, JOINING_WORDS, MEASURE_WORDS, NEVER_DEADLINE_WORDS } from '../vocabulary/columns';
import type { HeaderReading } from './columns';
import { normaliseHeader } from './normalise';

/*
 * What a header's wording says beyond its role words: whether its last word is its head (the
 * thing the column holds), and whether a date it names is a deadline at all. The word lists
 * are folded once as headers are (normaliseHeader), so they compare with normalised headers.
 */

/** Marks that join two names in one header ("Actions / next steps", "Update (Dec 23)"). */
const SEPARATOR = /[/&,;:()+|[\]]|\s[-–—]\s/;

const folded = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(normaliseHeader));
const JOINING = folded(JOINING_WORDS);
const EVENT = folded(EVENT_DATE_WORDS);
const NEVER = folded([...NEVER_DEADLINE_WORDS, ...MEASURE_WORDS]);
const DEADLINE = folded(DEADLINE_WORDS);
const DEADLINE_NAME = folded(DEADLINE_NAME_WORDS);
const INDICATOR = folded(INDICATOR_WORDS);
const DATE_NAME = folded(DATE_NAME_WORDS);

/**
 * True when a header is one compound name, whose last words name what the column holds and
 * any words before them qualify it, as in English noun phrases: "Action lead" holds leads and
 * "Deliverable owner" owners. Headers that join parts ("Progress against milestones",
 * "Actions / next steps") are read from their first words instead. `norm` is the header normalised.
 * @example isCompound('Action lead', 'action lead') // true
 * @example isCompound('Update (Dec 23)', 'update dec 23') // false
 */
export function isCompound(raw: string, norm: string): boolean {
  return !SEPARATOR.test(raw) && !norm.split(' ').some((word) => JOINING.has(word));
}

/**
 * True when a date header (normalised) names the day something happened ("Date of incident",
 * "Start date"), not a deadline, or names no date at all ("Target risk score", MEASURE_WORDS; "KPI / target",
 * INDICATOR_WORDS, unless it names a date as well).
 * @example isEventDate('date action agreed') // true
 * @example isEventDate('kpi target') // true
 * @example isEventDate('target risk score') // true
 * @example isEventDate('agreed target date') // false
 */
export function isEventDate(norm: string): boolean {
  const words = norm.split(' ');
  if (words.some((word) => NEVER.has(word))) return true;
  // "KPI / target" holds the target to reach, not when: a deadline only where it names a date too ("KPI target date").
  if (words.some((word) => INDICATOR.has(word)) && !words.some((word) => DATE_NAME.has(word))) return true;
  return words.some((word) => EVENT.has(word)) && !words.some((word) => DEADLINE.has(word));
}

const namesDeadline = (text: string): boolean => normaliseHeader(text).split(' ').some((word) => DEADLINE_NAME.has(word));

/**
 * A header reading without the time frame rivals that only lose to a deadline: a date named by
 * what happens on it ("Review date", "Completion date") beside one named as the deadline
 * ("Target date") is another date, so reporting it would warn on every such tracker. A bare
 * "Date" beside a deadline is still reported: it may be either. `texts` are the header's cells.
 * @example quietDateRivals(readHeader(['Action', 'Target date', 'Review date']), ['Action', 'Target date', 'Review date']).duplicates // []
 */
export function quietDateRivals(reading: HeaderReading, texts: readonly string[]): HeaderReading {
  const winner = reading.columns.timeframe;
  if (winner === undefined || !namesDeadline(texts[winner] ?? '')) return reading;
  const quiet = (loser: number): boolean => normaliseHeader(texts[loser] ?? '') !== 'date' && !namesDeadline(texts[loser] ?? '');
  const duplicates = reading.duplicates.filter(([role, , loser]) => role !== 'timeframe' || !quiet(loser));
  return duplicates.length === reading.duplicates.length ? reading : { ...reading, duplicates };
}
