import { SENTENCE_END } from './clauses';
import type { StatusClass } from '../types';
import type { EntryScan } from './entryScan';

/*
 * A negative headline and its reason (SPEC 4, round 27): "Not on track – recurrent funding not confirmed by ICB",
 * "Off track; funding delayed". The latest entry wins, not the latest phrase inside one: the words after the dash
 * or semicolon say why the headline holds, also after a short subject (round 32: "MFA rollout stalled - licence
 * funding not agreed", "RAG red: funding not secured"), so a milder word among them ("delayed") does not soften it. A deadline
 * moved to a date ("Missed deadline - new date agreed for March") is news of its own, and a recovery ("now back on
 * track") is no at-risk word, so both still decide.
 */

/** The mark that hangs a reason on a headline: a dash, semicolon or colon right after it. */
const REASON_MARK = /^\s*[-–—;:]/;
/** What may stand before the headline: nothing, or a short subject of its own ("MFA rollout stalled – …", "RAG red: …"). */
const SUBJECT = /^\s*(?:[\p{L}\d][\p{L}\d'’&/]*\s+){0,4}$/u;

/**
 * True when the at-risk phrase at `start` only gives the reason for the off-track headline the scan `s` holds:
 * the headline opens the entry, after at most a short subject (round 32), and a dash, semicolon or colon follows it,
 * in one sentence; `moved` is true when the phrase moved the deadline to a date.
 * @example explainsHeadline({ ...startScan('Not on track; funding delayed'), status: 'off_track', end: 12, negative: 0 }, 'at_risk', 22, false) // true
 * @example explainsHeadline({ ...startScan('MFA rollout stalled - funding not agreed'), status: 'off_track', end: 19, negative: 12 }, 'at_risk', 22, false) // true
 * @example explainsHeadline({ ...startScan('Behind plan – recruitment slipped'), status: 'at_risk', end: 11, negative: 0 }, 'at_risk', 26, false) // false
 */
export function explainsHeadline(s: EntryScan, found: StatusClass | null, start: number, moved: boolean): boolean {
  if (found !== 'at_risk' || s.status !== 'off_track' || moved || s.negative < 0 || s.end < 0 || s.end > start) return false;
  if (!SUBJECT.test(s.text.slice(0, s.negative))) return false;
  const between = s.text.slice(s.end, start);
  return REASON_MARK.test(between) && !SENTENCE_END.test(between);
}
