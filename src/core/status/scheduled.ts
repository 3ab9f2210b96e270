import { ORDINAL_WORDS } from '../vocabulary/statusShare';
import { FREQUENCY_WORDS } from '../vocabulary/statusGrammar';
import { CLOSING_WORDS } from '../vocabulary/statusWords';
import {
  DUE_TO_BODIES,
  DUE_TO_BODY_FOLLOWERS,
  DUE_TO_VERBS,
  HISTORY_MARKERS,
  IRREGULAR_PAST,
  PAST_MARKERS,
  REPORT_LEADS,
  REPORT_VERBS,
  REPORT_WORDS,
  ROUTINE_WORDS,
  SCHEDULE_COMPARERS,
  SCHEDULE_DATE_NOUNS,
  SCHEDULE_FILLERS,
  SCHEDULE_WORDS,
} from '../vocabulary/statusSchedule';
import { FOLLOW_UP_WORDS, SCHEDULE_PROGRESSIVES } from '../vocabulary/statusFollowUp';
import { SCHEDULE_HEAD_VERBS } from '../vocabulary/statusPending';
import { CLAUSE_END } from './clauses';
import { clauseWords as wordsOf, isTime } from './clauseWords';
import { stageScheduled } from './stage';
import { moreToCome } from './toCome';

/*
 * Further work set for a later time, after a part done: "Guideline approved; teaching sessions
 * planned for January", "Procurement complete; implementation kick-off 20/11/23" say the action
 * goes on, as a programme manager reads them. What makes the difference from a closed action with
 * a date in it is a clause naming work (not a routine review, monitoring or closing paperwork),
 * a word that sets it for later and a date or period after that word, or a later stage with a
 * time after it ("testing in Dec", stage.ts).
 */

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const SCHEDULE = set([...SCHEDULE_WORDS, ...SCHEDULE_PROGRESSIVES]);
const DATE_NOUN = set(SCHEDULE_DATE_NOUNS);
const COMPARER = set(SCHEDULE_COMPARERS);
const DUE_TO = set(DUE_TO_VERBS);
const FILLER = set(SCHEDULE_FILLERS);
const HEAD_VERB = set(SCHEDULE_HEAD_VERBS);
const ORDINAL = set(ORDINAL_WORDS);
const BODY = set(DUE_TO_BODIES);
const BODY_FOLLOWER = set(DUE_TO_BODY_FOLLOWERS);
/** Words that make a clause routine, closing paperwork or past, and so no further work. */
const NOT_WORK = set([...ROUTINE_WORDS, ...FREQUENCY_WORDS, ...CLOSING_WORDS, ...PAST_MARKERS]);
/** A check of the work set for a time after it is done ("Further audit in Q1"); after a step it is more of the work. */
const FOLLOW_UP = set(FOLLOW_UP_WORDS);
/** After a step, an update is a report back still to come, not a routine (see vocabulary/statusSchedule.ts). */
const NOT_WORK_AFTER_STEP = set([...NOT_WORK].filter((w) => !REPORT_WORDS.includes(w)));
const REPORT = set(REPORT_WORDS);
const REPORT_LEAD = set(REPORT_LEADS);
const REPORT_VERB = set(REPORT_VERBS);
const PAST = set(IRREGULAR_PAST);
const HISTORY = set(HISTORY_MARKERS);
/** How many words of what an infinitive is about may come before it ("Staff briefings to take place"). */
const INFINITIVE_REACH = 3;

/** The index of the word that sets work for later in `words`, or -1. */
function scheduleAt(words: readonly string[]): number {
  const head = words.findIndex((w) => !FILLER.has(w));
  // "First SPC IPR in January": the first of a series, still to come.
  if (head >= 0 && ORDINAL.has(words[head] ?? '')) return head;
  // "Goes live 1 March" after an approval: the verb heads the clause, its subject left out (round 28).
  if (head >= 0 && HEAD_VERB.has(words[head] ?? '')) return head;
  for (let i = head + 1; i > 0 && i < words.length; i += 1) {
    const word = words[i] ?? '';
    // "Communications to go out in January": an infinitive that sets a time, as "due to go" does, right
    // after what it is about; "handed over to the team to run from April" says why, not what is to come.
    const infinitive = word === 'to' && DUE_TO.has(words[i + 1] ?? '') && i - head <= INFINITIVE_REACH && !words.slice(head, i).includes('to');
    if ((!SCHEDULE.has(word) && !infinitive) || COMPARER.has(words[i - 1] ?? '') || DATE_NOUN.has(words[i + 1] ?? '')) continue;
    if (word === 'due' && words[i + 1] === 'to' && !DUE_TO.has(words[i + 2] ?? '') && !toBody(words, i + 2)) continue;
    return i;
  }
  return -1;
}

/** True when `words` from `at` name a board or committee and no cause: "QSC in January", "the March Board". */
function toBody(words: readonly string[], at: number): boolean {
  let i = at;
  while (i < words.length && (words[i] === 'the' || words[i] === 'next' || isTime(words[i] ?? ''))) i += 1;
  if (!BODY.has(words[i] ?? '')) return false;
  const after = words[i + 1];
  return after === undefined || BODY_FOLLOWER.has(after) || isTime(after);
}

/**
 * The index of the word that sets a report back for later in `words`, or -1: "next update
 * January", "will come to December committee", "to report back", "revised BAF to November Board"
 * (a paper on its way to a meeting, not one "sent" or "presented" to it).
 */
function reportAt(words: readonly string[]): number {
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const before = words[i - 1] ?? '';
    if (REPORT.has(word) && REPORT_LEAD.has(before)) return i;
    if ((word === 'will' || word === 'to') && REPORT_VERB.has(words[i + 1] ?? '')) return i + 1;
    if (word === 'to' && !before.endsWith('ed') && !PAST.has(before) && toBody(words, i + 1)) return i;
  }
  return -1;
}

/** A higher decision asked "for" at a meeting: the only closing words a decision still to come may hold. */
const DECISION = set(['ratification', 'approval', 'signoff', 'sign']);

/**
 * True when, after a step, the clause `words` sends it to a named meeting at a set time for a decision still to
 * take (round 19): "Signed off by Exec, going to Board in Jan for ratification" is not yet done.
 */
function decisionAhead(words: readonly string[], notWork: ReadonlySet<string>): boolean {
  const at = reportAt(words);
  if (at < 0) return false;
  const rest = words.slice(at + 1);
  return rest.some(isTime) && rest.some((w) => BODY.has(w)) && words.every((w, i) => !notWork.has(w) || (DECISION.has(w) && words[i - 1] === 'for'));
}

/**
 * True when a clause of `text` from `from` on names further work set for a later time: not a
 * routine review, monitoring or closing paperwork, nor a clause in the past. `afterStep` says the
 * completion before it is a step (a plan in place, an approval, an event), whose report back
 * still to come ("further update due January", "will come to QSC") is the work going on; `closed` that
 * it closed the action (moreToCome).
 * @example scheduledAfter('Guideline approved; teaching sessions planned for January.', 18) // true
 * @example scheduledAfter('Procurement complete; implementation kick-off 20/11/23', 20) // true
 * @example scheduledAfter('Complete - next review due December 2025', 8) // false
 * @example scheduledAfter('Completed ahead of the planned date of December', 9) // false
 * @example scheduledAfter('Plan in place; next update January', 13, true) // true
 * @example scheduledAfter('Build complete; testing in Dec', 14) // true
 */
export function scheduledAfter(text: string, from: number, afterStep = false, closed = false): boolean {
  const notWork = afterStep ? NOT_WORK_AFTER_STEP : NOT_WORK;
  /** The subject of a history note, which a clause opening "now" after it is about ("originally due Jan, now due March"). */
  let subject: string[] = [];
  for (const clause of text.slice(Math.max(0, from)).split(CLAUSE_END)) {
    const own = wordsOf(clause);
    const words = own[0] === 'now' ? [...subject, ...own] : own;
    const history = own.findIndex((w) => HISTORY.has(w));
    subject = history > 0 ? own.slice(0, history) : [];
    // Only after the work itself is done: "Approved; implementation originally planned for Jan" still has the implementation to come.
    if (history >= 0 && !afterStep) continue;
    if (words.some((w) => notWork.has(w))) {
      if (afterStep && decisionAhead(words, notWork)) return true;
      continue;
    }
    if (!afterStep && words.some((w) => FOLLOW_UP.has(w)) && words.some(isTime)) continue;
    // A later stage with only a time after it is set for later too: "Build complete; testing in Dec".
    if (stageScheduled(words, afterStep) || moreToCome(clause, words, afterStep, closed)) return true;
    const at = scheduleAt(words);
    if (at >= 0 && words.slice(at + 1).some(isTime)) return true;
    // After a step, a meeting a report goes to is as good as a date: "to come back to Board".
    const report = afterStep ? reportAt(words) : -1;
    if (report >= 0 && words.slice(report + 1).some((w) => isTime(w) || BODY.has(w))) return true;
  }
  return false;
}
