import { BOOKED_WORDS } from '../vocabulary/statusPending';
import { NEXT_PART_SET_WORDS, NUMBERED_PART_WORDS } from '../vocabulary/statusNextPart';
import { looseAlternation } from './alternation';

/*
 * SPEC 4, the latest sentence wins: numbered parts done, then the next part set for later ("Cohort 1 & 2
 * completed. Cohort 3 booked.", "Waves 1-2 delivered; wave 3 due March"), is a programme under way.
 */

const PART = `(${looseAlternation(NUMBERED_PART_WORDS)})s?`;
/** The parts named before the completion in its clause: "Cohort 1 & 2", "Phases 1-3", "Session 1, 2 and 3". */
const DONE_PARTS = new RegExp(`(?:^|[^\\p{L}])${PART}\\s*(\\d{1,2}(?:\\s*(?:,|&|\\+|and|-|–|to)\\s*\\d{1,2})*)[^.;\\n\\d]{0,40}$`, 'iu');
/** A later clause setting a numbered part for a time to come: ". Cohort 3 booked", "; wave 3 due March". */
const SET_PART = new RegExp(
  `[.;,\\n]\\s*(?:and\\s+)?(?:the\\s+)?${PART}\\s*(\\d{1,2})(?![\\d])[^.;\\n]{0,40}?(?:^|[^\\p{L}])(?:is\\s+|has\\s+been\\s+|now\\s+)?(?:${looseAlternation([...BOOKED_WORDS, ...NEXT_PART_SET_WORDS])})(?![\\p{L}])`,
  'giu',
);

const stem = (word: string): string => word.toLowerCase().replace(/s$/, '');

/**
 * True when the completion from `start` to `end` is of numbered parts of the work ("Cohort 1 & 2") and a later
 * clause sets a later part of the same kind for a time to come ("Cohort 3 booked"): the programme goes on.
 * @example nextPartSet('Cohort 1 & 2 completed (146 staff). Cohort 3 booked.', 13, 22) // true
 * @example nextPartSet('Cohort 1 & 2 completed. Refresher booked.', 13, 22) // false
 * @example nextPartSet('Phase 1 and 2 completed. Phase 2 evaluation scheduled.', 14, 23) // false
 */
export function nextPartSet(text: string, start: number, end: number): boolean {
  const done = DONE_PARTS.exec(text.slice(Math.max(0, start - 60), start));
  if (done === null) return false;
  const kind = stem(done[1] ?? '');
  const last = Math.max(...(done[2] ?? '').split(/\D+/).filter((n) => n !== '').map(Number));
  for (const m of text.slice(end).matchAll(SET_PART)) if (stem(m[1] ?? '') === kind && Number(m[2]) > last) return true;
  return false;
}
