import { isTime } from './clauseWords';

/*
 * A thing "in place since April" has been running a while: it is the action done, not a step towards it (SPEC 4,
 * round 20), so a measure after it ("utilisation 81% (Aug)") is its outcome, not more of the work to come.
 * A named plan ("Improvement plan in place since April") stays a step, as its key is no bare "in place".
 */

const BARE_IN_PLACE = 'inplace';
/** "since April", "since 1 May", "since the start of Q2": the words read after "since". */
const SINCE = /^\s+since\s+((?:the\s+)?(?:start|beginning|end)\s+of\s+)?([a-z0-9/]+)(?:\s+([a-z0-9/]+))?/i;

/**
 * True when the bare completion `key` ending at `end` is held since a time: "In place since April".
 * @example establishedSince('inplace', 'In place since April; utilisation 81% (Aug)', 8) // true
 * @example establishedSince('inplace', 'In place; utilisation 81%', 8) // false
 * @example establishedSince('planinplace', 'Plan in place since April', 13) // false
 */
export function establishedSince(key: string, text: string, end: number): boolean {
  if (key !== BARE_IN_PLACE || end >= text.length) return false;
  const m = SINCE.exec(text.slice(end, end + 40));
  return m !== null && (isTime((m[2] ?? '').toLowerCase()) || isTime((m[3] ?? '').toLowerCase()));
}
