import {
  EARLIER_REVISION_WORDS,
  MOVED_FROM_WORDS,
  PREVIOUS_DATE_WORDS,
  REVISION_WORDS,
  WEAK_REVISION_WORDS,
} from '../vocabulary/timeframeMarkers';
import { opensLabel } from './labels';
import { alternation } from './lexicon';

/*
 * "End of Nov 22 revised to End of Jan 23", "31/10/22 (new date 30/11/22)", "Dec 22 - moved to
 * Feb 23": one step, several dates; the one after the last revision word is the deadline, or the
 * one before it when the word is a label closing the cell ("Mar 25 (revised)").
 */

const REVISION_RE = new RegExp(
  // The words for a replaced date come first: "revised from" must not stop at "revised".
  // An arrow needs no space round it ("q4>q1", "mar>jun"); a word needs a letter boundary.
  `(?:(?<![a-z])|(?=[\\s>=→⇒-]))(?:(${alternation(PREVIOUS_DATE_WORDS)})|(${alternation(MOVED_FROM_WORDS)})|${alternation(REVISION_WORDS)}|(${alternation(WEAK_REVISION_WORDS)}))(?:(?![a-z])|(?<=[>→⇒]))[\\s:=(,-]*(?:(?:to|until|for|due)\\s+)?`,
  'g',
);
const EARLIER_RE = new RegExp(`^${alternation(EARLIER_REVISION_WORDS)}`);
/** Nothing but closing punctuation after a revision word: the word labels the date before it. */
const LABEL_END_RE = /^[\s)\].,;:-]*$/;
/** The label's own opening bracket ("Mar 25 (revised)"). */
const LABEL_OPEN_RE = /[([]\s*$/;
/** A bracket closing right after a word for the replaced date, with more after it ("Apr 25 (original) Sept 25"). */
const CLOSED_LABEL_RE = /^\s*[)\]]\s*(?=\S)/;
/** Where the date a label names begins: after the last bracket, comma or semicolon before it. */
const SEGMENT_BREAKS = ['(', ')', '[', ']', ',', ';'];
/**
 * "Moved from Q3 to Q4": after a word naming the date replaced, "X to Y" is no range but the old
 * date and the new one. Only when the old date comes first, right after the word.
 */
const FROM_TO_RE = /\s+(?:to|until|till|->|=>|→)\s+(?=\S)/;

/**
 * The text either side of the last revision word; whether that word is a weak one ("now");
 * whether it points back at the date replaced ("was", "revised from"), leaving the deadline
 * before it; and whether it moves the deadline earlier ("brought forward").
 */
export interface Revision {
  before: string;
  after: string;
  weak: boolean;
  previous: boolean;
  earlier: boolean;
  /** The word labels the date written before it ("Mar 25 (revised)") rather than leading to the new date. */
  label: boolean;
}

/**
 * Splits normalised text at its last revision word, or null when it has none.
 * @example findRevision('dec 22 - moved to feb 23') // { before: 'dec 22 - ', after: 'feb 23', weak: false, previous: false, earlier: false, label: false }
 * @example findRevision('mar 24 (was dec 23)') // { before: 'mar 24 (', after: 'dec 23)', weak: true, previous: true, earlier: false, label: false }
 * @example findRevision('sept 23 (revised from june)') // { before: 'sept 23 (', after: 'june)', weak: false, previous: true, earlier: false, label: false }
 * @example findRevision('moved from q3 to q4') // { before: 'q3', after: 'q4', weak: false, previous: false, earlier: false, label: false }
 * @example findRevision('apr 25 (original) sept 25') // { before: 'apr 25 (', after: 'sept 25', weak: true, previous: false, earlier: false, label: false }
 * @example findRevision('dec 24 (original) mar 25 (revised)') // { before: 'dec 24 (original)', after: ' mar 25 ', weak: false, previous: false, earlier: false, label: true }
 */
export function findRevision(s: string): Revision | null {
  REVISION_RE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = REVISION_RE.exec(s); m !== null; m = REVISION_RE.exec(s)) {
    // "Revised SOP – May 25": the word names the work whose date follows, and moves no date.
    if (!opensLabel(s.slice(m.index + m[0].length))) last = m;
  }
  if (last === null) return null;
  const weak = last[1] !== undefined || last[3] !== undefined;
  const previous = last[1] !== undefined || last[2] !== undefined;
  const earlier = EARLIER_RE.test(last[0]);
  const after = s.slice(last.index + last[0].length);
  const fromTo = last[2] !== undefined ? FROM_TO_RE.exec(after) : null;
  if (fromTo !== null) {
    // The deadline is the date after "to", re-dated from the one before it, as in "Q3 moved to Q4".
    return { before: after.slice(0, fromTo.index), after: after.slice(fromTo.index + fromTo[0].length), weak: false, previous: false, earlier, label: false };
  }
  const closed = previous ? CLOSED_LABEL_RE.exec(after) : null;
  if (closed !== null) {
    // "Apr 25 (original) Sept 25 (agreed)": the label names the date before it; the new date follows.
    return { before: s.slice(0, last.index), after: after.slice(closed[0].length), weak: true, previous: false, earlier, label: false };
  }
  if (LABEL_END_RE.test(after)) {
    // "Dec 24 (original) Mar 25 (revised)": a label closing the cell names the date just before it,
    // which stands in for the date after the word, as in "Dec 24 revised Mar 25".
    const head = s.slice(0, last.index).replace(LABEL_OPEN_RE, '');
    const start = Math.max(...SEGMENT_BREAKS.map((c) => head.lastIndexOf(c))) + 1;
    return { before: head.slice(0, start), after: head.slice(start), weak, previous, earlier, label: true };
  }
  return { before: s.slice(0, last.index), after, weak, previous, earlier, label: false };
}
