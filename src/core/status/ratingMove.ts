import type { StatusClass } from '../types';
import { RATING_CODES, WHOLE_ENTRY_WORDS } from '../vocabulary/statusWords';

/*
 * A rating that moved, typed as a RAG column holds it (SPEC 4): "Red → Amber", "G->B", "A (was G)", and a
 * rating under its label, "BRAG B". The colour it moved to is how the work stands; read as two words
 * side by side it would be a two-colour rating, which takes the worse ("Red Amber" is off track).
 */

const COLOURS = ['red', 'amber', 'yellow', 'green', 'blue', 'grey', 'gray', ...RATING_CODES.filter((c) => !c.includes(' '))];
const COLOUR = `(${COLOURS.join('|')})`;
const ARROW = '(?:→|⇒|➔|➜|->|=>|>|\\bto\\b)';
const MOVED = new RegExp(`^\\s*(?:from\\s+)?${COLOUR}\\s*${ARROW}\\s*${COLOUR}\\s*\\.?$`, 'i');
const WAS = new RegExp(`^\\s*${COLOUR}\\s*\\(\\s*(?:was|prev(?:iously|\\.)?|from)\\s+${COLOUR}\\s*\\)\\s*$`, 'i');
const LABELLED = new RegExp(`^\\s*b?rag(?:\\s+(?:status|rating))?\\s*[:=\\-–]?\\s*${COLOUR}\\s*$`, 'i');
const LABEL = '(?:b?rag(?:\\s+(?:status|rating))?\\s*[:=\\-–]?\\s*)?';
/** A colour denied, then the one it is: "Not red - amber", "Not green, amber" (round 27), its reason after it or not ("Not green - amber: capacity constrained"). */
const NOT_THEN = new RegExp(`^\\s*${LABEL}not\\s+${COLOUR}\\s*[-–—,;:/]\\s*(?:(?:but|now|rather|actually)\\s+)?${COLOUR}\\s*(?:[.!]?\\s*$|[.:;(–—]\\s*\\S|-\\s)`, 'i');
/** A colour, then the one it is not: "Amber (not green)", "RAG: Amber - not green". */
const THEN_NOT = new RegExp(`^\\s*${LABEL}${COLOUR}\\s*(?:\\(\\s*not\\s+${COLOUR}\\s*\\)|[-–—,;:]\\s*not\\s+${COLOUR})\\s*\\.?$`, 'i');
/** Every pattern names a colour or code; an entry without an arrow, a bracket, a label or a "not" is never one. */
const CUE = /→|⇒|➔|➜|->|=>|>|\bto\b|\(|rag|\bnot\b/i;

const statusOf = (word: string | undefined): StatusClass | undefined => WHOLE_ENTRY_WORDS[(word ?? '').toLowerCase()];

/**
 * The rating a short entry moved to or is labelled with, or undefined when it is no such entry.
 * @example ratingMoved('Red → Amber') // 'at_risk'
 * @example ratingMoved('G->B') // 'complete'
 * @example ratingMoved('A (was G)') // 'at_risk'
 * @example ratingMoved('BRAG B') // 'complete'
 * @example ratingMoved('Not red - amber') // 'at_risk'
 * @example ratingMoved('RAG: Amber (not green)') // 'at_risk'
 * @example ratingMoved('Red Amber') // undefined
 */
export function ratingMoved(text: string): StatusClass | undefined {
  if (!CUE.test(text)) return undefined;
  const moved = MOVED.exec(text);
  if (moved !== null) return statusOf(moved[2]);
  const corrected = colourCorrected(text);
  if (corrected !== undefined) return corrected;
  const denied = THEN_NOT.exec(text);
  if (denied !== null && denied[1]?.toLowerCase() !== (denied[2] ?? denied[3])?.toLowerCase()) return statusOf(denied[1]);
  return statusOf((WAS.exec(text) ?? LABELLED.exec(text))?.[1]);
}

/**
 * The colour a lead corrected a rating to, with or without a reason after it, or undefined: a colour
 * corrected is the colour it is said to be, not a two-colour rating nor the denied one read as its
 * opposite. Asked of whole entries of any length, as the reason makes them long.
 * @example colourCorrected('Not green - amber: theatre capacity constrained') // 'at_risk'
 * @example colourCorrected('Not red - amber') // 'at_risk'
 * @example colourCorrected('Not green') // undefined
 */
export function colourCorrected(text: string): StatusClass | undefined {
  const corrected = NOT_THEN.exec(text);
  return corrected !== null && corrected[1]?.toLowerCase() !== corrected[2]?.toLowerCase() ? statusOf(corrected[2]) : undefined;
}
