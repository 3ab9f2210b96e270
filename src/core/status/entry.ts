import type { StatusClass } from '../types';
import { MONTH_WORDS } from '../vocabulary/timeframe';
import { REDATED_DATE_WORDS, STATUS_PREFIXES, WHOLE_ENTRY_WORDS } from '../vocabulary/statusWords';
import { NEGATED_CLASS } from '../vocabulary/statusGrammar';
import { isImperative, readContext, type PhraseContext } from './context';
import { partlyDone, percentAround } from './share';
import { PHRASE_MEANINGS, PHRASE_PATTERN, phraseKey } from './phrases';
import type { PhraseMeaning } from './phrases';

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

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** "Update:", "Update 3 Nov:", "Update (Nov 22):", "Progress - …", "NEW ACTION:". */
const PREFIX = new RegExp(
  `^(?:${STATUS_PREFIXES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b` +
    `(?:\\s*\\([^()]{0,24}\\)|\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:${MONTH})\\.?)?(?:\\s+\\d{2,4})?|` +
    `\\s+(?:${MONTH})\\.?(?:\\s+\\d{2,4})?|\\s+\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?)?\\s*(?::|[-–—](?=\\s))\\s*`,
  'i',
);
const WHOLE_ENTRY_MAX = 24;
const HELD = /^held\b/i;
const WAITS_ON = /^\s+(?:until|till|unless|before|once|when)\b/i;
const DATE_WORDS: ReadonlySet<string> = new Set([...REDATED_DATE_WORDS, ...Object.keys(MONTH_WORDS)]);

/**
 * True when a date or period follows within the next few words: "to March 23", "to Q3",
 * "to next Board", "to the end of the year".
 * @example dateFollows('extended to March 2023', 11) // true
 * @example dateFollows('extended to wider executive colleagues', 11) // false
 */
export function dateFollows(text: string, from: number): boolean {
  const words = text.slice(from, from + 40).toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '').slice(0, 4);
  return words.some((w) => /\d/.test(w) || /^q[1-4]$/.test(w) || DATE_WORDS.has(w));
}
/** A Map, not the object itself: lookups by freshly built strings are much cheaper. */
const WHOLE_ENTRY = new Map<string, StatusClass>(Object.entries(WHOLE_ENTRY_WORDS));
/** Whole-entry words are ASCII or the marks of WHOLE_ENTRY_WORDS, so anything else separates words. */
const NOT_WORD = /[^a-z0-9✓✔✅❌⚠🟢🟡🟠🔴🔵]+/gu;

/**
 * The status of an entry that is one of the whole-entry words (an Open/Closed, Complete? or RAG
 * column's "Closed", "Yes", "A", "🟢"), or undefined for any other text.
 * @example wholeEntryStatus('Closed') // 'complete'
 * @example wholeEntryStatus('Open') // 'unknown'
 * @example wholeEntryStatus('Partially implemented') // undefined
 */
export function wholeEntryStatus(text: string): StatusClass | undefined {
  return text.length <= WHOLE_ENTRY_MAX ? WHOLE_ENTRY.get(text.toLowerCase().replace(NOT_WORD, ' ').trim()) : undefined;
}

/**
 * Removes the labels in front of an entry, twice at most ("Update: NEW ACTION: …").
 * @example stripStatusPrefix('Update: Deadlines adjusted') // 'Deadlines adjusted'
 */
export function stripStatusPrefix(entry: string): string {
  let text = entry;
  for (let i = 0; i < 2; i += 1) {
    const m = PREFIX.exec(text);
    if (m === null) break;
    text = text.slice(m[0].length);
  }
  return text;
}

/** The context a phrase is read in: tense matters for completions and starts only. */
function contextOf(meaning: PhraseMeaning, text: string, start: number): PhraseContext {
  const signal = meaning.kind === 'signal';
  return readContext(text, start, signal && (meaning.status === 'complete' || meaning.start), signal && meaning.rating);
}

/** The class of a phrase in its context, 'unknown' for a retraction, or null to ignore it. */
function resolve(meaning: PhraseMeaning, context: PhraseContext, text: string, start: number, end: number, key: string): StatusClass | null {
  if (meaning.kind === 'ignored' || meaning.kind === 'moved') return null;
  if (context === 'past') return null;
  if (meaning.kind === 'retraction') return context === 'negated' ? null : 'unknown';
  const { status, start: isStart } = meaning;
  // "Cannot be closed until evidence received" waits on something: not done, not ruled out.
  const ruledOut = context === 'ruled_out' && !WAITS_ON.test(text.slice(end, end + 12));
  if (context === 'negated' || context === 'ruled_out') return isStart ? 'not_started' : ruledOut ? 'off_track' : NEGATED_CLASS[status];
  if (context === 'prospective') return isStart ? 'not_started' : null;
  if (context === 'progressive') return 'on_track';
  if (key === 'complete' && isImperative(text, end)) return null;
  if (status === 'complete') {
    const percent = percentAround(text, start, end);
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
 * then weak. A retraction ("not complete") decides only when no phrase at all does.
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
    const found = resolve(meaning, context, text, m.index, m.index + m[0].length, key);
    if (found === 'unknown') retracted = true;
    else if (found !== null && meaning.kind === 'signal' && meaning.event && context !== 'progressive') {
      event = found;
      eventEnd = m.index + m[0].length;
    } else if (found !== null && ((meaning.kind === 'signal' && meaning.supporting) || context === 'progressive')) {
      support = found;
      supportEnd = m.index + m[0].length;
    } else if (found !== null && !(status === 'complete' && meaning.kind === 'signal' && meaning.rating && found === 'on_track')) {
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
