import { opensWithDate } from './updateLog';

/*
 * A log of dated updates is not always one update a line: typed or pasted as one paragraph,
 * "Oct 24: delayed - revised to Feb 25. Sep 24: on track" holds two. A date opens an entry only
 * where an entry can start, at the start of the text, a line or a sentence (after ". ", "; ",
 * "! " or "? "), so a date inside a sentence ("revised to Feb 25", "next on 12/12") stays part
 * of it, and text with fewer than two dated openings is never split.
 */

/** Where an entry can start: after a line break or a sentence's end. Neither part can backtrack. */
const BOUNDARY = /\n\s*|[.;!?]\s+/g;
/** Enough text after a boundary for a date and its lead-in ("Position at 14th November 2024:"). */
const LOOK = 40;
/** Without a sentence end inside it, a line is one entry: the cheap test most cells stop at. */
const SENTENCE_END = /[.;!?]\s/;
/** A semicolon parts entries; a full stop ends the last sentence of one, and stays. */
const PARTING = /\s*;$/;

/**
 * Where each entry that opens with a date starts in `text`: at its start, after a line break or
 * after a sentence's end, in order.
 * @example datedStarts('Oct 24: delayed - revised to Feb 25. Sep 24: on track') // [0, 37]
 * @example datedStarts('Meeting held 14/11, next on 12/12') // []
 */
export function datedStarts(text: string): number[] {
  return laterStarts(text, opensWithDate(text.slice(0, LOOK)) ? [0] : []);
}

/** `starts` with each later dated entry's start added: a line's first entry is asked about apart. */
function laterStarts(text: string, starts: number[]): number[] {
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index + m[0].length;
    if (at < text.length && opensWithDate(text.slice(at, at + LOOK))) starts.push(at);
  }
  return starts;
}

/**
 * A line that is a log of dated updates split into its entries, each opening with its date, or
 * null when the line does not open with a date or holds no second dated entry.
 * @example splitDatedLog('20/11/24 overdue; 01/09/24 complete phase 1') // ['20/11/24 overdue', '01/09/24 complete phase 1']
 * @example splitDatedLog('[15/11] Complete. [01/09] Delayed') // ['[15/11] Complete.', '[01/09] Delayed']
 * @example splitDatedLog('Oct 24: meeting held 14/11, next on 12/12') // null
 */
export function splitDatedLog(line: string): string[] | null {
  // Most lines are not logs: the opening date is looked for before any later one.
  if (!SENTENCE_END.test(line) || !opensWithDate(line.slice(0, LOOK))) return null;
  const starts = laterStarts(line, [0]);
  if (starts.length < 2) return null;
  return starts.map((at, i) => line.slice(at, starts[i + 1]).trim().replace(PARTING, ''));
}
