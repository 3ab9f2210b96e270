/**
 * Confidence words boards use instead of a percentage (SPEC 5.3: High/Medium/Low = 90/60/30),
 * as fractions, keyed in lower case. A confidence given as a colour reads as the level of the
 * same band, so the confidence thresholds give the colour back (Green 90, Amber 60, Red 30).
 */
export const CONFIDENCE_WORDS: Readonly<Record<string, number>> = {
  high: 0.9,
  h: 0.9,
  'very high': 0.9,
  medium: 0.6,
  med: 0.6,
  m: 0.6,
  moderate: 0.6,
  low: 0.3,
  l: 0.3,
  'very low': 0.3,
  green: 0.9,
  amber: 0.6,
  red: 0.3,
};
