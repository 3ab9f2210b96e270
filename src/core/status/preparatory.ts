import { CLAUSE_END } from './clauses';
import { clauseWords, isTime } from './clauseWords';
import {
  DECIDED_WORDS,
  DECISIONS_SOUGHT,
  FOR_NOTING,
  MEETING_WORDS,
  PAPER_GONE_WORDS,
  PREPARATORY_STEPS,
} from '../vocabulary/statusPreparatory';

/*
 * A step that prepares a decision, done, with its paper still to go to a named meeting (SPEC 4, round 24):
 * "SNCT data collection complete (Oct). Paper to Dec N&M Board", "Analysis done; going to ELG in Feb". The
 * decision is the action's end, so it is under way until the meeting has taken the paper. The rule for a
 * decision still to come after a step (scheduled.ts's decisionAhead) reads only after a plan, approval or event,
 * and only a body the "due to" rule knows with nothing between it and its month, so "Dec N&M Board" escaped it.
 * A completion of the action itself ("Complete. Paper to Board for noting") is a report of work done, left alone.
 */

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const STEPS: readonly string[] = PREPARATORY_STEPS.map((s) => ` ${s} `);
const MEETING = set(MEETING_WORDS);
const SOUGHT = set(DECISIONS_SOUGHT);
const DECIDED = set(DECIDED_WORDS);
const GONE = set(PAPER_GONE_WORDS);
const NOTING = set(FOR_NOTING);
/** What may follow a meeting's name in its clause: "to ELG in Feb", "to Board for approval", "to QSC meeting", "to QC with recommendation". */
const FOLLOWERS = set(['in', 'on', 'at', 'for', 'by', 'next', 'this', 'meeting', 'w', 'c', 'wc', 'with']);
/** Words that may name a meeting before its last word: "Dec N&M Board", "Quality and Safety Committee". */
const NAME_REACH = 4;
/** Where the completion's own clause starts: a clause mark, or an "and" joining it to another. */
const SUBJECT_START = /[.;:\n!?]|\s[-–—]\s|\band\b/i;

/**
 * True when the completion ending at `end` in `text` is of a preparatory step ("data collection complete",
 * "draft finished") whose clause says nothing of a decision already taken.
 * @example preparatoryDone('SNCT data collection complete (Oct).', 29) // true
 * @example preparatoryDone('Complete', 8) // false
 * @example preparatoryDone('Data collection complete and report approved at QSC', 44) // false
 */
export function preparatoryDone(text: string, end: number): boolean {
  if (end <= 0) return false;
  const parts = text.slice(Math.max(0, end - 80), end).split(SUBJECT_START);
  const words = clauseWords(parts[parts.length - 1] ?? '');
  const spaced = ` ${words.join(' ')} `;
  return STEPS.some((s) => spaced.includes(s)) && !words.some((w) => DECIDED.has(w));
}

/** True when `words` name a meeting after "to" or "at" at `at`, its name ending the clause or followed by when or what for. */
function meetingAfter(words: readonly string[], at: number): boolean {
  for (let i = at + 1; i <= at + NAME_REACH && i < words.length; i += 1) {
    if (!MEETING.has(words[i] ?? '')) continue;
    const next = words[i + 1];
    return next === undefined || FOLLOWERS.has(next) || isTime(next);
  }
  return false;
}

/**
 * True when a clause of `text` sends a paper to a named meeting still to take it: "Paper to Dec N&M Board",
 * "going to ELG in Feb", "for approval at QSC in Jan", "submitted to FIC for approval"; not one decided already
 * ("approved at QSC"), gone to be noted ("to Board for noting"), or gone with no decision sought ("presented to Board").
 * @example meetingAhead('Paper to Dec N&M Board.') // true
 * @example meetingAhead('Paper to Board for noting.') // false
 * @example meetingAhead('Report presented to Board Dec') // false
 */
export function meetingAhead(text: string): boolean {
  for (const clause of text.split(CLAUSE_END)) {
    const words = clauseWords(clause);
    if (words.some((w) => DECIDED.has(w))) continue;
    const forWhat = words.filter((w, i) => words[i - 1] === 'for');
    if (forWhat.some((w) => NOTING.has(w))) continue;
    const sought = forWhat.some((w) => SOUGHT.has(w));
    if (!sought && words.some((w) => GONE.has(w))) continue;
    // "to ELG": a paper on its way; "at QSC" only with a decision sought there ("for approval at QSC").
    if (words.some((w, i) => (w === 'to' || (w === 'at' && sought)) && meetingAfter(words, i))) return true;
  }
  return false;
}

/**
 * True when the completion ending at `doneEnd` in `doneText` is a preparatory step and `later` (the rest of its
 * entry, or a later entry of the cell) sends the paper to a meeting still to take it.
 * @example decisionToCome('SNCT data collection complete (Oct).', 29, 'Paper to Dec N&M Board.') // true
 * @example decisionToCome('Complete.', 8, 'Paper to Dec Board.') // false
 */
export function decisionToCome(doneText: string, doneEnd: number, later: string): boolean {
  return preparatoryDone(doneText, doneEnd) && meetingAhead(later);
}
