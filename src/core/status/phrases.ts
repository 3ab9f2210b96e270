import type { StatusClass } from '../types';
import { RATING_COLOURS, REASSURANCE_PHRASES, START_PHRASES, SUPPORTING_PHRASES } from '../vocabulary/statusGrammar';
import { EVENT_PHRASES, IGNORED_PHRASES, NOT_YET_DUE_PHRASES, RETRACTION_PHRASES, STATUS_PHRASES } from '../vocabulary/status';
import { REDATED_LINKS, REDATED_PHRASES, REMAINING_PHRASES } from '../vocabulary/statusWords';
import { CONDITION_MARKERS } from '../vocabulary/statusApproval';
import { ASSURANCE_RATINGS } from '../vocabulary/statusAssurance';
import type { StatusSignal } from '../vocabulary/status';
import { patternWarmUps, phrasePatterns } from './phraseScan';

/*
 * The vocabulary compiled once, at module load, into a few regexes scanned as one and a lookup
 * table: the engine reads hundreds of thousands of cells a second, so nothing is rebuilt per
 * call, and one scan of a cell finds both its status words and any sign that a deadline moved.
 */

/**
 * What a matched phrase means. `signal` gives a class; `retraction` says "not done";
 * `ignored` is a name that merely contains a status word; `moved` only says a deadline moved;
 * `remaining` says part of the work is still to do ("outstanding"), which matters only after a completion;
 * `condition` sets one ("pending", "subject to"), which matters only after an approval (status/conditional.ts);
 * `reassurance` says nothing is wrong ("No issues"), which matters only where nothing else does (status/settle.ts).
 * `redated` marks the phrases that say a deadline moved ("delayed to", "deferred"); a
 * `supporting` signal yields to any other in its entry; an `event` (EVENT_PHRASES) yields to
 * any other in its entry and its cell; a `rating` is a RAG colour.
 */
export type PhraseMeaning =
  | { kind: 'signal'; status: StatusSignal; start: boolean; redated: boolean; supporting: boolean; event: boolean; rating: boolean }
  | { kind: 'retraction'; redated: boolean }
  | { kind: 'ignored'; redated: boolean }
  | { kind: 'remaining'; redated: boolean }
  | { kind: 'condition'; redated: boolean }
  | { kind: 'reassurance'; redated: boolean }
  | { kind: 'moved'; redated: boolean };

/** Phrases are ASCII, so a match's key keeps only ASCII letters and digits. */
const NOT_KEY = /[^a-z0-9]+/g;
const KEY_ONLY = /^[a-z0-9]*$/;

/**
 * The lookup key of a phrase or of matched text: lower case, letters and digits only.
 * @example phraseKey('On-Going') // 'ongoing'
 */
export function phraseKey(text: string): string {
  const lower = text.toLowerCase();
  return KEY_ONLY.test(lower) ? lower : lower.replace(NOT_KEY, '');
}

type Head = { kind: 'signal'; status: StatusSignal; start: false; supporting: false; event: false; rating: false };

/** The class of the longest status phrase that begins `phrase`, as in "delayed" for "delayed to". */
function headSignal(phrase: string): Head | null {
  let best: Head | null = null;
  let length = 0;
  for (const status of Object.keys(STATUS_PHRASES) as StatusSignal[]) {
    for (const head of STATUS_PHRASES[status]) {
      if (head.length > length && phrase.startsWith(`${head} `)) {
        best = { kind: 'signal', status, start: false, supporting: false, event: false, rating: false };
        length = head.length;
      }
    }
  }
  return best;
}

function buildMeanings(): Map<string, PhraseMeaning> {
  const meanings = new Map<string, PhraseMeaning>();
  const starts = new Set(START_PHRASES.map(phraseKey));
  const moved = new Set(REDATED_PHRASES.map(phraseKey));
  const supporting = new Set(SUPPORTING_PHRASES.map(phraseKey));
  const colours = new Set(RATING_COLOURS);
  const assurance = new Set(ASSURANCE_RATINGS.map(phraseKey));
  for (const status of Object.keys(STATUS_PHRASES) as StatusSignal[]) {
    for (const phrase of STATUS_PHRASES[status]) {
      const key = phraseKey(phrase);
      const rating = phrase.split(' ').every((w) => colours.has(w)) || assurance.has(key);
      const start = starts.has(key);
      meanings.set(key, { kind: 'signal', status, start, redated: moved.has(key), supporting: supporting.has(key), event: false, rating });
    }
  }
  for (const phrase of EVENT_PHRASES) {
    meanings.set(phraseKey(phrase), { kind: 'signal', status: 'complete', start: false, redated: false, supporting: true, event: true, rating: false });
  }
  for (const phrase of [...RETRACTION_PHRASES, ...NOT_YET_DUE_PHRASES]) meanings.set(phraseKey(phrase), { kind: 'retraction', redated: false });
  for (const phrase of IGNORED_PHRASES) meanings.set(phraseKey(phrase), { kind: 'ignored', redated: false });
  for (const phrase of REMAINING_PHRASES) meanings.set(phraseKey(phrase), { kind: 'remaining', redated: false });
  for (const phrase of CONDITION_MARKERS) meanings.set(phraseKey(phrase), { kind: 'condition', redated: false });
  for (const phrase of REASSURANCE_PHRASES) meanings.set(phraseKey(phrase), { kind: 'reassurance', redated: false });
  for (const phrase of REDATED_PHRASES) {
    const key = phraseKey(phrase);
    if (meanings.has(key)) continue;
    // "delayed to" is matched as one phrase, so it keeps the class of its head word "delayed".
    const head = headSignal(phrase);
    meanings.set(key, head === null ? { kind: 'moved', redated: true } : { ...head, redated: true });
  }
  return meanings;
}

/** Every status, retraction, ignored and deadline-moved phrase, keyed by {@link phraseKey}. */
export const PHRASE_MEANINGS: ReadonlyMap<string, PhraseMeaning> = buildMeanings();

/**
 * Whole-word regexes over every phrase in {@link PHRASE_MEANINGS}, split by first character
 * (phraseScan.ts); scanned together with forEachMatch, the longest match at each place wins.
 */
export const PHRASE_PATTERNS: readonly RegExp[] = phrasePatterns([
  ...Object.values(STATUS_PHRASES).flat(),
  ...EVENT_PHRASES,
  ...RETRACTION_PHRASES,
  ...NOT_YET_DUE_PHRASES,
  ...IGNORED_PHRASES,
  ...REMAINING_PHRASES,
  ...CONDITION_MARKERS,
  ...REASSURANCE_PHRASES,
  ...REDATED_PHRASES,
]);

const LINKS: ReadonlySet<string> = new Set(REDATED_LINKS);

/**
 * The keys of the moved-deadline phrases that say a deadline moved only when a date or period
 * follows them: those with a linking word ("moved to", "slipped into", "delayed until", "now expected").
 * @example DATED.has('movedto') // true
 * @example DATED.has('deferred') // false
 */
export const DATED: ReadonlySet<string> = new Set(
  REDATED_PHRASES.filter((p) => p.split(' ').some((w) => LINKS.has(w))).map(phraseKey),
);

/**
 * The class a phrase gives on its own, ignoring context: 'unknown' for a retraction, null
 * for a phrase that gives none. For tests and tooling.
 * @example phraseClass('not on track') // 'off_track'
 */
export function phraseClass(phrase: string): StatusClass | null {
  const meaning = PHRASE_MEANINGS.get(phraseKey(phrase));
  if (meaning === undefined) return null;
  if (meaning.kind === 'signal') return meaning.status;
  return meaning.kind === 'retraction' ? 'unknown' : null;
}

/**
 * Steps that compile {@link PHRASE_PATTERNS} a part at a time (patternWarmUps), for warmUpInChunks.
 * @example for (const step of phraseWarmUps()) step() // the next readStatus no longer pays for the compiles
 */
export const phraseWarmUps = (): (() => void)[] => patternWarmUps(PHRASE_PATTERNS);
