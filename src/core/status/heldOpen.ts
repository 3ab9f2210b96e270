import type { EntryReading } from './reading';
import { DRAFT_DECISIONS, DRAFT_FINAL_WORDS, WHOLE_WORK_WORDS, WINDOW_OPEN_UNTIL } from '../vocabulary/statusHeldOpen';
import { DECISIONS_SOUGHT } from '../vocabulary/statusPreparatory';
import { clauseWords, isTime } from './clauseWords';
import { looseAlternation } from './alternation';

/*
 * Round 31 (SPEC 4): a completion that does not close the whole action, each a false Complete a fresh reviewer found,
 * which took the action off the exceptions list. A count or share of the work short of all of it ("98 of 113 items
 * complete", "60% of templates built"), a draft done that goes on for approval, an instance of recurring work with the
 * next to come ("audit complete for Q2; Q3 audit scheduled"), a window still open ("launched 1 Dec, closes 31 Jan"),
 * work sent for review, or a minor step said after a headline that the work is on track for a later date: each leaves
 * the work under way. A formality awaited after the work ("Complete - awaiting evidence") stays complete (round 26).
 */

const alt = looseAlternation;
/** "98 of 113", "3 out of 4": a count of a whole. */
const COUNT_OF = /(?:^|[^\d.,/])(\d{1,5})\s+(?:of|out\s+of)\s+(\d{1,5})(?![\d/])/giu;
/** "Action complete; evidence not yet provided": reported done with its evidence denied, not closed (as round 14's "… but evidence not yet received"). */
const EVIDENCE_DENIED = /^[^.\n]{0,30}?(?:^|[^\p{L}])evidence\s+(?:has\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:provided|received|submitted|supplied|uploaded)(?![\p{L}])/iu;
/** "60% of": a share of a whole. */
const SHARE_OF = /(?:^|[^\d.])(\d{1,3}(?:\.\d+)?)\s*%\s+of\s/giu;
const LEFT = /(?:^|[^\p{L}])(?:outstanding|remaining|left|not|to\s+go)(?![\p{L}])/iu;
const DRAFT = /(?:^|[^\p{L}])draft(?![\p{L}])/iu;
const DRAFT_FINAL = new RegExp(`(?:${alt(DRAFT_FINAL_WORDS)})\\s*$`, 'i');
/** A draft going on for a decision, in the sentence after it: "- to PRG for approval Jan". */
const DRAFT_ONWARD = new RegExp(`^[^.\\n]*?\\bfor\\s+(?:${alt(DRAFT_DECISIONS)})(?![\\p{L}])`, 'iu');
const WINDOW = new RegExp(`^[^.;\\n]*?(?:^|[^\\p{L}])(?:${alt(WINDOW_OPEN_UNTIL)})(?:\\s+on)?\\s+([^.;\\n]{1,20})`, 'iu');
/** The completion is the sending itself: "… submitted", "… sent". */
const SENT = /(?:submitted|sent|shared|circulated|issued)(?:\s+to)?\s*$/i;
/** "to ICS for review": sent for a reply still to come (not "for noting"), in the same clause. */
const FOR_REPLY = new RegExp(`^[^.;\\n]{0,60}?\\bfor\\s+(?:${alt([...DECISIONS_SOUGHT, 'review', 'comment', 'comments', 'feedback'])})(?![\\p{L}])`, 'iu');
/** "complete for Q2", "done for November": one period's instance of the work. */
const FOR_PERIOD = /^\s+for\s+(q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)(?![\p{L}])/iu;
/** Another instance set for later, in a clause of its own: "; Q3 audit scheduled Dec", ". Next audit due March". */
const NEXT_SET = /[.;,\n]\s*(?:the\s+)?(?:next|q[1-4])\s[^.;\n]{0,40}?(?:scheduled|planned|booked|due|to\s+follow)(?![\p{L}])/iu;
/** "remains on track for 3 March", "on schedule to go live": the headline puts the end of the work later. */
const HEADLINE_LATER = /(?:^|[^\p{L}])on\s+(?:track|schedule|target)\s+(?:for|to)(?![\p{L}])/iu;
const WHOLE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(WHOLE_WORK_WORDS)})(?![\\p{L}])`, 'iu');

/** The clause (between ; . or a line break) that ends at `end`. */
const clauseBefore = (text: string, end: number): string => {
  const before = text.slice(0, end);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('\n'), before.search(/\.\s[^.]*$/));
  return before.slice(cut + 1);
};

/** True when `clause` counts or shares out part of a whole: a count n of m with n < m, or a share under 100%. */
function partOfWhole(clause: string): boolean {
  for (const m of clause.matchAll(COUNT_OF)) if (Number(m[1]) < Number(m[2])) return true;
  // "0% of staff outstanding" counts what is left, not what is done.
  for (const m of clause.matchAll(SHARE_OF)) if (Number(m[1]) < 100 && !LEFT.test(clause.slice(m.index))) return true;
  return false;
}

/** True when the completion ending at `end` is one period's instance with another set for later. */
function instanceDone(text: string, end: number): boolean {
  return FOR_PERIOD.test(text.slice(end, end + 20)) && NEXT_SET.test(text.slice(end));
}

/** True when a window still open follows the completion: "launched 1 Dec, closes 31 Jan". */
function stillOpen(text: string, end: number): boolean {
  const m = WINDOW.exec(text.slice(end));
  return m !== null && clauseWords(m[1] ?? '').some(isTime);
}

/** True when a sentence before the completion's says the work is on track for a later end, and its own names no whole. */
function stepAfterHeadline(text: string, end: number): boolean {
  const before = text.slice(0, end);
  const sentence = before.search(/[.!?]\s+[^.!?]*$/);
  return sentence > 0 && HEADLINE_LATER.test(before.slice(0, sentence)) && !WHOLE.test(before.slice(sentence));
}

/**
 * The entry's reading with round 31's open completions read as under way: on track where a completion decided it.
 * @example heldOpenReading({ status: 'complete', matched: true, redated: false, text: 'Draft policy complete - to PRG for approval', end: 21, weak: false }).status // 'on_track'
 * @example heldOpenReading({ status: 'complete', matched: true, redated: false, text: '98 of 113 items complete', end: 24, weak: false }).status // 'on_track'
 * @example heldOpenReading({ status: 'complete', matched: true, redated: false, text: 'Policy approved', end: 15, weak: false }).status // 'complete'
 */
export function heldOpenReading(reading: EntryReading): EntryReading {
  const { text, status, end } = reading;
  if (status !== 'complete') return reading;
  // A whole-entry rule's completion ("4 of 6 in post", status/posts.ts) has no phrase end: the count is read over the entry.
  if (end < 0) return partOfWhole(text) ? { ...reading, status: 'on_track', weak: false, step: false, goAhead: false } : reading;
  const clause = clauseBefore(text, end);
  const after = text.slice(end);
  // A draft done that goes on for a decision: "Draft policy complete - to PRG for approval Jan" ("Draft plan completed." alone may be the step itself).
  const draft = DRAFT.test(clause) && !DRAFT_FINAL.test(clause) && DRAFT_ONWARD.test(after);
  const sentFor = SENT.test(clause) && FOR_REPLY.test(after);
  const open = partOfWhole(clause) || draft || sentFor || EVIDENCE_DENIED.test(after) || instanceDone(text, end) || stillOpen(text, end) || stepAfterHeadline(text, end);
  return open ? { ...reading, status: 'on_track', weak: false, step: false, goAhead: false } : reading;
}
