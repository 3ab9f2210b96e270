import { alternation } from '../timeframe/lexicon';
import {
  DATE_LABEL_WORDS,
  MOVED_FROM_WORDS,
  PREVIOUS_DATE_WORDS,
  REVISION_WORDS,
  WEAK_REVISION_WORDS,
} from '../vocabulary/timeframeMarkers';
import { DATE_PIECE, isDateOnly } from './dateList';

/*
 * SPEC 2.3: "Guideline – Feb 25; Audit – May 25", "Phase 1: Dec 24 / Phase 2: Mar 25" name a
 * piece of work and its date, one after another: separate entries, lined up with the next steps
 * as dates on their own lines are. Labels that say which date a date is ("Original: Dec 24;
 * Revised: Mar 25", "Plan – Dec 24 / Forecast – Mar 25") keep the cell whole: one step, re-dated.
 */

/** Between entries: a semicolon, a pipe, or a slash with spaces round it ("31/03/24" keeps its own). */
const BREAK = /\s*[;|]\s*|\s+\/\s+/;
const MAY_BREAK = /[;|]|\s\/\s/;
/** A label of up to five words, then a colon or a spaced dash, then a date and nothing else. */
const LABELLED = new RegExp(`^([a-z][\\w&'./()]*(?:\\s+[\\w&'./()]+){0,4}?)\\s*(?::|\\s[-–—]+)\\s*(?:${DATE_PIECE})$`, 'i');
const DATE_NOUNS = '(?:\\s+(?:date|deadline|target|target date|completion date|due date|timescale|time frame|timeframe))?';
/** A label that only says which of one step's dates this is. */
const DATE_LABEL = new RegExp(
  `^(?:${alternation([...REVISION_WORDS, ...PREVIOUS_DATE_WORDS, ...WEAK_REVISION_WORDS, ...MOVED_FROM_WORDS, ...DATE_LABEL_WORDS])})${DATE_NOUNS}$`,
  'i',
);

/**
 * The entries of a one-line list of labelled dates, or null when `text` is not one: every part
 * must be a label and a date, no label a date itself or a word for one of a step's dates.
 * @example splitLabelledDates('Guideline – Feb 25; Audit – May 25') // ['Guideline – Feb 25', 'Audit – May 25']
 * @example splitLabelledDates('Phase 1: Dec 24 / Phase 2: Mar 25') // ['Phase 1: Dec 24', 'Phase 2: Mar 25']
 * @example splitLabelledDates('Original: Dec 24; Revised: Mar 25') // null
 */
export function splitLabelledDates(text: string): string[] | null {
  if (!MAY_BREAK.test(text)) return null;
  const parts = text.split(BREAK);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const label = LABELLED.exec(part)?.[1];
    if (label === undefined || isDateOnly(label) || DATE_LABEL.test(label)) return null;
  }
  return parts;
}

/**
 * `entries` with each one-line list of labelled dates split (splitLabelledDates): the same array
 * when none is, as with nearly every cell, so the common case makes no new array.
 * @example splitLabelledEntries(['Guideline – Feb 25; Audit – May 25', 'End of Jun 25']) // ['Guideline – Feb 25', 'Audit – May 25', 'End of Jun 25']
 */
export function splitLabelledEntries(entries: string[]): string[] {
  let out: string[] | null = null;
  entries.forEach((entry, i) => {
    const split = MAY_BREAK.test(entry) ? splitLabelledDates(entry) : null;
    if (split !== null) (out ??= entries.slice(0, i)).push(...split);
    else out?.push(entry);
  });
  return out ?? entries;
}
