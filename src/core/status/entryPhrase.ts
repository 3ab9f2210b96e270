import type { StatusClass } from '../types';
import type { EntryScan } from './entryScan';
import { readContext } from './context';
import { newDateFollows } from './dateFollows';
import { conditionOf, CONDITION_WAIT_KEYS } from './conditional';
import { approvalOf, APPROVALS, GO_AHEADS } from './approval';
import { manner, stopgap } from './interim';
import { DATED, phraseKey } from './phrases';
import type { PhraseMeaning } from './phrases';
import { leavesWork } from './remaining';
import { contextOf, resolvePhrase } from './resolve';
import { countsPart, leadsEntry, namesStep } from './lead';
import { closes, countedPart, leftUndone, plansWork, responds, windowClosed } from './partDone';
import { STALL_PHRASES } from '../vocabulary/statusWords';
import { fixesProblem } from './fixed';
import { aboutBenefits } from './benefits';
import { governanceScheduled } from './governance';
import { mitigates, standsNegative } from './mitigation';
import { historyNote, neverDone } from './history';
import { establishedSince } from './established';
import { aboveForFalling } from './direction';
import { afterStep, doneWords, restDenied, startAfterStep } from './stepBeside';
import { explainsHeadline } from './headline';
import { zeroCounted } from './zeroCount';

const REOPENED = 'reopened';

/**
 * True when the phrase, negated, says nothing is wrong: a risk or slippage ("not delayed"); not how a risk is
 * handled ("not escalated"), nor a date not moved ("No new date yet" may be one still to set).
 */
const reassures = (meaning: PhraseMeaning): boolean =>
  meaning.kind === 'signal' && !meaning.supporting && !meaning.redated && (meaning.status === 'at_risk' || meaning.status === 'off_track');
const STALL: ReadonlySet<string> = new Set(STALL_PHRASES.map(phraseKey));

/**
 * Reads one status phrase of an entry into its scan (readEntry weighs it against the phrases before it):
 * `phrase` is the text matched at `start`, `key` its lookup key and `meaning` what the key means.
 * @example
 * const s = startScan('Complete; phase 2 outstanding');
 * readPhrase(s, 'complete', PHRASE_MEANINGS.get('complete')!, 0, 'Complete'); s.status // 'complete'
 * readPhrase(s, 'outstanding', PHRASE_MEANINGS.get('outstanding')!, 18, 'outstanding'); s.status // 'on_track'
 */
export function readPhrase(s: EntryScan, key: string, meaning: PhraseMeaning, start: number, phrase: string): void {
  const text = s.text;
  const phraseEnd = start + phrase.length;
  // "Waiting list above trajectory": above is bad news for a measure better lower, so the phrase says nothing.
  if (aboveForFalling(text, phraseEnd)) return;
  // Where the last moved deadline is tells what a later approval approves ("Revised date approved").
  const moved = meaning.redated && readContext(text, start, false) !== 'negated' && (!DATED.has(key) || newDateFollows(text, phraseEnd));
  if (moved) {
    s.redated = true;
    s.movedAt = start;
  }
  const context = contextOf(meaning, text, start, phraseEnd);
  // "No issues", "Not delayed", "Not overdue": nothing wrong, which counts only where nothing else does (settle).
  if (meaning.kind === 'reassurance' || ((context === 'negated' || zeroCounted(text, start, phraseEnd)) && reassures(meaning))) {
    s.reassured = true;
    return;
  }
  // Work left after a completion ("Complete for adults; children's outstanding", "Done for
  // medicine; surgery to complete by March") is work under way.
  const toCome = context === 'prospective' && meaning.kind === 'signal' && meaning.status === 'complete';
  if (meaning.kind === 'remaining' || toCome) {
    const partDone = s.status === 'complete' || (s.status === null && s.event === 'complete');
    if (partDone && context !== 'negated' && leavesWork(text, s.doneEnd, start, start + phrase.length)) {
      if (s.status === 'complete') s.status = 'on_track';
      else s.event = 'on_track';
    }
    if (!toCome) return;
  }
  // A deadline moved is slippage (SPEC 4), as "deferred" is: "Board approval moved to December".
  // An explicit "off track" is not softened by a new date after it ("Off track – now expected June").
  const movedOn = meaning.kind === 'moved' && moved && context !== 'past';
  let found: StatusClass | null = movedOn ? (s.status === 'off_track' ? null : 'at_risk') : resolvePhrase(meaning, context, text, start, phraseEnd, key);
  // An approval with a condition still outstanding ("approved pending funding") holds the work up;
  // a wait after one for its formality ("Agreed at QSC; awaiting ratification") says nothing.
  const waits = meaning.kind === 'condition' || CONDITION_WAIT_KEYS.has(key);
  const of = waits && context !== 'negated' ? conditionOf(text, start, phraseEnd) : null;
  const condition = of === 'condition';
  if (of !== null) found = condition ? 'at_risk' : null;
  // "Awaiting sign-off at March Board": closing paperwork at a named meeting is governance scheduled, on track.
  if (found === 'at_risk' && context === 'plain' && governanceScheduled(key, text, phraseEnd)) found = 'on_track';
  // "Completed after delays": the delays are background, which decides only when nothing else does;
  // a retraction in the background ("Closed after being reopened") says nothing.
  if (context === 'cause' && found !== null) {
    if (found !== 'unknown') s.cause = found;
    return;
  }
  // "Completed (slipped from Oct)", "Closed (not achieved)": how the work went, or where a residual risk is held, leaves it done.
  const negative = found === 'at_risk' || found === 'off_track';
  if (negative && s.status === 'complete' && (historyNote(key, text, s.doneEnd, start, meaning.redated, s.doneEnd === s.stepEnd) || neverDone(key, s.doneText))) return;
  // An approval is of work it lets begin ("Pilot agreed at Board") or of a new date, or it is the work done.
  const approves = found === 'complete' && APPROVALS.has(key) ? approvalOf(text, start, phraseEnd, s.movedAt) : null;
  if (approves !== null) found = approves === 'work' ? 'on_track' : 'at_risk';
  s.redated ||= approves === 'new_date';
  // Where the last go-ahead ends: it is the reading's only if it decides (StepStatus.goAhead).
  if (found === 'on_track' && (approves === 'work' || GO_AHEADS.has(key))) s.goAheadEnd = phraseEnd;
  const done = s.status === 'complete' || (s.status === null && s.event === 'complete');
  // "Completed on schedule" says how the work went, not that it goes on; "Savings on track" how its benefits run.
  if (found === 'on_track' && done && (manner(text, s.doneEnd, start, key) || aboutBenefits(text, start))) return;
  // "Delays resolved", "Delayed … now resolved": a hold-up put right is the work going on, unless the entry says it is done.
  const heldUp = s.status === 'at_risk' || s.status === 'off_track' || s.support === 'at_risk' || s.support === 'off_track';
  const fixed = context === 'plain' && s.status !== 'complete' && found !== null && fixesProblem(key, text, start, heldUp);
  if (fixed) found = 'on_track';
  // A stopgap ("manual check in place meanwhile") or a response to a problem ("Mitigation in place") is under way.
  const interim = found === 'complete' && (stopgap(text, start, phraseEnd) || responds(text, start, s.lead !== null || s.assessed));
  if (interim) found = 'on_track';
  // "No progress" once the entry says the work is under way is progress stopped: stalled.
  const stalls = found === 'at_risk' && STALL.has(key);
  if (stalls && (s.status === 'on_track' || s.status === 'at_risk' || s.status === 'off_track' || s.event === 'on_track')) found = 'off_track';
  if (found === 'complete') [s.doneEnd, s.doneText] = [phraseEnd, doneWords(key, text, start, phrase)];
  // "In place since April" has run a while: the work done, so a measure after it is its outcome, not a step's progress.
  if (found === 'complete' && ((namesStep(key) && !establishedSince(key, text, phraseEnd)) || windowClosed(key, text, start))) s.stepEnd = phraseEnd;
  if (found === 'complete' && key.endsWith('inplace') && plansWork(text, start)) s.planEnd = phraseEnd;
  const rating = meaning.kind === 'signal' && meaning.rating;
  const leads = leadsEntry(text, start, phrase.length);
  if (rating && leads) s.lead = found;
  // "At risk: 212 of 480 reviews complete": the lead's own rating, which the count only measures.
  if (leads && meaning.kind === 'signal' && meaning.status !== 'complete') s.assessed = found !== null && found !== 'unknown';
  else if (s.assessed && meaning.kind === 'signal' && context === 'plain' && approves === null && !interim && countsPart(meaning.status, found, text, start, phraseEnd)) return;
  // A completion re-opened later in the entry is open again ("Complete but now reopened").
  if (found === 'unknown' && key === REOPENED && s.status === 'complete') s.status = null;
  // A part done and the rest denied ("Action plan in place but not yet delivered") is under way, at risk if it is what the rest needs.
  if (found === 'unknown' && (s.status ?? s.support) === 'complete' && leftUndone(text, s.doneEnd, s.doneText, start, phraseEnd, key)) s[s.status === 'complete' ? 'status' : 'support'] = restDenied(key);
  if (found === 'unknown') s.retracted = true;
  // The rating the lead gave outranks the narrative after it ("Red - in progress"), but not a completion.
  else if (found !== null && s.lead !== null && !rating && found !== 'complete') return;
  // "Not on track, work underway to address", "Behind programme – bid approved": work going on or a step done is no recovery;
  // "Not on track – funding delayed": the reason after the headline explains it (headline.ts).
  else if (mitigates(s, key, found, start, phraseEnd, meaning.redated, !fixed && meaning.kind === 'signal' && meaning.status === 'complete') || explainsHeadline(s, found, start, moved || movedOn)) return;
  // The work itself denied a start after a step done ("Change request approved. Build not started") is not begun.
  else if (found === 'not_started' && meaning.kind === 'signal' && meaning.status === 'not_started' && startAfterStep(s)) [s.status, s.end] = [afterStep(key), phraseEnd];
  // Part done and the rest not begun ("Phase 1 complete; phase 2 to start in April") is under way;
  // after a closure it says the work was never done ("Closed - not implemented").
  else if ((found === 'not_started' || stalls) && s.status === 'complete') s.status = closes(s.doneText) ? s.status : 'on_track';
  // The rest not begun after a part done ("Phase 1 complete; phase 2 to start in April") stays under way.
  else if (found === 'not_started' && s.status === 'on_track' && (s.end === s.partEnd || countedPart(text, start))) return;
  else if (found !== null && meaning.kind === 'signal' && meaning.event && context !== 'progressive') {
    s.event = found;
    s.eventEnd = phraseEnd;
  } else if (found !== null && !condition && !fixed && ((meaning.kind === 'signal' && meaning.supporting) || context === 'progressive' || interim)) {
    s.support = found;
    s.supportEnd = phraseEnd;
  } else if (found !== null && !(s.status === 'complete' && rating && found === 'on_track')) {
    // A green beside a completion labels it ("Complete (Green)"): trackers without blue rate done work green.
    s.status = found;
    s.end = phraseEnd;
    s.stall = stalls && found === 'at_risk';
    // A condition set ("Approved subject to funding; now funded and recruitment under way") can be met: no negative.
    s.negative = negative && meaning.kind === 'signal' && !condition && standsNegative(text, start, phraseEnd) ? start : -1;
    // A completion word read as part of the work done ("Phase 1 complete", "3 of 5 delivered").
    if (found === 'on_track' && meaning.kind === 'signal' && meaning.status === 'complete') s.partEnd = phraseEnd;
  }
}
