/**
 * Confidence words boards use instead of a percentage (SPEC 5.3: High/Medium/Low = 90/60/30),
 * as fractions, keyed in lower case.
 */
export const CONFIDENCE_WORDS: Readonly<Record<string, number>> = {
  high: 0.9,
  h: 0.9,
  medium: 0.6,
  med: 0.6,
  m: 0.6,
  low: 0.3,
  l: 0.3,
};
