import type { StatusClass } from '../types';
import { NEGATED_CLASS, NOT_ALL_ADVERBS } from '../vocabulary/statusGrammar';
import { LEVEL_PHRASES } from '../vocabulary/statusShare';
import { isImperative, readContext, type PhraseContext } from './context';
import { dateFollows } from './dateFollows';
import { wholeEntryStatus } from './whole';
import { partlyDone, percentAround } from './share';
import { PHRASE_MEANINGS, PHRASE_PATTERN, phraseKey } from './phrases';
import type { PhraseMeaning } from './phrases';
import { stripStatusPrefix } from './prefix';
import { leavesWork, recurs } from './remaining';

export { stripStatusPrefix } from './prefix';

/** What one entry of a status cell says. */
export interface EntryReading {
  status: StatusClass;
  /** False when nothing in the entry is a status word: the next entry up is read instead. */
  matched: boolean;
  /** True when the entry says a deadline moved ("delayed to Jan 23", "Deadlines adjusted"). */
  redated: boolean;
  /** The entry with its label ("Update:") removed. */
  text: string;
  /** Where the deciding phrase ends in `text`, or -1; a completion date may follow it. */
  end: number;
  /** True when only an event ("network launched June 2023") gives the class: any other entry with one outranks it. */
  weak: boolean;
}

const HELD = /^held\b/i;
const WAITS_ON = /^\s+(?:until|till|unless|before|once|when)\b/i;
/** A rating colour that opens an entry and stands alone ("Red - delayed", "RAG: Amber – awaiting data"). */
const LEAD_RATING_END = /^\s*(?:$|[-–—:;,.(])/;
const NOT_ALL = `(?:${NOT_ALL_ADVERBS.join('|')})`;
/** "Not fully implemented", "not consistently achieved": done in part ("has not been fully implemented" stays not done). */
const NOT_FULLY_BEFORE = new RegExp(`\\bnot\\s+(?:yet\\s+)?(?:${NOT_ALL}\\s+)?$`, 'i');
const ALL_BEFORE = new RegExp(`${NOT_ALL}\\s+$`, 'i');
const LEVEL: ReadonlySet<string> = new Set(LEVEL_PHRASES.map(phraseKey));
const REOPENED = 'reopened';

/** The context a phrase is read in: tense matters for completions and starts only. */
function contextOf(meaning: PhraseMeaning, text: string, start: number): PhraseContext {
  const signal = meaning.kind === 'signal';
  return readContext(text, start, signal && (meaning.status === 'complete' || meaning.start), signal && meaning.rating);
}

/** The class of a phrase in its context, 'unknown' for a retraction, or null to ignore it. */
function resolve(meaning: PhraseMeaning, context: PhraseContext, text: string, start: number, end: number, key: string): StatusClass | null {
  if (meaning.kind === 'ignored' || meaning.kind === 'moved' || meaning.kind === 'remaining') return null;
  if (context === 'past') return null;
  if (meaning.kind === 'retraction') return context === 'negated' ? null : 'unknown';
  const { status, start: isStart } = meaning;
  // "Cannot be closed until evidence received" waits on something: not done, not ruled out.
  const ruledOut = context === 'ruled_out' && !WAITS_ON.test(text.slice(end, end + 12));
  const before = text.slice(Math.max(0, start - 20), start);
  const fully = NOT_FULLY_BEFORE.test(before) && (key.startsWith('fully') || ALL_BEFORE.test(before));
  if (context === 'negated' && status === 'complete' && fully)
    return 'at_risk';
  if (context === 'negated' || context === 'ruled_out') return isStart ? 'not_started' : ruledOut ? 'off_track' : NEGATED_CLASS[status];
  if (context === 'prospective') return isStart ? 'not_started' : null;
  if (context === 'progressive') return 'on_track';
  if (key === 'complete' && isImperative(text, end)) return null;
  if (status === 'complete') {
    if (meaning.event && recurs(text, end)) return 'on_track';
    const percent = percentAround(text, start, end, LEVEL.has(key));
    if (percent !== null && percent < 100) return percent === 0 ? 'not_started' : 'on_track';
    if (percent === null && partlyDone(text, start)) return 'on_track';
  }
  return status;
}

/**
 * Reads one entry: a whole-entry word ("Closed", "Yes", "A") first, else the latest status
 * phrase in it. A supporting phrase ("escalated"), or a completion still in progress ("being
 * rolled out"), decides only when no other phrase gives a class: "Delay in the programme being
 * rolled out" is the delay. An event ("launched") decides only after those, and the reading is
 * then weak. A retraction ("not complete") decides only when no phrase at all does. Work left
 * after a completion ("outstanding", "to follow", "phase 2 to start") makes the entry on track.
 * @example readEntry('Update: THCVS BAME Leadership - Disparities Project meeting delayed to Jan 23').status // 'at_risk'
 */
export function readEntry(entry: string): EntryReading {
  const text = stripStatusPrefix(entry);
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
  let lead: StatusClass | null = null;
  let doneEnd = -1;
  PHRASE_PATTERN.lastIndex = 0;
  for (let m = PHRASE_PATTERN.exec(text); m !== null; m = PHRASE_PATTERN.exec(text)) {
    const key = phraseKey(m[0]);
    const meaning = PHRASE_MEANINGS.get(key);
    if (meaning === undefined) continue;
    if (meaning.redated && !redated) {
      const needsDate = /\sto$/i.test(m[0]);
      redated = readContext(text, m.index, false) !== 'negated' && (!needsDate || dateFollows(text, m.index + m[0].length));
    }
    const context = contextOf(meaning, text, m.index);
    // Work left after a completion ("Complete for adults; children's outstanding", "Done for
    // medicine; surgery to complete by March") is work under way.
    const toCome = context === 'prospective' && meaning.kind === 'signal' && meaning.status === 'complete';
    if (meaning.kind === 'remaining' || toCome) {
      const done = status === 'complete' || (status === null && event === 'complete');
      if (done && context !== 'negated' && leavesWork(text, doneEnd, m.index, m.index + m[0].length)) {
        if (status === 'complete') status = 'on_track';
        else event = 'on_track';
      }
      if (!toCome) continue;
    }
    const found = resolve(meaning, context, text, m.index, m.index + m[0].length, key);
    if (found === 'complete') doneEnd = m.index + m[0].length;
    const rating = meaning.kind === 'signal' && meaning.rating;
    if (rating && m.index === 0 && LEAD_RATING_END.test(text.slice(m[0].length))) lead = found;
    // A completion re-opened later in the entry is open again ("Complete but now reopened").
    if (found === 'unknown' && key === REOPENED && status === 'complete') status = null;
    if (found === 'unknown') retracted = true;
    // The rating the lead gave outranks the narrative after it ("Red - in progress"), but not a completion.
    else if (found !== null && lead !== null && !rating && found !== 'complete') continue;
    // Part done and the rest not begun ("Phase 1 complete; phase 2 to start in April") is under way.
    else if (found === 'not_started' && status === 'complete') status = 'on_track';
    else if (found !== null && meaning.kind === 'signal' && meaning.event && context !== 'progressive') {
      event = found;
      eventEnd = m.index + m[0].length;
    } else if (found !== null && ((meaning.kind === 'signal' && meaning.supporting) || context === 'progressive')) {
      support = found;
      supportEnd = m.index + m[0].length;
    } else if (found !== null && !(status === 'complete' && rating && found === 'on_track')) {
      // A green beside a completion labels it ("Complete (Green)"): trackers without blue rate done work green.
      status = found;
      end = m.index + m[0].length;
    }
  }
  if (status !== null) return { status, matched: true, redated, text, end, weak: false };
  if (support !== null) return { status: support, matched: true, redated, text, end: supportEnd, weak: false };
  if (event !== null) return { status: event, matched: true, redated, text, end: eventEnd, weak: true };
  // "Held 12 Oct" is an event too; "held" alone is not, as records are "held on Datix".
  if (HELD.test(text) && dateFollows(text, 4)) return { status: 'complete', matched: true, redated, text, end: 4, weak: true };
  return { status: 'unknown', matched: retracted, redated, text, end: -1, weak: false };
}
