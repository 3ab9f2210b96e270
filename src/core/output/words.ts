import { formatUk } from '../dates';
import type { Focus, Meeting, OutputColumn, Rating, Trend } from '../types';

/**
 * The product's own columns, in the order they are written to the right of a tracker.
 * @example OUTPUT_HEADERS[0] // 'RAG'
 */
export const OUTPUT_HEADERS: readonly OutputColumn[] = ['RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend'];

const RATING_WORDS: Readonly<Record<Rating, string>> = {
  complete: 'Complete',
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  not_rated: 'Not rated',
};

/**
 * The word written in the RAG column; the colour rules key on exactly these words.
 * @example ratingWord('not_rated') // 'Not rated'
 */
export function ratingWord(r: Rating): string {
  return RATING_WORDS[r];
}

/**
 * The start of every "update due" focus, which the row-tint rule tests for.
 * @example focusWords('update_due', 'ELG').startsWith(UPDATE_DUE_PREFIX) // true
 */
export const UPDATE_DUE_PREFIX = 'Update due';

/**
 * The words written in the Meeting focus column, naming the meeting the update is due at,
 * as the source action plans do ("Actions update for ELG December 22").
 * @example focusWords('update_due', 'ELG December 22') // 'Update due at ELG December 22'
 * @example focusWords('update_due', null) // 'Update due at next meeting'
 * @example focusWords('next_step', null) // 'Next step'
 */
export function focusWords(f: Focus, nextMeetingName: string | null): string {
  if (f === 'complete') return 'Complete';
  if (f === 'next_step') return 'Next step';
  const name = nextMeetingName?.trim();
  return `${UPDATE_DUE_PREFIX} at ${name ? name : 'next meeting'}`;
}

const TREND_SYMBOLS: Readonly<Record<Trend, string>> = { up: '▲', down: '▼', same: '►', new: '●' };
const TREND_WORDS: Readonly<Record<Trend, string>> = { up: 'Improved', down: 'Worse', same: 'Same', new: 'New' };

/**
 * The Trend column's symbol against the previous snapshot; empty when there is no trend.
 * @example trendSymbol('up') // '▲'
 * @example trendSymbol(null) // ''
 */
export function trendSymbol(t: Trend | null): string {
  return t === null ? '' : TREND_SYMBOLS[t];
}

/**
 * The trend in words, for screen readers and exports where a symbol alone says too little.
 * @example trendWord('down') // 'Worse'
 * @example trendWord(null) // ''
 */
export function trendWord(t: Trend | null): string {
  return t === null ? '' : TREND_WORDS[t];
}

/**
 * How the next meeting is named in the Meeting focus column, the summary and the task pane: its
 * name, or the meeting on its date where it has none.
 * @example meetingName({ date: '2022-12-15', name: '' }) // 'the meeting on 15 Dec 2022'
 */
export function meetingName(m: Meeting): string {
  return m.name.trim() || `the meeting on ${formatUk(m.date)}`;
}
