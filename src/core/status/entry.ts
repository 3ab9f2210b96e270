import type { StatusClass } from '../types';
import type { EntryReading } from './reading';
import { readContext } from './context';
import { newDateFollows } from './dateFollows';
import { conditionOf, CONDITION_WAIT_KEYS } from './conditional';
import { approvalOf, APPROVALS, GO_AHEADS } from './approval';
import { leadingWord, readableEntry, wholeEntryStatus } from './whole';
import { manner, stopgap } from './interim';
import { DATED, PHRASE_MEANINGS, PHRASE_PATTERN, phraseKey } from './phrases';
import type { PhraseMeaning } from './phrases';
import { leavesWork } from './remaining';
import { contextOf, resolvePhrase } from './resolve';
import { countsPart, leadsEntry, namesStep } from './lead';
import { closes, countedPart, leftUndone, plansWork, responds } from './partDone';
import { settle } from './settle';
import { respellStatus } from './spelling';
import { STALL_PHRASES } from '../vocabulary/statusWords';

export { stripStatusPrefix } from './prefix';
export type { EntryReading } from './reading';

const REOPENED = 'reopened';

/**
 * True when the phrase, negated, says nothing is wrong: a risk or slippage ("not delayed"); not how a risk is
 * handled ("not escalated"), nor a date not moved ("No new date yet" may be one still to set).
 */
const reassures = (meaning: PhraseMeaning): boolean =>
  meaning.kind === 'signal' && !meaning.supporting && !meaning.redated && (meaning.status === 'at_risk' || meaning.status === 'off_track');
const STALL: ReadonlySet<string> = new Set(STALL_PHRASES.map(phraseKey));

/**
 * Reads one entry: a whole-entry word ("Closed", "Yes", "A") first, else the latest status
 * phrase in it. A supporting phrase ("escalated"), or a completion still in progress ("being
 * rolled out"), decides only when no other phrase gives a class: "Delay in the programme being
 * rolled out" is the delay. An event ("launched") decides only after those, and the reading is
 * then weak. A retraction ("not complete") decides only when no phrase at all does. Work left
 * after a completion ("outstanding", "to follow", "phase 2 to start"), further work set for later
 * ("teaching sessions planned for January") or a stopgap ("in place meanwhile") makes it on track,
 * as a report back still to come does after a step ("Plan in place; further update due January").
 * A rating word heading the entry ("At risk: …") outranks a count of the work done after it.
 * A column word heading a note ("Compliant (evidence on file)") reads as that word; "no progress"
 * after work under way is stalled, so off track. A deadline moved to a date ("moved to December")
 * is at risk, as "deferred" is; an approval with a condition outstanding after it ("approved pending
 * funding") is at risk; a hold-up after "after", "following" or "despite" ("Completed after delays")
 * is background, which decides only when nothing else in the entry does. A plan for the work in
 * place ("implementation plan in place"), or a part done with the rest denied after it ("… but not yet
 * delivered"), is under way; a closure stays closed ("Closed - not implemented"). A short entry that reads
 * as nothing is read again with a status word typed wrong put right ("Compelte", status/spelling.ts).
 * @example readEntry('Update: THCVS BAME Leadership - Disparities Project meeting delayed to Jan 23').status // 'at_risk'
 */
export function readEntry(entry: string): EntryReading {
  const reading = readPhrases(entry);
  if (reading.matched) return reading;
  // "Compelte", "Delayd", "In progres": a short entry that says nothing may hold a status word typed wrong.
  const respelt = respellStatus(reading.text);
  return respelt === null ? reading : { ...readPhrases(respelt), text: reading.text };
}

function readPhrases(entry: string): EntryReading {
  const text = readableEntry(entry);
  const whole = wholeEntryStatus(text);
  if (whole !== undefined) return { status: whole, matched: true, redated: false, text, end: text.length, weak: false };
  let status: StatusClass | null = null;
  let end = -1;
  let support: StatusClass | null = null;
  let supportEnd = -1;
  let event: StatusClass | null = null;
  let eventEnd = -1;
  let retracted = false;
  let redated = false;
  let movedAt = -1;
  let lead: StatusClass | null = null;
  let assessed = false;
  let stepEnd = -1;
  let planEnd = -1;
  let doneEnd = -1;
  let doneText = '';
  let partEnd = -1;
  let stall = false;
  let goAheadEnd = -1;
  let cause: StatusClass | null = null;
  let reassured = false;
  // A column's word with a note after it ("Compliant (evidence on file)") reads as that word, then the note.
  const head = leadingWord(text);
  if (head?.status === 'unknown') retracted = true;
  else if (head !== undefined) {
    status = head.status;
    end = head.end;
    if (status === 'complete') [doneEnd, doneText] = [end, text.slice(0, end)];
    if (head.rating === true) lead = status;
  }
  PHRASE_PATTERN.lastIndex = 0;
  for (let m = PHRASE_PATTERN.exec(text); m !== null; m = PHRASE_PATTERN.exec(text)) {
    const key = phraseKey(m[0]);
    const meaning = PHRASE_MEANINGS.get(key);
    if (meaning === undefined) continue;
    const phraseEnd = m.index + m[0].length;
    // Where the last moved deadline is tells what a later approval approves ("Revised date approved").
    const moved = meaning.redated && readContext(text, m.index, false) !== 'negated' && (!DATED.has(key) || newDateFollows(text, phraseEnd));
    if (moved) {
      redated = true;
      movedAt = m.index;
    }
    const context = contextOf(meaning, text, m.index, phraseEnd);
    // "No issues", "Not delayed", "Not overdue": nothing wrong, which counts only where nothing else does (settle).
    if (meaning.kind === 'reassurance' || (context === 'negated' && reassures(meaning))) {
      reassured = true;
      continue;
    }
    // Work left after a completion ("Complete for adults; children's outstanding", "Done for
    // medicine; surgery to complete by March") is work under way.
    const toCome = context === 'prospective' && meaning.kind === 'signal' && meaning.status === 'complete';
    if (meaning.kind === 'remaining' || toCome) {
      const partDone = status === 'complete' || (status === null && event === 'complete');
      if (partDone && context !== 'negated' && leavesWork(text, doneEnd, m.index, m.index + m[0].length)) {
        if (status === 'complete') status = 'on_track';
        else event = 'on_track';
      }
      if (!toCome) continue;
    }
    // A deadline moved is slippage (SPEC 4), as "deferred" is: "Board approval moved to December".
    let found = meaning.kind === 'moved' && moved && context !== 'past' ? 'at_risk' : resolvePhrase(meaning, context, text, m.index, phraseEnd, key);
    // An approval with a condition still outstanding ("approved pending funding") holds the work up;
    // a wait after one for its formality ("Agreed at QSC; awaiting ratification") says nothing.
    const waits = meaning.kind === 'condition' || CONDITION_WAIT_KEYS.has(key);
    const of = waits && context !== 'negated' ? conditionOf(text, m.index, phraseEnd) : null;
    const condition = of === 'condition';
    if (of !== null) found = condition ? 'at_risk' : null;
    // "Completed after delays": the delays are background, which decides only when nothing else does;
    // a retraction in the background ("Closed after being reopened") says nothing.
    if (context === 'cause' && found !== null) {
      if (found !== 'unknown') cause = found;
      continue;
    }
    // An approval is of work it lets begin ("Pilot agreed at Board") or of a new date, or it is the work done.
    const approves = found === 'complete' && APPROVALS.has(key) ? approvalOf(text, m.index, phraseEnd, movedAt) : null;
    if (approves !== null) found = approves === 'work' ? 'on_track' : 'at_risk';
    redated ||= approves === 'new_date';
    // Where the last go-ahead ends: it is the reading's only if it decides (StepStatus.goAhead).
    if (found === 'on_track' && (approves === 'work' || GO_AHEADS.has(key))) goAheadEnd = phraseEnd;
    const done = status === 'complete' || (status === null && event === 'complete');
    // "Completed on schedule" says how the work went, not that it goes on.
    if (found === 'on_track' && done && manner(text, doneEnd, m.index, key)) continue;
    // A stopgap ("manual check in place meanwhile") or a response to a problem ("Mitigation in place") is under way.
    const interim = found === 'complete' && (stopgap(text, m.index, phraseEnd) || responds(text, m.index, lead !== null || assessed));
    if (interim) found = 'on_track';
    // "No progress" once the entry says the work is under way is progress stopped: stalled.
    const stalls = found === 'not_started' && STALL.has(key);
    if (stalls && (status === 'on_track' || status === 'at_risk' || status === 'off_track' || event === 'on_track')) found = 'off_track';
    if (found === 'complete') [doneEnd, doneText] = [phraseEnd, m[0]];
    if (found === 'complete' && namesStep(key)) stepEnd = phraseEnd;
    if (found === 'complete' && key.endsWith('inplace') && plansWork(text, m.index)) planEnd = phraseEnd;
    const rating = meaning.kind === 'signal' && meaning.rating;
    const leads = leadsEntry(text, m.index, m[0].length);
    if (rating && leads) lead = found;
    // "At risk: 212 of 480 reviews complete": the lead's own rating, which the count only measures.
    if (leads && meaning.kind === 'signal' && meaning.status !== 'complete') assessed = found !== null && found !== 'unknown';
    else if (assessed && meaning.kind === 'signal' && context === 'plain' && approves === null && !interim && countsPart(meaning.status, found, text, m.index, phraseEnd)) continue;
    // A completion re-opened later in the entry is open again ("Complete but now reopened").
    if (found === 'unknown' && key === REOPENED && status === 'complete') status = null;
    // A part done and the rest denied ("Action plan in place but not yet delivered") is under way.
    if (found === 'unknown' && (status ?? support) === 'complete' && leftUndone(text, doneEnd, doneText, m.index, phraseEnd, key)) {
      if (status === 'complete') status = 'on_track';
      else support = 'on_track';
    }
    if (found === 'unknown') retracted = true;
    // The rating the lead gave outranks the narrative after it ("Red - in progress"), but not a completion.
    else if (found !== null && lead !== null && !rating && found !== 'complete') continue;
    // Part done and the rest not begun ("Phase 1 complete; phase 2 to start in April") is under way;
    // after a closure it says the work was never done ("Closed - not implemented").
    else if (found === 'not_started' && status === 'complete') status = closes(doneText) ? status : 'on_track';
    // The rest not begun after a part done ("Phase 1 complete; phase 2 to start in April") stays under way.
    else if (found === 'not_started' && status === 'on_track' && (end === partEnd || countedPart(text, m.index))) continue;
    else if (found !== null && meaning.kind === 'signal' && meaning.event && context !== 'progressive') {
      event = found;
      eventEnd = phraseEnd;
    } else if (found !== null && !condition && ((meaning.kind === 'signal' && meaning.supporting) || context === 'progressive' || interim)) {
      support = found;
      supportEnd = phraseEnd;
    } else if (found !== null && !(status === 'complete' && rating && found === 'on_track')) {
      // A green beside a completion labels it ("Complete (Green)"): trackers without blue rate done work green.
      status = found;
      end = phraseEnd;
      stall = stalls && found === 'not_started';
      // A completion word read as part of the work done ("Phase 1 complete", "3 of 5 delivered").
      if (found === 'on_track' && meaning.kind === 'signal' && meaning.status === 'complete') partEnd = phraseEnd;
    }
  }
  return settle({ text, status, end, support, supportEnd, event, eventEnd, stepEnd, planEnd, partEnd, goAheadEnd, redated, stall, retracted, cause, reassured });
}
