import {
  CAUSE_WORDS,
  CLAUSE_BREAKS,
  FILLER_WORDS,
  PAST_NEGATORS,
  IMPERATIVE_FOLLOWERS,
  NEGATORS,
  PAST_RATING_WORDS,
  PAST_WORDS,
  PROSPECTIVE_WORDS,
  SUBORDINATORS,
} from '../vocabulary/statusGrammar';
import { NEGATION_RAISERS } from '../vocabulary/statusPlain';
import { wordsBefore } from './wordsBefore';

/*
 * Reads the words just before a phrase to tell "completed" from "not completed", "to be
 * completed" and "is being completed". Only the current clause counts: punctuation, a
 * spaced dash and words such as "and"/"but" end it, so "No delays, and on track" keeps its
 * "on track".
 */

/**
 * `cause`: after "after", "following" or "despite", the background to the entry (CAUSE_WORDS), not its status.
 * `questioned`: a completion in doubt ("Complete?", "Believed to be complete"), read by status/resolve.ts (query.ts).
 */
export type PhraseContext = 'plain' | 'negated' | 'prospective' | 'progressive' | 'past' | 'ruled_out' | 'cause' | 'questioned';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const NEGATOR = set(NEGATORS);
const PROSPECTIVE = set(PROSPECTIVE_WORDS);
const SUBORDINATOR = set(SUBORDINATORS);
const FILLER = set(FILLER_WORDS);
const BREAK = set(CLAUSE_BREAKS);
const IMPERATIVE = set(IMPERATIVE_FOLLOWERS);
const PAST = set(PAST_WORDS);
const PAST_RATING = set(PAST_RATING_WORDS);
const CAUSE = set(CAUSE_WORDS);
const RAISER = set(NEGATION_RAISERS);
const PAST_NEGATOR = set(PAST_NEGATORS);
const PAST_AUXILIARY = set(['was', 'were', 'could', 'did']);

/** How far back to look, in words. */
const LOOKBACK_WORDS = 6;
/** A negator reaches over at most this many content words ("no significant delays"). */
const NEGATION_REACH = 3;

const NEXT_WORD = /^\s+(\p{L}+)/u;

/**
 * The context of the phrase starting at `start` in `text`. `tense` says whether the future
 * and progressive matter for this phrase (they do for completions and starts only, which
 * are never past: "previously completed" is still done); `rating` that it is a RAG colour.
 * @example readContext('Work has not yet been completed', 22, true) // 'negated'
 * @example readContext('To be completed by Dec', 6, true) // 'prospective'
 * @example readContext('Green (was Amber)', 11, false, true) // 'past'
 * @example readContext("Won't be completed", 9, true) // 'ruled_out'
 * @example readContext("Won't complete by YE", 6, true) // 'ruled_out'
 * @example readContext('Completed after delays', 16, false) // 'cause'
 */
export function readContext(text: string, start: number, tense: boolean, rating = false): PhraseContext {
  if (start === 0) return 'plain';
  let content = 0;
  let adjacent = true;
  let found: PhraseContext = 'plain';
  let subordinate = false;
  let ahead = '';
  const words = wordsBefore(text, start, LOOKBACK_WORDS);
  for (let k = 0; k < words.length; k++) {
    const word = words[k] ?? '';
    if (BREAK.has(word)) break;
    // "will not be completed", "won't be delivered", "cannot be delivered": a completion said not
    // to happen, not merely not yet done (but see resolve in entry.ts: "… until" only waits).
    const willNot = word === 'wont' || (word === 'not' && words[k + 1] === 'will');
    const will = willNot || word === 'cannot' || word === 'cant';
    if (will && tense && found === 'prospective' && content === 1 && ahead === 'be') return 'ruled_out';
    // "Won't complete by year end", "will not finish in time": ruled out too. Not "cannot close", which
    // more often waits on something ("Cannot close as evidence outstanding") than says it never will.
    if (willNot && tense && k === 0) return 'ruled_out';
    // "Wasn't delivered", "Couldn't be completed due to IT failure": it did not happen, where "not delivered" may yet.
    const pastNot = PAST_NEGATOR.has(word) || (word === 'not' && PAST_AUXILIARY.has(words[k + 1] ?? ''));
    if (pastNot && tense && content < NEGATION_REACH) return 'ruled_out';
    if (NEGATOR.has(word) && content < NEGATION_REACH) return 'negated';
    // "Completed after delays": the delays are background (tense phrases read "after" as a subordinator, below).
    if (!tense && CAUSE.has(word) && words[k + 1] !== 'the') return 'cause';
    if (content === 0 && !tense && (PAST.has(word) || (rating && PAST_RATING.has(word)))) return 'past';
    if (tense && adjacent && found === 'plain') {
      // "Moved from partially compliant to fully compliant": a rating reached, not one to come.
      const movedTo = rating && k === 0 && word === 'to' && words.includes('from');
      if (word === 'being') found = 'progressive';
      else if (PROSPECTIVE.has(word) && !movedTo) found = 'prospective';
    }
    if (SUBORDINATOR.has(word)) subordinate = true;
    if (!FILLER.has(word) && !RAISER.has(word)) {
      ahead = word;
      content += 1;
      if (found === 'plain' || !PROSPECTIVE.has(word)) adjacent = false;
    }
  }
  if (found !== 'plain') return found;
  return tense && subordinate ? 'prospective' : 'plain';
}

/**
 * True when the bare word "complete" at `end` is an instruction: "Complete by mid Dec",
 * "Complete the pilot and review feedback".
 * @example isImperative('Complete the pilot', 8) // true
 */
export function isImperative(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 24));
  return next !== null && IMPERATIVE.has((next[1] ?? '').toLowerCase());
}
