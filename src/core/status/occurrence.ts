import { COUNTED_UNITS, NEXT_WORDS, OCCURRENCE_AUXILIARIES, ROUTINE_MESSAGES, ROUTINE_VERBS, WHOLE_SET_WORDS } from '../vocabulary/statusOccurrence';
import { EVENT_UNITS } from '../vocabulary/statusEventUnits';
import { CLAUSE_END } from './clauses';
import { clauseWords, isTime } from './clauseWords';
import { wordsBefore } from './wordsBefore';

/*
 * A completion word for one occurrence of recurring or counted work is progress, not the action done (SPEC 4,
 * round 20): "Q2 review done 09/09. Q3 review scheduled for Dec" has the next review set, and "4 cohorts
 * delivered" counts the work so far. The whole set ("All 4 cohorts delivered") or a one-off stays complete.
 */

const NEXT: ReadonlySet<string> = new Set(NEXT_WORDS);
const AUX: ReadonlySet<string> = new Set(OCCURRENCE_AUXILIARIES);
const alt = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '[\\s-]+')).join('|');
const UNITS: readonly string[] = [...COUNTED_UNITS, ...EVENT_UNITS];
/** A bare count of units right before the completion word: "4 cohorts delivered", "12 sessions have been delivered". */
const COUNT_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}/.,£$%-])(?<!\\b(?:of|out\\s+of)\\s+)(?:(${alt(WHOLE_SET_WORDS)})\\s+)?\\d{1,3}\\s+(?:[\\p{L}-]+\\s+)?(?:${alt(UNITS)})\\s+(?:(?:${alt(OCCURRENCE_AUXILIARIES)})\\s+)*$`,
  'iu',
);
/** A bare count of units right after it: "Training delivered to 3 cohorts". */
const COUNT_AFTER = new RegExp(`^\\s+(?:to|for|across)\\s+(?:(${alt(WHOLE_SET_WORDS)})\\s+)?\\d{1,3}\\s+(?:${alt(UNITS)})(?![\\p{L}])(?!\\s+(?:of|out\\s+of)\\s)`, 'iu');

/**
 * True when the completion word from `start` to `end` counts units of a series delivered so far, with no word
 * making the count the whole set.
 * @example countedUnits('4 cohorts delivered (58 managers)', 10, 19) // true
 * @example countedUnits('All 4 cohorts delivered', 14, 23) // false
 */
export function countedUnits(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  const m = /\d/.test(before) ? COUNT_BEFORE.exec(before) : null;
  if (m !== null) return m[1] === undefined;
  const after = text.slice(end, end + 40);
  const n = /\d/.test(after) ? COUNT_AFTER.exec(after) : null;
  return n !== null && n[1] === undefined;
}

/**
 * True when the completion word from `start` to `end` closes one occurrence labelled by its period ("Q2 review
 * done", "September audit completed") and a later clause names the next one of the same thing ("Q3 review
 * scheduled for Dec", "next audit booked").
 * @example nextOccurrence('Q2 review done 09/09/26. Q3 review scheduled for Dec SG.', 10, 14) // true
 * @example nextOccurrence('Annual review done; next review due 2027', 14, 18) // false
 */
export function nextOccurrence(text: string, start: number, end: number): boolean {
  if (start === 0 || end >= text.length) return false;
  const before = wordsBefore(text, start, 5).filter((w) => !AUX.has(w));
  const [noun = '', label = ''] = before;
  if (!isTime(label) || noun.length < 3 || !/^[a-z]+$/.test(noun)) return false;
  for (const clause of text.slice(end).split(CLAUSE_END)) {
    const words = clauseWords(clause);
    const at = words.findIndex((w) => w === noun || w === `${noun}s`);
    const prior = words[at - 1] ?? '';
    if (at > 0 && (isTime(prior) || NEXT.has(prior))) return true;
  }
  return false;
}

const ROUTINE: ReadonlySet<string> = new Set(ROUTINE_MESSAGES);
const ROUTINE_VERB: ReadonlySet<string> = new Set(ROUTINE_VERBS);

/**
 * True when the completion `key` at `start` only sends a routine message ("91%; reminders issued", "Letters issued to
 * non-responders"): activity towards the work, not the action done. The message is one of the two words before it.
 * @example routineSent('issued', '91%; reminders issued', 15) // true
 * @example routineSent('issued', 'Guidance issued', 9) // false
 */
export function routineSent(key: string, text: string, start: number): boolean {
  if (!ROUTINE_VERB.has(key)) return false;
  // The message may name its medium after it: "Reminder emails issued".
  const words = wordsBefore(text, start, 4).filter((w) => !AUX.has(w));
  return ROUTINE.has(words[0] ?? '') || ROUTINE.has(words[1] ?? '');
}
