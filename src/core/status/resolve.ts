import type { StatusClass } from '../types';
import { NEGATED_CLASS, NOT_ALL_ADVERBS, NOT_DONE_BARE } from '../vocabulary/statusGrammar';
import { NOT_DONE_IS_NOT_BEGUN } from '../vocabulary/statusAssurance';
import { EARLY_WORK_NOT_BEGUN } from '../vocabulary/statusEarlyWork';
import { LEVEL_PHRASES } from '../vocabulary/statusShare';
import { SERIES_EVENT_PHRASES } from '../vocabulary/statusEvents';
import { BLOCKED_PHRASES, BLOCKED_WAITS } from '../vocabulary/statusPlans';
import { PLAIN_BLOCKED } from '../vocabulary/statusPlain';
import { byDeadline } from './byDate';
import { isImperative, readContext, type PhraseContext } from './context';
import { doubted } from './doubt';
import { hedged } from './hedge';
import { askedOnly, questioned } from './query';
import { partlyDone, percentAround } from './share';
import { phraseKey } from './phrases';
import type { PhraseMeaning } from './phrases';
import { recurs } from './remaining';
import { runningTally } from './tally';
import { denied } from './denial';
import { aboutOtherAction } from './otherAction';
import { notAll, partOnly } from './partOnly';
import { scopedPart } from './scopedPart';
import { nextPartSet } from './nextPart';
import { placeSubset } from './placeSubset';
import { deadlineAfter, stoppedSince } from './missed';
import { shortOfTargetAfter } from './targetAfter';
import { reversedAfter } from './reversal';
import { subStepOf } from './subStep';
import { countedUnits, nextOccurrence, routineSent } from './occurrence';
import { STALL_PHRASES } from '../vocabulary/statusWords';
import { ON_TRACK_IN_PART } from '../vocabulary/statusCourse';

/* What one matched phrase says in its place in an entry: negated, in the future, in part or whole. */

const WAITS_ON = /^\s+(?:until|till|unless|before|once|when)\b/i;
const WILL_BEFORE = /(?:^|[^\p{L}])(?:will|shall)\s+$/iu;
/** "Did not complete by deadline", "Was not completed": the retraction in the past tense, so it did not happen. */
const PAST_BEFORE = /(?:^|[^\p{L}])(?:did|was|were|could)\s+$/iu;
const NOT_ALL = `(?:${NOT_ALL_ADVERBS.join('|')})`;
/** "Not fully implemented", "not consistently achieved": done in part ("has not been fully implemented" stays not done). */
const NOT_FULLY_BEFORE = new RegExp(`\\bnot\\s+(?:yet\\s+)?(?:${NOT_ALL}\\s+)?$`, 'i');
const ALL_BEFORE = new RegExp(`${NOT_ALL}\\s+$`, 'i');
/** "Not fully on track", "not quite on schedule": on track in part, so at risk. */
const NOT_QUITE_BEFORE = new RegExp(`\\bnot\\s+(?:${ON_TRACK_IN_PART.join('|')})\\s+$`, 'i');
const LEVEL: ReadonlySet<string> = new Set(LEVEL_PHRASES.map(phraseKey));
const SERIES: ReadonlySet<string> = new Set(SERIES_EVENT_PHRASES.map(phraseKey));
const NOT_BEGUN: ReadonlySet<string> = new Set([...NOT_DONE_IS_NOT_BEGUN, ...EARLY_WORK_NOT_BEGUN].map(phraseKey));
const NOT_BEGUN_BARE: ReadonlySet<string> = new Set(NOT_DONE_BARE.map(phraseKey));
/** A bare "not" right before the phrase, with no "yet" (NOT_DONE_BARE). */
const BARE_NOT = /(?:^|[^\p{L}])not\s+$/iu;
const YET_AFTER = /^\s+yet\b/i;
/** "not", "not yet", "not been" right before a completion: the lead's own denial, not a doubt's. */
const NOT_BEFORE = /(?:^|[^\p{L}])not\s+(?:yet\s+)?(?:been\s+)?$/iu;
const BLOCKED: ReadonlySet<string> = new Set([...BLOCKED_PHRASES, ...PLAIN_BLOCKED].map(phraseKey));
const STALL: ReadonlySet<string> = new Set(STALL_PHRASES.map(phraseKey));
const BLOCKED_WAIT = new RegExp(`^\\s+(?:${BLOCKED_WAITS.join('|')})\\b`, 'i');

/**
 * The context a phrase from `start` to `end` is read in: tense matters for completions and starts only.
 * @example contextOf(PHRASE_MEANINGS.get('completed')!, 'To be completed', 6) // 'prospective'
 */
export function contextOf(meaning: PhraseMeaning, text: string, start: number, end = start): PhraseContext {
  const signal = meaning.kind === 'signal';
  // "No reason to think this won't be delivered": what the lead denies will happen.
  if (denied(text, start)) return 'negated';
  const tense = signal && (meaning.status === 'complete' || meaning.start);
  const context = readContext(text, start, tense, signal && meaning.rating);
  // "Closed by 31 March" is a deadline, to come as "to be closed by" is; "Closed 3 March" happened.
  if (context === 'plain' && signal && meaning.status === 'complete' && !meaning.start && byDeadline(text, start, end)) return 'prospective';
  // "No evidence that the training has been delivered": a doubt reaches further back than a negator.
  if (tense && (context === 'plain' || context === 'progressive') && doubted(text, start, end)) return 'negated';
  // "Complete? Awaiting confirmation from lead": a completion in doubt is work got that far, not done.
  // "Believed to be complete" is in doubt, not to come: the doubt puts the "to be" before the completion.
  const asked = (context === 'plain' || context === 'prospective') && signal && meaning.status === 'complete' && !meaning.start;
  return asked && questioned(text, start, end, context === 'prospective') ? 'questioned' : context;
}

/**
 * The class of the phrase `key` from `start` to `end` in its context, 'unknown' for a
 * retraction, or null to ignore it; a hedge ("may not be met") makes off track a risk, as a wait after
 * a block does ("Cannot proceed until funding confirmed").
 * @example resolvePhrase(PHRASE_MEANINGS.get('complete')!, 'plain', '90% complete', 4, 12, 'complete') // 'on_track'
 */
export function resolvePhrase(
  meaning: PhraseMeaning,
  context: PhraseContext,
  text: string,
  start: number,
  end: number,
  key: string,
): StatusClass | null {
  const found = resolveUnhedged(meaning, context, text, start, end, key);
  if (found !== 'off_track') return found;
  // "Cannot proceed until funding confirmed" waits on something: held up, not blocked.
  const waits = BLOCKED.has(key) && BLOCKED_WAIT.test(text.slice(end, end + 12));
  return waits || hedged(text, start, key) ? 'at_risk' : found;
}

function resolveUnhedged(
  meaning: PhraseMeaning,
  context: PhraseContext,
  text: string,
  start: number,
  end: number,
  key: string,
): StatusClass | null {
  if (meaning.kind === 'ignored' || meaning.kind === 'moved' || meaning.kind === 'remaining' || meaning.kind === 'condition' || meaning.kind === 'reassurance') {
    return null;
  }
  if (context === 'past') return null;
  // "Will not complete by March" rules the completion out, as "won't be completed" does; "will not complete until …" waits.
  if (meaning.kind === 'retraction') {
    if (context === 'negated') return null;
    const before = text.slice(Math.max(0, start - 8), start);
    // "Not completed by deadline": the deadline passed with the work undone, as "did not complete by" it.
    const ruled = WILL_BEFORE.test(before) || (key.startsWith('not') && (PAST_BEFORE.test(before) || deadlineAfter(text, end)));
    return ruled && !WAITS_ON.test(text.slice(end, end + 12)) ? 'off_track' : 'unknown';
  }
  if (context === 'questioned') return askedOnly(text, start, end) ? null : 'on_track';
  const { status, start: isStart } = meaning;
  // "Cannot be closed until evidence received" waits on something: not done, not ruled out.
  const ruledOut = context === 'ruled_out' && !WAITS_ON.test(text.slice(end, end + 12));
  const before = text.slice(Math.max(0, start - 20), start);
  const denies = (context === 'negated' || context === 'ruled_out') && status === 'complete';
  const fully = NOT_FULLY_BEFORE.test(before) && (key.startsWith('fully') || ALL_BEFORE.test(before));
  if (denies && (fully || notAll(text, start))) return 'at_risk';
  if (context === 'negated' && status === 'on_track' && !isStart && NOT_QUITE_BEFORE.test(before)) return 'at_risk';
  // "Not finished by the agreed date", "Not yet achieved by deadline": the deadline passed with the work undone.
  if (context === 'negated' && status === 'complete' && NOT_BEFORE.test(before) && deadlineAfter(text, end)) return 'off_track';
  // "Not implemented": nothing done, where "not fully implemented" (above) or "has not been fully
  // implemented" is short of done, and a doubt ("no evidence it has been implemented") says nothing.
  const bare = NOT_BEGUN_BARE.has(key) && BARE_NOT.test(before) && !YET_AFTER.test(text.slice(end, end + 6));
  if (context === 'negated' && (NOT_BEGUN.has(key) || bare) && !ALL_BEFORE.test(before) && !doubted(text, start, end)) return 'not_started';
  if (context === 'negated' || context === 'ruled_out') return isStart ? 'not_started' : ruledOut ? 'off_track' : NEGATED_CLASS[status];
  if (context === 'prospective') return isStart ? 'not_started' : null;
  if (context === 'progressive') return 'on_track';
  if (key === 'complete' && isImperative(text, end)) return null;
  if (STALL.has(key) && stoppedSince(text, end)) return 'off_track';
  if (status === 'complete') {
    // Another action's completion says nothing of this one ("Depends on 2.1 (complete)").
    if (aboutOtherAction(text, start)) return null;
    // "Achieved 78% vs 85% target", "Achieved but not sustained", "Completed: No", "Done - partly": the words after undo it.
    const undone = shortOfTargetAfter(text, end) ?? reversedAfter(text, end) ?? subStepOf(text, start, end, key);
    if (undone !== null) return undone;
    // Events at a frequency ("Meetings held monthly") or in the plural ("Outreach events held") are work going on.
    if (meaning.event && (SERIES.has(key) || recurs(text, end))) return 'on_track';
    // "4 cohorts delivered", "Q2 review done; Q3 review scheduled", "Reminders issued": an occurrence, a count so far, routine.
    if (countedUnits(text, start, end) || nextOccurrence(text, start, end) || routineSent(key, text, start)) return 'on_track';
    const percent = percentAround(text, start, end, LEVEL.has(key));
    if (percent !== null && percent < 100) return percent === 0 ? 'not_started' : 'on_track';
    if (percent === null && (partlyDone(text, start, end) || runningTally(text, start, end) || partOnly(text, start, end) || scopedPart(text, start, end) || placeSubset(text, start, end) || nextPartSet(text, start, end))) return 'on_track';
  }
  return status;
}
