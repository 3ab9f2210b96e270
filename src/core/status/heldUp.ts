import { decidedAs, type EntryReading } from './reading';
import { FAILED_CHECKS, LEAD_ABSENCES, LEAD_WORDS, OWN_STEP_DONE, REPLIES_AWAITED, REST_WORDS, WAIT_TROUBLE } from '../vocabulary/statusHeldOpen';
import { PREPARATORY_STEPS } from '../vocabulary/statusPreparatory';
import { PHRASE_MEANINGS, PHRASE_PATTERNS, phraseKey } from './phrases';
import { forEachMatch } from './phraseScan';
import { looseAlternation } from './alternation';

/*
 * Round 31 (SPEC 4): whole-entry readings a fresh reviewer found too mild or too harsh. A reopening after a failed
 * check ("Re-opened following re-audit – compliance 71%") is slippage; part of a set missed with the rest on track
 * ("2 of 5 milestones missed; remainder on track") is at risk; a dependency not yet confirmed, pay and posts over
 * plan, or the lead away ("Lead on long term sick") is at risk; work not started with only its paper in development is not started. A reply awaited after the
 * lead's own step ("Submitted to NHSE 01/12, awaiting feedback") is waiting on someone else, no delay named: on track.
 */

const alt = looseAlternation;
const REOPENED = /^\s*(?:[\d/.]+\s*[-–—:]\s*)?re-?\s?opened(?![\p{L}])/iu;
const FAILED = new RegExp(`(?:^|[^\\p{L}])(?:${alt(FAILED_CHECKS)})(?![\\p{L}])`, 'iu');
const MISSED_REST = new RegExp(
  `(?:missed|not\\s+met|slipped|delayed)(?![\\p{L}])[^.;\\n]{0,40}[.;,]\\s*(?:the\\s+)?(?:${alt(REST_WORDS)})(?![\\p{L}])[^.;\\n]{0,30}?on\\s+(?:track|schedule|target)`,
  'iu',
);
const DEPENDENCY = /(?:^|[^\p{L}])dependen(?:cy|cies|t|ce)\s+(?:on|upon)\s[^.;\n]{0,60}?not\s+(?:yet\s+)?(?:confirmed|agreed|secured|approved|in\s+place)(?![\p{L}])/iu;
/** "Workforce WTE above plan by 212 WTE", "Agency spend over budget": pay, posts or spend over plan. */
const OVER_PLAN = /(?:^|[^\p{L}])(?:wte|fte|workforce|establishment|pay|spend|costs?|agency|bank|overtime)\s[^.;\n]{0,30}?(?:above|over|exceeds?|exceeding)\s+(?:the\s+)?(?:plan|budget)(?![\p{L}])/iu;
/** "Lead on long term sick", "Project manager on maternity leave": no one to drive the work. */
const LEAD_AWAY = new RegExp(`(?:^|[^\\p{L}])(?:${alt(LEAD_WORDS)})\\s[^.;\\n]{0,20}?(?:${alt(LEAD_ABSENCES)})(?![\\p{L}])`, 'iu');
const NOT_BEGUN = /(?:^|[^\p{L}])not\s+(?:yet\s+)?(?:started|commenced|begun)(?![\p{L}])/iu;
const PREPARING = new RegExp(`(?:^|[^\\p{L}])(?:pid|${alt(PREPARATORY_STEPS)})\\s+(?:in\\s+development|being\\s+(?:developed|drafted|written|prepared)|in\\s+draft|under\\s+development)`, 'iu');
const WAIT = /(?:awaiting|awaited|waiting\s+for)$/i;
const OWN_STEP = new RegExp(`(?:^|[^\\p{L}])(?:${alt(OWN_STEP_DONE)})(?![\\p{L}])`, 'iu');
const REPLY = new RegExp(`(?:awaiting|waiting\\s+for)\\s+(?:[\\p{L}&]+\\s+){0,2}?(?:${alt(REPLIES_AWAITED)})(?![\\p{L}])`, 'iu');
const TROUBLE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(WAIT_TROUBLE)})(?![\\p{L}])`, 'iu');

const as = decidedAs;

/** True when every phrase of `text` rating it at risk or worse is a wait ("awaiting"): nothing else is wrong. */
function onlyWaits(text: string): boolean {
  let only = true;
  forEachMatch(PHRASE_PATTERNS, text, (m) => {
    const meaning = PHRASE_MEANINGS.get(phraseKey(m[0]));
    const bad = meaning?.kind === 'signal' && (meaning.status === 'at_risk' || meaning.status === 'off_track');
    if (bad && !WAIT.test(m[0])) only = false;
  });
  return only;
}

/** True when the entry waits for a reply to the lead's own step done, with nothing said to be wrong. */
function replyAwaited(text: string, end: number): boolean {
  return end > 0 && WAIT.test(text.slice(0, end)) && REPLY.test(text) && OWN_STEP.test(text) && !TROUBLE.test(text) && onlyWaits(text);
}

/**
 * The entry's reading with round 31's held-up and waiting rules applied.
 * @example heldUpReading({ status: 'on_track', matched: true, redated: false, text: 'Re-opened following re-audit – compliance 71%', end: -1, weak: false }).status // 'at_risk'
 * @example heldUpReading({ status: 'at_risk', matched: true, redated: false, text: 'Submitted to NHSE 01/12, awaiting feedback', end: 33, weak: false }).status // 'on_track'
 * @example heldUpReading({ status: 'at_risk', matched: true, redated: false, text: 'Awaiting response', end: 8, weak: false }).status // 'at_risk'
 */
export function heldUpReading(reading: EntryReading): EntryReading {
  const { text, status } = reading;
  if (status === 'on_track') {
    if ((REOPENED.test(text) && FAILED.test(text)) || MISSED_REST.test(text)) return as(reading, 'at_risk');
    if (NOT_BEGUN.test(text) && PREPARING.test(text)) return as(reading, 'not_started');
  }
  if (status === 'at_risk' && replyAwaited(text, reading.end)) return as(reading, 'on_track');
  const mild = status === 'unknown' || status === 'complete' || status === 'on_track';
  return mild && (DEPENDENCY.test(text) || OVER_PLAN.test(text) || LEAD_AWAY.test(text)) ? as(reading, 'at_risk') : reading;
}
