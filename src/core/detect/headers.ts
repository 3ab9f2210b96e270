import { MAX_HEADER_WORDS, NOT_A_ROLE_HEADERS, OUTPUT_HEADER_WORDS, ROLE_SYNONYMS, STATUS_FLAG_HEADERS } from '../vocabulary/columns';
import type { OutputColumn, Role } from '../types';

/** A header cell's best role and how strongly it matched (higher is better). */
export interface RoleMatch {
  role: Role;
  score: number;
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * Header text reduced to comparable words: case, punctuation and plurals folded, "#" and
 * "%" kept as words because they are whole headers in real trackers.
 * @example normaliseHeader('Is the action on track/update') // 'is the action on track update'
 * @example normaliseHeader('% Complete') // 'percent complete'
 */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/%/g, ' percent ')
    .replace(/#/g, ' # ')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
    .map(singular)
    .join(' ');
}

interface Synonym {
  role: Role;
  words: string;
  /** `words` followed by a space, and with a space either side: built once, not per header cell. */
  opening: string;
  inside: string;
  count: number;
  /** Subtracted from the score: flag columns lose the status role to a narrative column. */
  penalty: number;
}

const FLAGS = new Set(STATUS_FLAG_HEADERS.map((h) => normaliseHeader(h)));

const SYNONYMS: readonly Synonym[] = (Object.entries(ROLE_SYNONYMS) as [Role, readonly string[]][]).flatMap(
  ([role, list]) =>
    list.map((s) => {
      const words = normaliseHeader(s);
      return { role, words, opening: `${words} `, inside: ` ${words} `, count: words.split(' ').length, penalty: role === 'status' && FLAGS.has(words) ? 60 : 0 };
    }),
);

const NOT_A_ROLE = NOT_A_ROLE_HEADERS.map((h) => normaliseHeader(h));

const OUTPUT_BY_WORDS: ReadonlyMap<string, OutputColumn> = new Map(
  (Object.entries(OUTPUT_HEADER_WORDS) as [OutputColumn, string][]).map(([col, words]) => [normaliseHeader(words), col]),
);

/**
 * The role a header names, preferring an exact match, then one at the start of the header,
 * then one anywhere in it; longer synonyms beat shorter ones at each level.
 * @example matchRole('Time frame') // { role: 'timeframe', score: 102 }
 * @example matchRole('Progress with high-level actions as at 2023-24 Q2')?.role // 'progress'
 * @example matchRole('Date raised') // null: not a deadline (NOT_A_ROLE_HEADERS)
 */
export function matchRole(header: string): RoleMatch | null {
  const norm = normaliseHeader(header);
  if (norm === '' || norm.split(' ').length > MAX_HEADER_WORDS) return null;
  if (NOT_A_ROLE.some((words) => norm === words || norm.startsWith(`${words} `))) return null;
  const padded = ` ${norm} `;
  let best: RoleMatch | null = null;
  for (const syn of SYNONYMS) {
    let score = 0;
    if (norm === syn.words) score = 100 + syn.count;
    else if (norm.startsWith(syn.opening)) score = 50 + syn.count;
    else if (padded.includes(syn.inside)) score = 10 + syn.count;
    score -= score > 0 ? syn.penalty : 0;
    if (score > 0 && (best === null || score > best.score)) best = { role: syn.role, score };
  }
  return best;
}

/**
 * The product's own output column a header names, if any.
 * @example outputColumnOf('Meeting focus') // 'Meeting focus'
 */
export function outputColumnOf(header: string): OutputColumn | null {
  return OUTPUT_BY_WORDS.get(normaliseHeader(header)) ?? null;
}
