import { FALLBACK_SYNONYMS, FLAG_SUBJECTS, FLAG_VALUE_HINTS, LAST_RESORT_HEADERS, ROLE_SYNONYMS, STATUS_FLAG_HEADERS, WHOLE_ONLY_HEADERS } from '../vocabulary/columns';
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

const HINTS = FLAG_VALUE_HINTS.map((h) => ` ${normaliseHeader(h)}`);
const SUBJECTS = FLAG_SUBJECTS.map((h) => `${normaliseHeader(h)} `).sort((a, b) => b.length - a.length);
/** A header written with its subject plural ("Actions completed"): a list of the work done, not a flag on one action. */
const PLURAL_SUBJECT = /^\s*(?:actions|items|tasks|recommendations)\b/i;

/**
 * A folded header with what may surround a flag word taken off (FLAG_VALUE_HINTS after it,
 * FLAG_SUBJECTS before it), so "Closed Y/N" and "Action closed?" compare as "closed". `raw`, when
 * given, is the header as written: a plural subject ("Actions completed") is kept.
 * @example flagCore('action closed y n') // 'closed'
 * @example flagCore('action completed', 'Actions completed') // 'action completed'
 */
export function flagCore(norm: string, raw?: string): string {
  const hint = HINTS.find((h) => norm.endsWith(h));
  const bare = hint === undefined ? norm : norm.slice(0, -hint.length);
  if (raw !== undefined && PLURAL_SUBJECT.test(raw)) return bare;
  const subject = SUBJECTS.find((w) => bare.startsWith(w));
  return subject === undefined ? bare : bare.slice(subject.length);
}

/**
 * True when a header, normalised, is a flag header (Open/Closed, RAG status, Lead RAG), its values
 * or what it flags around it ("Closed Y/N", "Action complete": flagCore).
 * @example isFlagHeader(normaliseHeader('RAG status')) // true
 * @example isFlagHeader(normaliseHeader('Closed Y/N')) // true
 */
export function isFlagHeader(norm: string): boolean {
  return FLAGS.has(norm) || FLAGS.has(flagCore(norm));
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
