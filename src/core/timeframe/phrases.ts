import {
  COMPLETION_WORDS,
  DEPENDENCY_WORDS,
  EVERY_COUNT_WORDS,
  EVERY_UNIT_WORDS,
  EVERY_WORDS,
  HORIZON_WORDS,
  ONGOING_WORDS,
  OPEN_END_WORDS,
  RECURRING_WORDS,
  TBC_WORDS,
} from '../vocabulary/timeframeMarkers';
import { MEETING_WORD, MONTH, alternation } from './lexicon';

/*
 * Cells with no deadline: "On-going following board decision" (ongoing), "TBC", "New time frame
 * to be developed", "Establish once above action completed" (tbc).
 */

/** Recurring work named by its interval or month: "Every 4 weeks", "Every other month", "Each April". */
const EVERY_SPAN = `${alternation(EVERY_WORDS)}\\s+(?:(?:\\d{1,2}|${alternation(EVERY_COUNT_WORDS)})\\s+)?(?:${alternation(EVERY_UNIT_WORDS)}|${MONTH})`;
const ONGOING = `(?:${alternation(ONGOING_WORDS)}|${EVERY_SPAN})`;
const TBC = alternation([...TBC_WORDS, ...HORIZON_WORDS]);
const ONGOING_START_RE = new RegExp(`^${ONGOING}(?![a-z])`);
const TBC_START_RE = new RegExp(`^${TBC}(?![a-z])`);
const HORIZON_START_RE = new RegExp(`^${alternation(HORIZON_WORDS)}(?![a-z])`);
/** Punctuation between a leading TBC or ongoing and what follows it ("TBC (Q3)", "TBC; End of Jan 23"). */
const GAP_RE = /^[\s;:,()/-]+/;
const EVERY_MEETING = `${alternation(EVERY_WORDS)}\\s+(?:[a-z&']+\\s+){0,2}?${MEETING_WORD}`;
const ONGOING_ANY_RE = new RegExp(`(?<![a-z])(?:${ONGOING}|${alternation(RECURRING_WORDS)}|${EVERY_MEETING})(?![a-z])`);
const TBC_ANY_RE = new RegExp(`(?<![a-z])${TBC}(?![a-z])`);
const DEPENDENCY_ANY_RE = new RegExp(`(?<![a-z])${alternation(DEPENDENCY_WORDS)}(?![a-z])`);
/** The whole cell is a completion word, perhaps with a full stop or a tick's exclamation. */
const COMPLETION_RE = new RegExp(`^${alternation(COMPLETION_WORDS)}[.!]*$`);
const OPEN_END_RE = new RegExp(`(?<![a-z])${alternation(OPEN_END_WORDS)}(?![a-z])`);
/** A date still to be set at a meeting ("To be agreed at next meeting", "Date to be agreed at next Board"). */
const SET_AT_MEETING_RE = new RegExp(
  `^(?:[a-z]+\\s+){0,2}?${TBC}\\s+(?:at|by|in|via)\\s+(?:the\\s+)?(?:[a-z0-9'&]+\\s+){0,3}?${MEETING_WORD}`,
);

/**
 * True when normalised text says its date is where the work starts, not a deadline.
 * @example opensEnded('march 2024 onwards') // true
 * @example opensEnded('end of march') // false
 */
export function opensEnded(s: string): boolean {
  return OPEN_END_RE.test(s);
}

/**
 * True when normalised text says the date will be set at a meeting: the meeting is where the
 * deadline is decided, not the deadline, so the cell has none yet (a tbc).
 * @example setAtMeeting('timescale to be set at next meeting') // true
 * @example setAtMeeting('tbc - march board') // false: a provisional date, as "TBC (Mar 25)" is
 */
export function setAtMeeting(s: string): boolean {
  return SET_AT_MEETING_RE.test(s);
}

/**
 * 'ongoing' or 'tbc' when normalised text starts with such a phrase, else null.
 * @example phraseAtStart('on-going following board decision') // 'ongoing'
 * @example phraseAtStart('end of nov') // null
 */
export function phraseAtStart(s: string): 'ongoing' | 'tbc' | null {
  if (ONGOING_START_RE.test(s)) return 'ongoing';
  return TBC_START_RE.test(s) ? 'tbc' : null;
}

/** A leading no-deadline phrase and the text after it. */
export interface Lead {
  kind: 'ongoing' | 'tbc';
  rest: string;
}

/**
 * The 'ongoing' or 'tbc' phrase normalised text starts with, and the text after it with the
 * punctuation between them dropped (none after a horizon); null when it starts with neither.
 * @example leadingPhrase('tbc (provisionally end of jan 23)') // { kind: 'tbc', rest: 'provisionally end of jan 23)' }
 * @example leadingPhrase('end of nov') // null
 */
export function leadingPhrase(s: string): Lead | null {
  let kind: Lead['kind'] = 'ongoing';
  let m = ONGOING_START_RE.exec(s);
  if (m === null) {
    kind = 'tbc';
    m = TBC_START_RE.exec(s);
  }
  if (m === null) return null;
  if (kind === 'tbc' && HORIZON_START_RE.test(s)) return { kind, rest: '' };
  const rest = s.slice(m[0].length);
  const gap = GAP_RE.exec(rest);
  return { kind, rest: gap === null ? rest : rest.slice(gap[0].length) };
}

/**
 * 'ongoing' or 'tbc' when such a phrase, or a dependency ("once", "dependent on"), appears
 * anywhere; for cells where nothing datable was found.
 * @example phraseAnywhere('action to be confirmed') // 'tbc'
 * @example phraseAnywhere('establish once above action completed') // 'tbc'
 * @example phraseAnywhere('bi-annual review') // 'ongoing'
 */
export function phraseAnywhere(s: string): 'ongoing' | 'tbc' | null {
  if (ONGOING_ANY_RE.test(s)) return 'ongoing';
  return TBC_ANY_RE.test(s) || DEPENDENCY_ANY_RE.test(s) ? 'tbc' : null;
}

/**
 * True when the whole of normalised text says the work is done: it has no deadline, and is no
 * date misread (kind 'tbc', as "n/a" is), so it draws no "unreadable time frame" warning.
 * @example completedOnly('completed') // true
 * @example completedOnly('completed by march 2023') // false
 */
export function completedOnly(s: string): boolean {
  return COMPLETION_RE.test(s);
}
