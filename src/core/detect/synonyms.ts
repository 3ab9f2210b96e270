import { FALLBACK_SYNONYMS, LAST_RESORT_HEADERS, ROLE_SYNONYMS, STATUS_FLAG_HEADERS, WHOLE_ONLY_HEADERS } from '../vocabulary/columns';
import type { Role } from '../types';
import { normaliseHeader } from './normalise';

/*
 * The vocabulary's header words, folded once (normaliseHeader) for matching header cells.
 */

export interface Synonym {
  role: Role;
  words: string;
  /** `words` followed by a space, with a space either side, and after one: built once, not per header cell. */
  opening: string;
  inside: string;
  closing: string;
  count: number;
  rank: number;
  /**
   * A flag header (Open/Closed, Lead RAG): it names the status role only as the whole header,
   * and scores below any narrative match, so the update narrative is the status column and
   * flags are read beside it.
   */
  flag: boolean;
  /** A fallback (FALLBACK_SYNONYMS): it scores below any other match for its role. */
  fallback: boolean;
  /**
   * A last resort (LAST_RESORT_HEADERS): it names its role only as the whole header, below any
   * other match and any flag, and a column it names is never read beside another of its role.
   */
  lastResort: boolean;
  /** A whole-only synonym (WHOLE_ONLY_HEADERS): qualified by other words it names something else ("Next review"). */
  wholeOnly: boolean;
}

const FLAGS = new Set(STATUS_FLAG_HEADERS.map((h) => normaliseHeader(h)));
const FALLBACKS = new Set(FALLBACK_SYNONYMS.map((h) => normaliseHeader(h)));
const LAST_RESORTS = new Set(LAST_RESORT_HEADERS.map((h) => normaliseHeader(h)));
const WHOLE_ONLY = new Set(WHOLE_ONLY_HEADERS.map((h) => normaliseHeader(h)));

/**
 * True when a header, normalised, is a flag header (Open/Closed, RAG status, Lead RAG).
 * @example isFlagHeader(normaliseHeader('RAG status')) // true
 */
export function isFlagHeader(norm: string): boolean {
  return FLAGS.has(norm);
}

/** Every synonym of every role, in the vocabulary's order. */
export const SYNONYMS: readonly Synonym[] = (Object.entries(ROLE_SYNONYMS) as [Role, readonly string[]][]).flatMap(([role, list]) =>
  list.map((s, rank) => {
    const words = normaliseHeader(s);
    const flag = role === 'status' && FLAGS.has(words);
    const lastResort = LAST_RESORTS.has(words);
    const wholeOnly = WHOLE_ONLY.has(words);
    return { role, words, opening: `${words} `, inside: ` ${words} `, closing: ` ${words}`, count: words.split(' ').length, rank, flag, fallback: lastResort || FALLBACKS.has(words), lastResort, wholeOnly };
  }),
);

/** Score levels of a match: the whole header, its head words (see isCompound), anywhere in it. */
export const LEVELS = { whole: 100, head: 50, inside: 10 } as const;
export const FALLBACK_LEVELS = { whole: 40, head: 20, inside: 5 } as const;
