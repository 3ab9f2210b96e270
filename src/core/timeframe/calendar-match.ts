import { isIsoDate } from '../dates';
import type { IsoDate, Meeting } from '../types';
import { calendarName, type Named } from './meeting-names';

/*
 * Which calendar meeting a cell means: one sharing a word or initials with the cell's name for
 * it; a cell that names a body ("People Committee") never takes another body's meeting just
 * because it falls the same month.
 */

/** Letters a short form shares with its word ("exec" for "executive", "perf" for "performance"). */
const SHORT_FORM = 3;

/**
 * True when a phrase says which body it means, not just "meeting" or "committee".
 * @example specific(named('next meeting')) // false
 */
export function specific(want: Named): boolean {
  return want.words.length > 0 || want.side !== null;
}

/**
 * How well a calendar meeting fits a phrase: -1 when it is another body's meeting or the other
 * half of the board; else higher for more shared words and initials, and fewer words the phrase
 * does not have. Initials made up on both sides never match each other, so "People Committee"
 * is not "Patient Care Committee"; names that each have a word the other lacks are two bodies
 * ("Health & Safety Committee" is not "Quality & Safety Committee").
 */
function fit(m: Meeting, want: Named): number {
  const has = calendarName(m.name);
  if (want.side !== null && has.side !== null && want.side !== has.side) return -1;
  if (want.informal !== has.informal) return -1;
  const side = want.side !== null && want.side === has.side ? 1 : 0;
  if (want.words.length === 0) return want.kinds.filter((w) => has.kinds.includes(w)).length * 2 + side;
  const theirInitials = want.words.filter((w) => has.initials.includes(w));
  const ourInitials = want.initials.filter((w) => has.words.includes(w));
  const ours = want.words.filter((w) => has.words.some((h) => same(w, h)));
  const hits = ours.length + theirInitials.length + ourInitials.length;
  if (hits === 0) return -1;
  const oursLeft = ourInitials.length > 0 ? 0 : want.words.length - ours.length - theirInitials.length;
  const theirsLeft =
    theirInitials.length > 0 ? 0 : has.words.filter((h) => !want.words.some((w) => same(w, h)) && !want.initials.includes(h)).length;
  if (oursLeft > 0 && theirsLeft > 0) return -1;
  return hits * 64 + side * 16 + Math.max(0, 15 - theirsLeft);
}

/** One word, or a short form of it ("exec" and "executive"). */
function same(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= SHORT_FORM && long.startsWith(short);
}

/**
 * The meeting from `from` to `to` that best fits a phrase, earliest on a tie; null when none fits.
 * @example bestMeeting([{ date: '2025-03-19', name: 'Quality & Safety Committee' }], '2025-03-01', '2025-03-31', named('QSC')) // the QSC
 */
export function bestMeeting(meetings: readonly Meeting[], from: IsoDate, to: IsoDate, want: Named): Meeting | null {
  let found: Meeting | null = null;
  let score = -1;
  for (const m of meetings) {
    if (m.date < from || m.date > to || !isIsoDate(m.date)) continue;
    const s = fit(m, want);
    if (s > score || (s === score && s >= 0 && found !== null && m.date < found.date)) {
      found = m;
      score = s;
    }
  }
  return found;
}

/**
 * The meeting on or after `from` that fits a phrase, skipping `skip` meeting days
 * ("Board after next" skips one); null when the calendar runs out.
 * @example upcoming(calendar, '2024-11-20', named('Board'), 1) // the second Board from 20 Nov
 */
export function upcoming(meetings: readonly Meeting[], from: IsoDate, want: Named, skip: number): Meeting | null {
  const fits = meetings.filter((m) => m.date >= from && isIsoDate(m.date) && fit(m, want) >= 0);
  const days = [...new Set(fits.map((m) => m.date))].sort();
  const day = days[skip];
  return day === undefined ? null : bestMeeting(fits, day, day, want);
}

/**
 * True when the next meeting set may be the one a phrase names: a named one when it fits; an
 * unnamed one when the calendar lists nothing else that day, or a meeting that fits.
 * @example accepts({ date: '2024-11-28', name: '' }, [], named('QSC')) // true
 */
export function accepts(m: Meeting, meetings: readonly Meeting[], want: Named): boolean {
  if (m.name.trim() !== '') return fit(m, want) >= 0;
  const sameDay = meetings.filter((c) => c.date === m.date);
  return sameDay.length === 0 || sameDay.some((c) => fit(c, want) >= 0);
}
