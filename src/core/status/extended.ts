import { EXTENDED_FOLLOWERS, EXTENSION_DENIALS, OWN_TIME_NOUNS } from '../vocabulary/statusExtension';
import type { EntryReading } from './reading';
import { phraseAlternation } from './alternation';

/*
 * The work's own dates extended, with words between the date and the verb that the phrase list
 * cannot hold ("Closing date for applications extended", "Timeline extended"): at risk and
 * re-dated, as "Deadline extended" is. An extension that is the deliverable names no date of the
 * work ("Service extended to weekends"), and "extended" before a noun describes it ("Extended hours").
 */

/** How many words may name what the date is of: "closing date for applications to the programme". */
const GAP = 5;
const EXTENDED = new RegExp(
  `\\b(?:${phraseAlternation(OWN_TIME_NOUNS)})\\b((?:\\s+[\\p{L}\\p{N}'’&/-]+){0,${GAP}}?)\\s+extended` +
    `(?=\\s*$|\\s*[,.;:()–—-]|\\s+(?:${phraseAlternation(EXTENDED_FOLLOWERS)})\\b)`,
  'iu',
);
const DENIAL = new RegExp(`\\b(?:${phraseAlternation(EXTENSION_DENIALS)})\\b`, 'i');

/**
 * True when `text` says the work's own dates were extended.
 * @example ownTimeExtended('Closing date for applications extended') // true
 * @example ownTimeExtended('Service extended to weekends') // false
 * @example ownTimeExtended('Deadline not extended') // false
 */
export function ownTimeExtended(text: string): boolean {
  // Most entries say nothing of an extension: one cheap test before the pattern.
  if (!/extended/i.test(text)) return false;
  const m = EXTENDED.exec(text);
  return m !== null && !DENIAL.test(m[1] ?? '');
}

/**
 * An entry's reading once its own dates are known to be extended: re-dated, and at risk where
 * nothing else in it gives a class (or only an event does).
 * @example withExtension({ status: 'unknown', matched: false, redated: false, text: 'Timeline extended', end: -1, weak: false }).status // 'at_risk'
 */
export function withExtension(reading: EntryReading): EntryReading {
  if (reading.matched && !reading.weak) return { ...reading, redated: true };
  return { status: 'at_risk', matched: true, redated: true, text: reading.text, end: -1, weak: false };
}
