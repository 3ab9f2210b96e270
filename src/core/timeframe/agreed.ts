import { AGREED_AT_WORDS, AGREED_DEADLINE_WORDS, AGREED_PER_WORDS, AGREED_WORDS } from '../vocabulary/timeframeAgreed';
import { alternation } from './lexicon';

/*
 * "31/03/27 - extension agreed at Jan QSC", "Q4 (extension approved by Dec Board)", "Jun 27 -
 * new date per QSC Jan 27": the meeting or date after "agreed at", "approved by", "per" names
 * where the revision was agreed, not the deadline. Cut out, the cell reads as the revision it
 * labels ("31/03/27 - extension agreed"), so the date it gives is the deadline, re-dated.
 */

/** "agreed at", "approved by", "per": where the meeting that agreed a change begins. */
const AGREED_RE = new RegExp(
  `(?<![a-z])(?:(${alternation(AGREED_WORDS)})\\s+(${alternation(AGREED_AT_WORDS)})|${alternation(AGREED_PER_WORDS)})\\s+(?=[a-z0-9])`,
  'g',
);
/**
 * Where the meeting's name ends: a bracket, a comma or semicolon, a colon or a spaced dash, or a
 * word that brings in the new deadline ("at Jan QSC to 31/03/27"); else the end of the cell.
 */
const CLAUSE_END_RE = new RegExp(`\\s+${alternation(AGREED_DEADLINE_WORDS)}\\s+(?=\\S)|\\s*[)\\];,:]|\\s+-+(?:\\s|$)`);

/** What may follow the kept text with no space put between ("extension agreed)", "agreed: 30/04/27"). */
const JOINS_RE = /^(?:$|[\s)\];,:])/;

/** A cell with the meeting that agreed its revision cut out, and that meeting's words. */
export interface AgreedAt {
  /** The cell without the meeting ("31/03/27 - extension agreed"). */
  text: string;
  /** The text before the meeting, where the revision word it was agreed for must be ("31/03/27 - extension agreed"). */
  head: string;
  /** The meeting or date cut out ("jan qsc"). */
  clause: string;
  /** Whether "by" brought it in: "by" is a deadline word too, so the clause must be a meeting. */
  by: boolean;
}

/**
 * Cuts out the first meeting or date named as where a change was agreed, or null when there is
 * none. Whether a revision word comes before it is the caller's check (revised.ts).
 * @example agreedAt('31/03/27 - extension agreed at jan qsc') // { text: '31/03/27 - extension agreed', head: '31/03/27 - extension agreed', clause: 'jan qsc', by: false }
 * @example agreedAt('q4 (extension approved by dec board)') // { text: 'q4 (extension approved)', head: 'q4 (extension approved', clause: 'dec board', by: true }
 * @example agreedAt('extension agreed at qsc to 31/03/27') // { text: 'extension agreed to 31/03/27', head: 'extension agreed', clause: 'qsc', by: false }
 * @example agreedAt('30/06/27 - new date per jan qsc') // { text: '30/06/27 - new date', head: '30/06/27 - new date', clause: 'jan qsc', by: false }
 * @example agreedAt('extension to march board') // null
 */
export function agreedAt(s: string): AgreedAt | null {
  AGREED_RE.lastIndex = 0;
  const m = AGREED_RE.exec(s);
  if (m === null) return null;
  // The verb stays ("extension agreed"): it may be part of the revision word itself.
  const verbEnd = m.index + (m[1]?.length ?? 0);
  const from = m.index + m[0].length;
  const end = CLAUSE_END_RE.exec(s.slice(from));
  const to = end === null ? s.length : from + end.index;
  const clause = s.slice(from, to).trim();
  if (clause === '') return null;
  const kept = s.slice(0, verbEnd).trimEnd();
  const rest = s.slice(to);
  return { text: JOINS_RE.test(rest) ? kept + rest : `${kept} ${rest}`, head: kept, clause, by: m[2] === 'by' };
}
