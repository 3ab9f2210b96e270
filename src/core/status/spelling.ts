import { STATUS_PHRASES } from '../vocabulary/status';
import { WHOLE_ENTRY_WORDS } from '../vocabulary/statusWords';
import { oneSlip } from '../slips';
import { SHORT_STATUS_WORDS, SHORT_SLIP_WORDS, STATUS_ABBREVIATIONS, WORD_ONSETS } from '../vocabulary/statusSpelling';

/*
 * Status words typed wrong in a short entry ("Compelte", "Delayd", "In progres"). Unread, such an entry
 * says nothing, so the dates alone rate the step: a step done would show Red once its date passed. A
 * word is put right only in an entry of a few words that reads as nothing otherwise, only to a status
 * word of six letters or more with the same first two letters, and only for one slip of the kind that
 * makes no other word: two neighbouring letters swapped, or one dropped or added (as timeframe/spelling.ts
 * does for months before a year). A changed letter makes real words ("Passed" is no "Paused"), and so does
 * an ending dropped ("Approve" is an instruction, not "Approved"; "Continue to" is no "Continues to").
 * A word of four or five letters is put right only to one of a short list of status words, by a slip
 * checked in advance to make no other word ("On trak", "Doen"; vocabulary/statusSpelling.ts).
 */

/** At most this many words and characters in an entry that may hold a slip. */
const MAX_WORDS = 3;
const MAX_CHARS = 32;
/** The shortest status word guessed at, and the shortest word taken for one. */
const MIN_LENGTH = 6;
const SAME_START = 2;
/** The shortest word put right to a short status word (SHORT_SLIPS). */
const MIN_SHORT = 4;

const WORDS: readonly string[] = [
  ...new Set(
    [...Object.values(STATUS_PHRASES).flat(), ...Object.keys(WHOLE_ENTRY_WORDS)]
      .flatMap((p) => p.split(' '))
      .filter((w) => w.length >= MIN_LENGTH && /^[a-z]+$/.test(w)),
  ),
];
const KNOWN: ReadonlySet<string> = new Set(WORDS);
/** The status words by their first two letters, so a word is compared with a handful only. */
const BY_START = new Map<string, string[]>();
for (const word of WORDS) {
  const start = word.slice(0, SAME_START);
  BY_START.set(start, [...(BY_START.get(start) ?? []), word]);
}
/** The status words by first and third letter, where the second is a vowel: the words "Cmplete" may be, its vowel dropped. */
const BY_SKIP = new Map<string, string[]>();
for (const word of WORDS) {
  if (!'aeiou'.includes(word[1] ?? '')) continue;
  const key = (word[0] ?? '') + (word[2] ?? '');
  BY_SKIP.set(key, [...(BY_SKIP.get(key) ?? []), word]);
}
const ONSETS: ReadonlySet<string> = new Set(WORD_ONSETS);
const ABBREVIATIONS = new Map<string, string>(Object.entries(STATUS_ABBREVIATIONS));
const WORD = /[a-z]+/gi;

/** Every status word of any length, which is never taken for a slip of another. */
const ANY_STATUS_WORD: ReadonlySet<string> = new Set(
  [...Object.values(STATUS_PHRASES).flat(), ...Object.keys(WHOLE_ENTRY_WORDS)].flatMap((p) => p.split(' ')),
);

/** The one-slip forms of each short status word (first letter kept), made once: a lookup per word, not a comparison. */
function shortSlips(): ReadonlyMap<string, string> {
  const found = new Map<string, string | null>();
  for (const word of SHORT_STATUS_WORDS) {
    for (let i = 1; i < word.length; i += 1) {
      const swapped = word.slice(0, i) + word.slice(i + 1, i + 2) + word.slice(i, i + 1) + word.slice(i + 2);
      const dropped = word.slice(0, i) + word.slice(i + 1);
      const doubled = word.slice(0, i + 1) + word.slice(i);
      for (const slip of [swapped, dropped, doubled]) {
        if (slip === word || slip.length < MIN_SHORT || ANY_STATUS_WORD.has(slip) || SHORT_SLIP_WORDS.includes(slip)) continue;
        // A slip of two words is put right to neither.
        found.set(slip, found.has(slip) && found.get(slip) !== word ? null : word);
      }
    }
  }
  return new Map([...found].filter((e): e is [string, string] => e[1] !== null));
}
const SHORT_SLIPS = shortSlips();

/**
 * True when `name` is `word` with an ending added, so `word` is a word of its own: "Approve" (approved),
 * "Continue" (continues). Not a doubled "s" ("Progres" is no word; "progress" is).
 */
function inflects(word: string, name: string): boolean {
  return name === `${word}d` || (name === `${word}s` && !name.endsWith('ss'));
}

/** The one status word `word` (lower case) is a slip of, or null. */
function respellWord(word: string): string | null {
  const short = ABBREVIATIONS.get(word);
  if (short !== undefined) return short;
  // "traack" is "track" with a letter doubled: a slip of a short word, however long the slip.
  const slip = SHORT_SLIPS.get(word);
  if (slip !== undefined || word.length < MIN_LENGTH) return slip ?? null;
  if (KNOWN.has(word)) return null;
  const hits = (BY_START.get(word.slice(0, SAME_START)) ?? []).filter((name) => !inflects(word, name) && oneSlip(word, name));
  if (hits.length > 0 || ONSETS.has(word.slice(0, SAME_START))) return hits.length === 1 ? (hits[0] ?? null) : null;
  // "Cmplete": the second letter, a vowel, dropped, leaving two consonants no English word begins with.
  const skipped = (BY_SKIP.get(word.slice(0, SAME_START)) ?? []).filter((name) => name[0] + name.slice(2) === word);
  return skipped.length === 1 ? (skipped[0] ?? null) : null;
}

/**
 * A short entry with a status word typed wrong put right, or null when it has none (or is not short).
 * @example respellStatus('Compelte') // 'complete'
 * @example respellStatus('In progres') // 'In progress'
 * @example respellStatus('On trak') // 'On track'
 * @example respellStatus('Cmplete') // 'complete'
 * @example respellStatus('On traack') // 'On track'
 * @example respellStatus('Later') // null
 * @example respellStatus('Passed') // null
 * @example respellStatus('Approve') // null
 */
export function respellStatus(text: string): string | null {
  if (text.length > MAX_CHARS || text.length < MIN_SHORT) return null;
  const words = text.match(WORD);
  if (words === null || words.length > MAX_WORDS) return null;
  const right = words.map((word) => respellWord(word.toLowerCase()));
  if (right.every((w) => w === null)) return null;
  let i = 0;
  return text.replace(WORD, (word) => right[i++] ?? word);
}
