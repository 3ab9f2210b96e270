import { MAX_HEADER_WORDS, NOT_A_ROLE_HEADERS, OUTPUT_HEADER_WORDS, ROLES } from '../vocabulary/columns';
import type { OutputColumn, Role } from '../types';
import { normaliseHeader, withoutHint } from './normalise';
import { FALLBACK_LEVELS, flagCore, LEVELS, SYNONYMS, type Synonym } from './synonyms';
import { isCompound, isEventDate } from './wording';

export { normaliseHeader, withoutHint } from './normalise';
export { isFlagHeader } from './synonyms';

/** A header cell's best role and how strongly it matched (higher is better). */
export interface RoleMatch {
  role: Role;
  score: number;
  /** The synonym's place in its role's list: at equal scores the earlier names the role better ("Deadline" over "Date"). */
  rank: number;
  /**
   * True when only a fallback synonym named the role (FALLBACK_SYNONYMS): a "Finding" beside the
   * "Action" is that action's reason, so it loses the role without being reported as a rival.
   */
  fallback?: boolean;
}

const NOT_A_ROLE = NOT_A_ROLE_HEADERS.map((h) => normaliseHeader(h));
const RAG_WORD = / b?rag /;
const ROLE_ORDER = Object.fromEntries(ROLES.map((role, i) => [role, i])) as Record<Role, number>;

const OUTPUT_BY_WORDS: ReadonlyMap<string, OutputColumn> = new Map(
  (Object.entries(OUTPUT_HEADER_WORDS) as [OutputColumn, string][]).map(([col, words]) => [normaliseHeader(words), col]),
);

/** Keeps the better of two matches for one role: the higher score, then the earlier synonym. */
function keep(into: Map<Role, RoleMatch>, m: RoleMatch): void {
  const had = into.get(m.role);
  if (had === undefined || m.score > had.score || (m.score === had.score && m.rank < had.rank)) into.set(m.role, m);
}

/**
 * Every role a header could name, best first: an exact match beats one at the head of the
 * header, which beats one anywhere in it; longer synonyms beat shorter ones at each level, and
 * fallbacks (FALLBACK_SYNONYMS) score below the rest; equal scores keep the roles' order
 * (ROLES). The head is the last words of a compound header ("Action lead" is a lead), else its
 * first ("Progress against milestones"). A header naming an event's date ("Date of incident")
 * names no role. A column takes its best role that is still free (readHeader), so
 * "Milestones" beside "Deliverable" holds the next steps.
 * @example matchRoles('Milestones').map((m) => m.role) // ['action', 'next_steps']
 * @example matchRoles('Action lead')[0]?.role // 'lead'
 */
export function matchRoles(header: string): RoleMatch[] {
  const norm = normaliseHeader(header);
  if (norm === '' || norm.split(' ').length > MAX_HEADER_WORDS) return [];
  if (NOT_A_ROLE.some((words) => norm === words || norm.startsWith(`${words} `))) return [];
  const padded = ` ${norm} `;
  const bare = normaliseHeader(withoutHint(header));
  // A hint says how to fill the column, so the name before it decides the head: "Action status
  // (open/closed)" is a status, though the hint's slash would make it two joined parts.
  const compound = isCompound(withoutHint(header), bare);
  // A flag's values or subject around its word ("Closed Y/N", "Action closed?") leave it that flag.
  const flagged = flagCore(bare, header);
  const whole = new Map<Role, RoleMatch>();
  const found: { syn: Synonym; at: 'head' | 'start' | 'inside' }[] = [];
  for (const syn of SYNONYMS) {
    const levels = syn.fallback ? FALLBACK_LEVELS : LEVELS;
    // A flag keeps its name under a hint of its values ("Completed (Y/N)"), as do a last resort
    // ("Evidence (link)") and a whole-only word ("Review (report name)"), and names its role only
    // whole; other headers' hints often say what they hold ("Status (RAG)" holds ratings, not the
    // narrative) and stay read whole.
    const wholeOnly = syn.flag || syn.lastResort || syn.wholeOnly;
    const isWhole = norm === syn.words || (wholeOnly && bare === syn.words) || (syn.flag && flagged === syn.words);
    if (isWhole) keep(whole, { role: syn.role, score: syn.lastResort ? 0 : syn.flag ? syn.count : levels.whole + syn.count, rank: syn.rank, fallback: syn.fallback });
    if (wholeOnly || isWhole) continue;
    const at = compound && bare.endsWith(syn.closing) ? 'head' : norm.startsWith(syn.opening) ? 'start' : padded.includes(syn.inside) ? 'inside' : null;
    if (at !== null) found.push({ syn, at });
  }
  // A RAG is the lead's colour for the action's delivery ("Progress RAG", "Delivery RAG", "Action RAG"), a flag
  // beside the status: as progress it would go unread, as an action rival the action column. Confidence reads colours.
  if (whole.size === 0 && RAG_WORD.test(padded) && !found.some((f) => f.syn.role === 'confidence')) return [{ role: 'status', score: 1, rank: 0 }];
  // In a compound header, first words naming another role only qualify the head ("Action" in "Action lead").
  const heads = new Set(found.filter((f) => f.at === 'head').map((f) => f.syn.role));
  const best = new Map<Role, RoleMatch>();
  for (const { syn, at } of found) {
    const levels = syn.fallback ? FALLBACK_LEVELS : LEVELS;
    const isHead = at === 'head' || (at === 'start' && (heads.size === 0 || heads.has(syn.role)));
    keep(best, { role: syn.role, score: (isHead ? levels.head : levels.inside) + syn.count, rank: syn.rank, fallback: syn.fallback });
  }
  // A header that is a synonym as a whole means just that, whatever words of other roles it
  // holds: "Lead RAG" is the lead's rating, and "RAG status" a flag, not a narrative "status".
  const roles = [...(whole.size > 0 ? whole : best).values()];
  roles.sort((a, b) => b.score - a.score || ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  return roles[0]?.role === 'timeframe' && isEventDate(norm) ? [] : roles;
}

/**
 * The role a header names best ({@link matchRoles}), or null.
 * @example matchRole('Time frame') // { role: 'timeframe', score: 102, rank: 0, fallback: false }
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
