import { CLOSING_WORDS } from '../vocabulary/statusWords';
import { DUE_TO_BODIES } from '../vocabulary/statusSchedule';
import { GOVERNANCE_LINKS, GOVERNANCE_WAITS } from '../vocabulary/statusFollowUp';
import { CLAUSE_END } from './clauses';
import { clauseWords, isTime } from './clauseWords';
import { phraseKey } from './phrases';

/*
 * Sign-off scheduled is governance, not a hold-up (SPEC 4): "Awaiting sign-off at March Board" names the
 * meeting that will sign the work off, where "Awaiting sign off" alone leaves the reader asking when.
 */

const WAITS: ReadonlySet<string> = new Set(GOVERNANCE_WAITS.map(phraseKey));
const FORMALITY: ReadonlySet<string> = new Set(CLOSING_WORDS);
const LINKS: ReadonlySet<string> = new Set(GOVERNANCE_LINKS);
const BODY: ReadonlySet<string> = new Set(DUE_TO_BODIES);
const LEADS: ReadonlySet<string> = new Set(['the', 'formal', 'final', 'next', 'end', 'of', 'early', 'mid', 'late']);
const REACH = 80;

/**
 * True when the wait `key` ending at `end` is for closing paperwork at a named meeting or by a date.
 * @example governanceScheduled('awaiting', 'Awaiting sign-off at March Board', 8) // true
 * @example governanceScheduled('awaiting', 'Awaiting sign off', 8) // false
 * @example governanceScheduled('awaiting', 'Awaiting funding at March Board', 8) // false
 */
export function governanceScheduled(key: string, text: string, end: number): boolean {
  if (!WAITS.has(key)) return false;
  const words = clauseWords(text.slice(end, end + REACH).split(CLAUSE_END)[0] ?? '');
  let i = 0;
  while (LEADS.has(words[i] ?? '')) i += 1;
  if (!FORMALITY.has(words[i] ?? '')) return false;
  const link = words.findIndex((w, k) => k > i && LINKS.has(w));
  if (link < 0) return false;
  return words.slice(link + 1).some((w) => BODY.has(w) || isTime(w));
}
