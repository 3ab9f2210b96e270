import type { Rating } from '../types';
import { RATING_LABELS, RATING_WORDS } from '../vocabulary/ratings';

/**
 * Severity rank of each rating, higher is worse (SPEC 5.2: Red > Amber > Green > Not rated).
 * Complete ranks lowest so that the worst of an action's steps is its worst open step, and
 * only an all-complete action comes out Complete.
 */
const SEVERITY: Readonly<Record<Rating, number>> = { complete: 0, not_rated: 1, green: 2, amber: 3, red: 4 };

/**
 * The ratings from worst to best, the order exceptions and counts are listed in.
 * @example RATINGS_WORST_FIRST[0] // 'red'
 */
export const RATINGS_WORST_FIRST: readonly Rating[] = ['red', 'amber', 'green', 'not_rated', 'complete'];

/**
 * How bad a rating is, for sorting and comparing: red 4, amber 3, green 2, not_rated 1, complete 0.
 * @example ratingOrder('red') > ratingOrder('amber') // true
 */
export function ratingOrder(rating: Rating): number {
  // A switch rather than SEVERITY[rating]: every step of every row asks, and a lookup keyed by
  // five different names is one of V8's slow (megamorphic) property loads.
  switch (rating) {
    case 'complete':
      return 0;
    case 'not_rated':
      return 1;
    case 'green':
      return 2;
    case 'amber':
      return 3;
    case 'red':
      return 4;
  }
}

/**
 * The worse of two ratings; on a tie the first is kept, so folding left keeps the first worst.
 * @example worseOf('green', 'amber') // 'amber'
 * @example worseOf('complete', 'not_rated') // 'not_rated'
 */
export function worseOf(a: Rating, b: Rating): Rating {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

/**
 * Type guard for the engine's rating values (as stored in RAG History or settings JSON).
 * @example isRating('amber') // true
 * @example isRating('Amber') // false
 */
export function isRating(x: unknown): x is Rating {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(SEVERITY, x);
}

/**
 * Reads a manual RAG override cell. Only a whole-cell rating word counts (case-insensitive),
 * so a lead's sentence that happens to contain "red" never overrides the rules.
 * @example parseRatingWord(' amber ') // 'amber'
 * @example parseRatingWord('B') // 'complete'
 * @example parseRatingWord('Red - behind') // null
 */
export function parseRatingWord(text: string): Rating | null {
  const key = text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  return Object.prototype.hasOwnProperty.call(RATING_WORDS, key) ? (RATING_WORDS[key] ?? null) : null;
}

/**
 * The word shown for a rating in the RAG column and reasons.
 * @example ratingLabel('not_rated') // 'Not rated'
 */
export function ratingLabel(rating: Rating): string {
  return RATING_LABELS[rating];
}
