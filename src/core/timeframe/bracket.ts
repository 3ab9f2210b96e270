import type { Timeframe } from '../types';
import { parseBody } from './body';
import { DEADLINE } from './lexicon';
import type { Context } from './years';

/*
 * "Before winter (by 30/11)", "Q3 (by 15 Dec)": a deadline written in brackets after a looser
 * window is the writer pinning that window down, so its day or month is the deadline. Its year,
 * when none is written, is SPEC 3's nearest occurrence, not the looser window's.
 */

/** A bracket that opens with a deadline word, after something else. */
const BRACKETED_RE = new RegExp(`(?<=\\S\\s*)\\(((?:${DEADLINE})\\s+[^()]{1,40})\\)`);

/**
 * The day or month a bracketed deadline names, or null when the text has none.
 * @example bracketedDeadline('before winter (by 30/11)', ctx) // at asOf 2025-06-18: { kind: 'date', start: null, end: '2025-11-30', … }
 * @example bracketedDeadline('q3 (by board)', ctx) // null: a meeting is no tighter than the window
 */
export function bracketedDeadline(s: string, ctx: Context): Timeframe | null {
  if (s.indexOf('(') < 0) return null;
  const m = BRACKETED_RE.exec(s);
  const r = m === null ? null : parseBody(m[1] ?? '', ctx);
  return r !== null && r !== 'invalid' && r.end !== null && (r.kind === 'date' || r.kind === 'month') ? r : null;
}
