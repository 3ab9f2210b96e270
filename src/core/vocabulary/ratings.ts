import type { Rating } from '../types';

/**
 * Words a lead may type into a RAG override cell (SPEC 2.2 `rag_override`), keyed in lower
 * case with spaces, hyphens and underscores collapsed to one space. Only a whole cell counts,
 * so "Amber/Red" or "Green - on track" is not an override. Complete is shown blue in the
 * source action plans, hence "Blue". Smartsheet's and other task tools' RYG scale writes amber
 * as "Yellow"; its "Y" is not read, as a lone "Y" is "Yes" in a Complete? column.
 */
export const RATING_WORDS: Readonly<Record<string, Rating>> = {
  red: 'red',
  r: 'red',
  amber: 'amber',
  a: 'amber',
  yellow: 'amber',
  green: 'green',
  g: 'green',
  complete: 'complete',
  completed: 'complete',
  blue: 'complete',
  b: 'complete',
  'not rated': 'not_rated',
};

/** The word written in the RAG column and at the start of every reason (SPEC 2.4). */
export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  complete: 'Complete',
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  not_rated: 'Not rated',
};
