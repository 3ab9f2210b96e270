import { MAX_HEADER_WORDS, NOT_A_ROLE_HEADERS, OUTPUT_HEADER_WORDS, ROLES, ROLE_SYNONYMS, STATUS_FLAG_HEADERS } from '../vocabulary/columns';
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
  /**
   * A flag header (Open/Closed, Lead RAG): it names the status role only as the whole header,
   * and scores below any narrative match, so the update narrative is the status column and
   * flags are read beside it.
   */
  flag: boolean;
}

const FLAGS = new Set(STATUS_FLAG_HEADERS.map((h) => normaliseHeader(h)));

/**
 * True when a header, normalised, is a flag header (Open/Closed, RAG status, Lead RAG).
 * @example isFlagHeader(normaliseHeader('RAG status')) // true
 */
export function isFlagHeader(norm: string): boolean {
  return FLAGS.has(norm);
}

const SYNONYMS: readonly Synonym[] = (Object.entries(ROLE_SYNONYMS) as [Role, readonly string[]][]).flatMap(
  ([role, list]) =>
    list.map((s) => {
      const words = normaliseHeader(s);
      return { role, words, opening: `${words} `, inside: ` ${words} `, count: words.split(' ').length, flag: role === 'status' && FLAGS.has(words) };
    }),
);

const NOT_A_ROLE = NOT_A_ROLE_HEADERS.map((h) => normaliseHeader(h));
const ROLE_ORDER = Object.fromEntries(ROLES.map((role, i) => [role, i])) as Record<Role, number>;

const OUTPUT_BY_WORDS: ReadonlyMap<string, OutputColumn> = new Map(
  (Object.entries(OUTPUT_HEADER_WORDS) as [OutputColumn, string][]).map(([col, words]) => [normaliseHeader(words), col]),
);

/**
 * Every role a header could name, best first: an exact match beats one at the start of the
 * header, which beats one anywhere in it; longer synonyms beat shorter ones at each level;
 * equal scores keep the roles' order (ROLES). A column takes its best role that is still free
 * (readHeader), so "Milestones" beside "Deliverable" holds the next steps.
 * @example matchRoles('Milestones').map((m) => m.role) // ['action', 'next_steps']
 */
export function matchRoles(header: string): RoleMatch[] {
  const norm = normaliseHeader(header);
  if (norm === '' || norm.split(' ').length > MAX_HEADER_WORDS) return [];
  if (NOT_A_ROLE.some((words) => norm === words || norm.startsWith(`${words} `))) return [];
  const padded = ` ${norm} `;
  const best = new Map<Role, number>();
  const whole = new Map<Role, number>();
  for (const syn of SYNONYMS) {
    if (norm === syn.words) whole.set(syn.role, syn.flag ? syn.count : 100 + syn.count);
    else if (syn.flag) continue;
    const score = norm.startsWith(syn.opening) ? 50 + syn.count : padded.includes(syn.inside) ? 10 + syn.count : 0;
    if (score > (best.get(syn.role) ?? 0)) best.set(syn.role, score);
  }
  // A header that is a synonym as a whole means just that, whatever words of other roles it
  // holds: "Lead RAG" is the lead's rating, and "RAG status" a flag, not a narrative "status".
  const roles = whole.size > 0 ? [...whole] : [...best];
  return roles.map(([role, score]) => ({ role, score })).sort((a, b) => b.score - a.score || ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

/**
 * The role a header names best ({@link matchRoles}), or null.
 * @example matchRole('Time frame') // { role: 'timeframe', score: 102 }
 * @example matchRole('Progress with high-level actions as at 2023-24 Q2')?.role // 'progress'
 * @example matchRole('Date raised') // null: not a deadline (NOT_A_ROLE_HEADERS)
 */
export function matchRole(header: string): RoleMatch | null {
  return matchRoles(header)[0] ?? null;
}

/**
 * The product's own output column a header names, if any.
 * @example outputColumnOf('Meeting focus') // 'Meeting focus'
 */
export function outputColumnOf(header: string): OutputColumn | null {
  return OUTPUT_BY_WORDS.get(normaliseHeader(header)) ?? null;
}
