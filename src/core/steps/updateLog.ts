import { alternation } from '../timeframe/lexicon';
import { MONTH_WORDS } from '../vocabulary/timeframe';

/*
 * A status cell is often a log of dated updates, and trackers disagree on which end the newest
 * goes: most append ("12/10/23 - meeting held\n14/11/23: draft circulated"), some write the
 * newest on top. The status reader lets the last entry win (SPEC 4), so a log written newest
 * first is turned round before it is read. Dates without a year ("Update Nov:", "14/11 -")
 * are read as the shorter way round the calendar: "Jan" above "Dec" is a month on, not eleven
 * back. Such a date must be followed by a colon, dash or bracket, so "1.5 FTE" is never one.
 */

const LEAD = '^[\\s[(]*(?:(?:updated?|as\\s+(?:at|of)|position\\s+at)\\b[\\s:-]*)?';
const NO_YEAR = '(?=\\s*(?:update\\b)?\\s*[-–—:)\\]])';
const NUMERIC = `(\\d{1,2})([./-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2})(?!\\d)|${NO_YEAR})`;
const WORDS = `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${alternation(Object.keys(MONTH_WORDS))})(?![a-z])\\.?(?:[\\s,'-]*(\\d{4}|\\d{2})(?![\\d./])|${NO_YEAR})`;
const DATED = new RegExp(`${LEAD}(?:${NUMERIC}|${WORDS})`, 'i');
/** Days in a calendar of 31-day months: a year-less date's key runs round it. */
const YEAR = 12 * 31;

/** The date an entry opens with, as a sortable key (a month alone is its day 0), or null. */
function dateOf(entry: string): { key: number; yearless: boolean } | null {
  const m = DATED.exec(entry);
  if (m === null) return null;
  const numeric = m[1] !== undefined;
  const day = Number(numeric ? m[1] : (m[5] ?? 0));
  const month = numeric ? Number(m[3]) : (MONTH_WORDS[(m[6] ?? '').toLowerCase()] ?? 0);
  const written = (numeric ? m[4] : m[7]) ?? '';
  if (month < 1 || month > 12 || day > 31) return null;
  const year = written === '' ? 0 : Number(written) + (written.length === 2 ? 2000 : 0);
  return { key: year * YEAR + month * 31 + day, yearless: written === '' };
}

/** Whether every date is before the one above it: for year-less dates, less than half a year before. */
function newestFirst(keys: readonly number[], yearless: boolean): boolean {
  for (let i = 1; i < keys.length; i += 1) {
    const back = (keys[i - 1] ?? 0) - (keys[i] ?? 0);
    const round = ((back % YEAR) + YEAR) % YEAR;
    if (yearless ? round === 0 || round >= YEAR / 2 : back <= 0) return false;
  }
  return true;
}

/**
 * Whether an entry opens with a date ("14/11/23: …", "Update Nov 23:", "Nov update:").
 * @example opensWithDate('Update Nov 23:') // true
 * @example opensWithDate('Next steps:') // false
 */
export function opensWithDate(entry: string): boolean {
  return dateOf(entry) !== null;
}

/**
 * A cell's status entries with the latest update last. When the first entry opens with a date
 * and each dated entry is older than the one above (all with years, or all without), the log is
 * turned round, each dated entry keeping the undated lines below it; anything else comes back
 * as written.
 * @example latestLast(['14/11/23: Complete', '12/10/23 - in progress']) // ['12/10/23 - in progress', '14/11/23: Complete']
 * @example latestLast(['Jan update: delayed', 'Dec update: on track']) // ['Dec update: on track', 'Jan update: delayed']
 * @example latestLast(['Done', 'On track']) // ['Done', 'On track']
 */
export function latestLast(entries: readonly string[]): readonly string[] {
  if (entries.length < 2) return entries;
  const first = dateOf(entries[0] ?? '');
  if (first === null) return entries;
  const blocks: string[][] = [];
  const keys: number[] = [];
  for (const entry of entries) {
    const date = blocks.length === 0 ? first : dateOf(entry);
    if (date === null) blocks[blocks.length - 1]?.push(entry);
    else if (date.yearless !== first.yearless) return entries;
    else {
      blocks.push([entry]);
      keys.push(date.key);
    }
  }
  return blocks.length > 1 && newestFirst(keys, first.yearless) ? blocks.reverse().flat() : entries;
}
