import type { Rating, Trend } from '../types';

/** Improvement order of SPEC 5.2: Red → Amber → Green → Complete. Not rated has no place in it. */
const PROGRESS: Readonly<Partial<Record<Rating, number>>> = { red: 0, amber: 1, green: 2, complete: 3 };

/**
 * An action's trend against the previous snapshot. Missing history means the action is new.
 * Not rated (on either side) is neither better nor worse than a rating, so it reads as the
 * same: a step losing or gaining a date is a data change, not progress or slippage, and the
 * RAG reason already says why it is not rated.
 * @example trendOf('amber', 'green') // 'up'
 * @example trendOf(undefined, 'red') // 'new'
 * @example trendOf('not_rated', 'red') // 'same'
 */
export function trendOf(previous: Rating | null | undefined, current: Rating): Trend {
  if (previous === null || previous === undefined) return 'new';
  const before = PROGRESS[previous];
  const now = PROGRESS[current];
  if (before === undefined || now === undefined || before === now) return 'same';
  return now > before ? 'up' : 'down';
}

/**
 * "Completed since last meeting": actions known in the previous snapshot as not complete that
 * are now Complete. Actions missing from the previous snapshot are not counted, since nothing
 * shows they were open at the last meeting (a first refresh therefore reports 0).
 * @example completedSince(new Map([['1', 'green']]), new Map([['1', 'complete'], ['2', 'complete']])) // 1
 */
export function completedSince(previous: ReadonlyMap<string, Rating>, current: ReadonlyMap<string, Rating>): number {
  let count = 0;
  for (const [key, rating] of current) {
    const before = previous.get(key);
    if (rating === 'complete' && before !== undefined && before !== 'complete') count += 1;
  }
  return count;
}

/**
 * An action's identity across refreshes (SPEC 5.2): its ref when present (trimmed, spaces
 * collapsed, case-folded), else its text stripped of markup, case-folded, with punctuation and
 * whitespace collapsed, so re-wrapping or re-punctuating a recommendation keeps its history.
 * @example actionKey(' 12A ', 'Anything') // '12a'
 * @example actionKey(null, '<p>Recruitment of the  successor</p> to the lay-member.') // 'recruitment of the successor to the lay member'
 */
export function actionKey(ref: string | null, actionText: string): string {
  const refKey = refKeyOf(ref);
  return refKey !== '' ? refKey : textKeyOf(actionText);
}

/**
 * A ref as actionKey compares it: trimmed, spaces collapsed, case-folded; '' for none.
 * @example refKeyOf(' 12A ') // '12a'
 */
export function refKeyOf(ref: string | null): string {
  return (ref ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * An action's text as actionKey compares it, with markup, punctuation and case folded away.
 * @example textKeyOf('Recruit a lay-member.') // 'recruit a lay member'
 */
export function textKeyOf(actionText: string): string {
  return actionText
    .normalize('NFKC')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
