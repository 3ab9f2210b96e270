import { CLOSING_WORDS } from '../vocabulary/statusWords';
import { INTERIM_AFTER, INTERIM_BEFORE, INTERIM_WAITS, MANNER_PHRASES } from '../vocabulary/statusSchedule';
import { phraseKey } from './phrases';
import { CLAUSE_END } from './clauses';
import { hasPhrase, wholeWordPattern } from './trie';
import { COVER_WORDS, GAP_WORDS } from '../vocabulary/statusCourse';

/*
 * A completion that is only a stopgap ("manual check in place meanwhile", "Interim process in
 * place pending recruitment") says the action is under way, not done; and an on-track phrase
 * right after a completion ("Completed on schedule") says how the work went, not that it goes on.
 */

const words = (list: readonly string[]): string => list.map((w) => w.replace(/ /g, '[\\s-]+')).join('|');
/** A stopgap word earlier in the clause, a few words back at most. */
const BEFORE = new RegExp(`(?:^|[^a-z])(?:${words(INTERIM_BEFORE)})(?:[\\s-]+[a-z][a-z'’-]*){0,4}\\s*$`, 'i');
/** A stopgap word just after the completion, a few words on at most. */
const AFTER = new RegExp(`^(?:\\s+[a-z][a-z'’-]*){0,3}?\\s+(${words(INTERIM_AFTER)})\\b`, 'i');
const WAITS: ReadonlySet<string> = new Set(INTERIM_WAITS);
/** Cover just before the completion ("locum cover in place"), and a gap it bridges anywhere in the entry. */
const COVER_BEFORE = new RegExp(`(?:^|[^a-z])(?:${words(COVER_WORDS)})(?:[\\s-]+[a-z][a-z'’-]*){0,1}\\s*$`, 'i');
const GAP = wholeWordPattern(GAP_WORDS);
const CLOSING: ReadonlySet<string> = new Set(CLOSING_WORDS);
const MANNER: ReadonlySet<string> = new Set(MANNER_PHRASES.map(phraseKey));
/** Two words at most between a completion and how it went: "Delivered to all wards on schedule" is not one. */
const NEAR = /^\s*(?:[a-z0-9]+\s+){0,2}$/i;
/** A completion that is the thing ending, not starting: "no longer required", "no longer needed". */
const NO_LONGER = /^no\s+longer\b/i;

/**
 * True when the completion phrase from `start` to `end` is a stopgap until the work is done.
 * @example stopgap('Interim process in place pending recruitment', 16, 24) // true
 * @example stopgap('Workflow change in test; manual check in place meanwhile.', 38, 46) // true
 * @example stopgap('Registrar gap - cover in place', 22, 30) // true
 * @example stopgap('SOP in place pending ratification', 4, 12) // false
 * @example stopgap('Locum no longer required - substantive appointed', 6, 24) // false
 */
export function stopgap(text: string, start: number, end: number): boolean {
  // "Locum no longer required": the stopgap itself ended, as the post it covered was filled.
  if (NO_LONGER.test(text.slice(start, end))) return false;
  if (BEFORE.test(text.slice(Math.max(0, start - 48), start))) return true;
  // "Registrar gap - cover in place": cover bridges the gap; alone ("Indemnity cover in place") it may be another kind.
  if (COVER_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && hasPhrase(GAP, text)) return true;
  const after = text.slice(end, end + 60);
  const m = AFTER.exec(after);
  if (m === null || CLAUSE_END.test(after.slice(0, m.index + m[0].length))) return false;
  if (!WAITS.has((m[1] ?? '').toLowerCase())) return true;
  const rest = after.slice(m.index + m[0].length);
  const cut = rest.search(CLAUSE_END);
  const awaited = (cut < 0 ? rest : rest.slice(0, cut)).toLowerCase().match(/[a-z]+/g) ?? [];
  return !awaited.some((w) => CLOSING.has(w));
}

/**
 * True when the phrase `key` at `start` says how the completion ending at `done` went: "Completed
 * on schedule", "Delivered as planned in Q2".
 * @example manner('Completed on schedule', 9, 10, 'onschedule') // true
 * @example manner('Phase 1 delivered; phase 2 on schedule', 17, 27, 'onschedule') // false
 */
export function manner(text: string, done: number, start: number, key: string): boolean {
  return done >= 0 && done <= start && MANNER.has(key) && NEAR.test(text.slice(done, start));
}
