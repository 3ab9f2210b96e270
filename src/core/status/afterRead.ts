import { decidedAs, type EntryReading } from './reading';
import type { EntryScan } from './entryScan';
import { CLOSING_LAST, FULL_RESULT, NOT_DONE_REASONS, POST_FILLED_PHRASES, ROUTINE_WAITS } from '../vocabulary/statusAftermath';
import { wholeWordPattern } from './trie';
import { openAfterDone, openSaid } from './aftermath';
import { belowTargetEnd } from './belowTarget';
import { movedToMeeting } from './nowTo';
import { startToCome } from './posts';
import { levelAgainstTarget } from './target';
import { looseAlternation } from './alternation';

/*
 * Readings of a whole entry once its phrases are settled (readEntry, SPEC 4, round 25), each from a reviewer's misread:
 * an explicit closure ending the entry, or heading it, outranks the narrative between; "Not completed" is not only a
 * retraction; work reopened is under way; a missed deadline with a new date set is re-dated; a wait for the routine
 * next stage ("awaiting pre-employment checks", "results awaited") is no hold-up; a start to come, a level short of
 * its target, and a completion with the action left open (aftermath.ts) are what they say.
 */

const alt = looseAlternation;
/** "awaiting pre-employment checks", "results awaited": the next stage of work under way; not "results of the bid". */
const ROUTINE = new RegExp(
  `(?:awaiting|await|pending|waiting\\s+for)\\s+(?:the\\s+)?(?:${alt(ROUTINE_WAITS)})(?![\\p{L}])(?!\\s+of\\b)|(?:${alt(ROUTINE_WAITS)})\\s+(?:awaited|pending|to\\s+follow)(?![\\p{L}])`,
  'giu',
);
/** "Completed." heading an entry, a sentence of its own: the lead's verdict, which approvals after it only explain. */
const DONE_HEAD = /^\s*(?:completed?|done|closed|delivered|achieved|finished|implemented)\s*[.!]\s+\S/i;
/** "Not completed", "Not complete –": the work not done; "Not yet complete" and "Not completed by 31 March" are left. */
const NOT_DONE = /^\s*not\s+complete(?:d)?(?![\p{L}])/iu;
const NOT_DONE_DATED = /^\s*(?:by|before|on|in|until|within|yet|as)(?![\p{L}])/iu;
/** "Not approved", "Not in place" alone: a decision withheld or a gap, which sends the work back, so at risk (round 32). */
const NOT_DECIDED = /^\s*not\s+(?:approved|ratified|agreed|in\s+place)\s*[.!]?\s*$/i;
/** "Not yet complete; expected January": a forecast of the end after it, with or without "by" (round 32). */
const NOT_YET_EXPECTED =
  /^\s*not\s+yet\s+complete(?:d)?\s*[-–—;:,.]\s*(?:now\s+)?(?:expected|anticipated|due|forecast)\s+(?:(?:by|in|for)\s+)?(?:(?:the\s+)?end\s+(?:of\s+)?)?(?:\d|q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;
const REASONS = wholeWordPattern(NOT_DONE_REASONS);
const FILLED = wholeWordPattern(POST_FILLED_PHRASES);
/**
 * A post filled denied, or set as a condition, in its clause before it: "not yet in post", "reviewed once new lead in
 * post", "cannot start until a replacement is in post".
 */
const FILLED_DENIED = /(?:^|[^\p{L}])(?:not|no|yet|never|nobody|none|once|when|until|till|unless|if|pending|awaiting|await|until|after|before|should|will|would|to\s+be)(?![\p{L}])/iu;
const CLAUSE_BEFORE = /[^.;:\n!?–—]*$/;
/** A count of posts filled: "1.5 FTE", "2 WTE". */
const COUNTED = /\d(?:\.\d+)?\s*(?:fte|wte)(?![\p{L}])/iu;
/** One part-time post's hours, not a count of posts: "Guardian appointed (0.6 WTE)" (round 32). */
const PART_TIME = /(?<![\d.])0?\.\d+\s*(?:fte|wte)(?![\p{L}])/iu;
const WHOLE = /(?:^|[^\p{L}])(?:all|both|every|fully|full)(?![\p{L}])/iu;
/** Reopened heading the entry, after its date if any: "Reopened Jan 27 following repeat incident", "Jan 27 - Re-opened …"; "Was re-opened" and "Complete but now reopened" are left. */
const REOPENED = /^\s*(?:(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\p{L}{3,9}\.?\s+\d{2,4})\s*[-–—:]\s*)?re-?\s?opened(?![\p{L}])/iu;
const MISSED_LAST = /missed\s*$/i;
/** A new date still to set after a miss: "Missed deadline - new date to be agreed" re-dates nothing yet. */
const NO_DATE_YET = /(?:to\s+be\s+(?:agreed|confirmed|set|decided)|tb[cad]|not\s+yet\s+(?:agreed|set)|awaited|(?:awaiting|pending|seeking)\s+(?:an?\s+|the\s+)?(?:new|revised)\s+date)(?![\p{L}])/iu;
const CLOSING = new RegExp(`^(?:${alt(CLOSING_LAST)})$`, 'i');
/** A rating word ending the deciding phrase: the lead's own judgement, which a level beside it does not overrule. */
const RATED = /(?:on\s+(?:track|target|schedule|plan|trajectory)|green|in\s+line\s+with\s+(?:the\s+)?(?:plan|trajectory))\s*$/i;
const LAST_SENTENCE = /[.;\n]\s*([^.;\n]+?)\s*[.!]?\s*$/;

const as = decidedAs;

/** True when a wait for a routine next stage spans where the deciding phrase ends. */
function routineWait(text: string, end: number): boolean {
  ROUTINE.lastIndex = 0;
  for (let m = ROUTINE.exec(text); m !== null; m = ROUTINE.exec(text)) if (m.index < end && end <= m.index + m[0].length) return true;
  return false;
}

/** The class "Not completed" gives: at risk alone, off track with a reason why it failed; null otherwise (a retraction). */
function notDone(text: string): EntryReading['status'] | null {
  const m = NOT_DONE.exec(text);
  if (m === null) return null;
  const rest = text.slice(m[0].length);
  if (!/[\p{L}\d]/u.test(rest)) return 'at_risk';
  REASONS.lastIndex = 0;
  return !NOT_DONE_DATED.test(rest) && REASONS.test(rest) ? 'off_track' : null;
}

/**
 * The class of someone in post, or started in it, said at or after `end` (or anywhere, with `end` -1) and not denied:
 * complete, or on track for a count of posts short of a whole named ("1.5 FTE in post", as "4 cohorts delivered" is a
 * count of the work done); null when none is said.
 */
function postFilled(text: string, end: number): EntryReading['status'] | null {
  FILLED.lastIndex = 0;
  for (let m = FILLED.exec(text); m !== null; m = FILLED.exec(text)) {
    const clause = CLAUSE_BEFORE.exec(text.slice(0, m.index))?.[0] ?? '';
    if (m.index + m[0].length < end || FILLED_DENIED.test(clause)) continue;
    return COUNTED.test(clause) && !WHOLE.test(clause) && !PART_TIME.test(text.slice(0, m.index)) ? 'on_track' : 'complete';
  }
  return null;
}

/**
 * The entry's reading with round 25's whole-entry rules applied; `scan` is its phrase scan.
 * @example afterRead({ status: 'unknown', matched: true, redated: false, text: 'Not completed', end: -1, weak: false }, startScan('Not completed')).status // 'at_risk'
 */
export function afterRead(reading: EntryReading, scan: EntryScan): EntryReading {
  const { text, status, end } = reading;
  // "ToR agreed …; group now meets monthly. Close.": a closure said last is the lead's instruction.
  const last = LAST_SENTENCE.exec(text)?.[1];
  if (status !== 'complete' && status !== 'off_track' && last !== undefined && CLOSING.test(last)) return as(reading, 'complete');
  // "Completed. Business case approved … and posts funded.": the approval explains the completion.
  if (status === 'on_track' && reading.goAhead === true && DONE_HEAD.test(text)) return as(reading, 'complete');
  if (status === 'unknown' && reading.matched) {
    const not = notDone(text);
    if (not !== null) return as(reading, not);
    if (NOT_YET_EXPECTED.test(text)) return as(reading, 'on_track');
    if (NOT_DECIDED.test(text)) return as(reading, 'at_risk');
    if (REOPENED.test(text)) return as(reading, 'on_track');
  }
  // "Position paper now to Jan CAB": sent on to a later meeting is slippage, unless a completion before it makes it the next stage.
  const moved = status === 'unknown' || status === 'on_track' || !reading.matched ? movedToMeeting(text) : -1;
  if (moved >= 0 && (scan.doneEnd < 0 || scan.doneEnd > moved)) return { ...as(reading, 'at_risk'), redated: true };
  // "Re-audit shows 100% compliance": a result of full compliance is the standard met.
  if ((status === 'unknown' || !reading.matched) && FULL_RESULT.test(text)) return as(reading, 'complete');
  // "Deadline missed - now expected by end of April": a new date set, so re-dated, as "new date agreed" is (SPEC 4).
  if (status === 'off_track' && reading.redated && end > 0 && MISSED_LAST.test(text.slice(0, end)) && !NO_DATE_YET.test(text.slice(end))) return as(reading, 'at_risk');
  if (status === 'at_risk' && end > 0) {
    if (routineWait(text, end)) return as(reading, 'on_track');
    // "Signed off by Division; awaiting Trust sign off at March PAG": the next meeting's approval is governance to come.
    if (scan.doneEnd >= 0 && scan.doneEnd < end && openAfterDone(text, scan.doneEnd) === 'on_track') return as(reading, 'on_track');
  }
  // Not after "Not started - lead recruited, starts January", whose own rating heads it.
  if ((status === 'complete' || status === 'unknown' || !reading.matched) && startToCome(text)) return as(reading, 'on_track');
  // "Staff now in post", "Post holder commenced in role Jan 27": someone in post is the post filled, read where
  // nothing else gives a class or only the start word does ("started", "commenced" alone are work begun).
  // Where a whole-entry rule decided (end -1: "Posts appointed to, start dates Jan and Feb. All staff now in post."),
  // only the last sentence's post filled is news after it.
  const lastAt = LAST_SENTENCE.exec(text);
  const from = !reading.matched ? -1 : end >= 0 ? end : lastAt === null ? 0 : lastAt.index + lastAt[0].indexOf(lastAt[1] ?? '');
  const filled = !reading.matched || status === 'on_track' ? postFilled(text, from) : null;
  if (filled !== null && !startToCome(text)) return as(reading, filled);
  // "52 week waits 1,420 vs trajectory 1,100; validation sprint underway": work under way is the response to a level
  // off its target, which says how the work stands; a rating the lead gives ("On track - compliance 78% …") stands.
  if ((status === 'on_track' && !RATED.test(text.slice(0, Math.max(0, end)))) || status === 'at_risk') {
    const level = levelAgainstTarget(text);
    if (level === 'off_track' || (level === 'at_risk' && status === 'on_track')) return as(reading, level);
  }
  if (status === 'complete' || status === 'on_track' || status === 'unknown' || !reading.matched) {
    const below = belowTargetEnd(text);
    if (below >= 0 && below >= end) return as(reading, 'at_risk');
  }
  if (status !== 'complete') return reading;
  const open = openAfterDone(text, end);
  if (open !== null) return as(reading, open);
  return openSaid(text) ? as(reading, 'on_track') : reading;
}
