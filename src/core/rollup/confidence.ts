import { CONFIDENCE_WORDS } from '../vocabulary/confidence';

export interface ConfidenceReading {
  /** 0..1, or null when the cell is blank or unusable. */
  value: number | null;
  /** `fraction_above_one`: a bare number above 1 in a column of fractions (see readConfidence's `fractions`). */
  problem: 'out_of_range' | 'fraction_above_one' | 'not_a_number' | null;
}

const PERCENT_TEXT = /^([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)\s*(%?)$/;

function fromNumber(n: number, isPercent: boolean, fractions: boolean): ConfidenceReading {
  if (!Number.isFinite(n)) return { value: null, problem: 'not_a_number' };
  // In a column of fractions 1.2 is 120%, typed as a fraction; from 2 up it reads as a whole percentage (50 is 50%), as elsewhere.
  if (!isPercent && fractions && n > 1 && n < 2) return { value: null, problem: 'fraction_above_one' };
  // Excel stores 75% as 0.75; a bare number above 1 was typed as a percentage.
  const fraction = isPercent || n > 1 ? n / 100 : n;
  if (fraction < 0 || fraction > 1) return { value: null, problem: 'out_of_range' };
  return { value: fraction, problem: null };
}

/**
 * Reads a confidence (or progress) cell as a fraction 0..1 (SPEC 5.3): a number (0..1 as
 * Excel stores percentages, above 1 up to 100 as a percentage), text such as "75%" or "0.75",
 * or High/Medium/Low (H/M/L) = 90/60/30 %. Anything outside 0–100 % is out_of_range; other
 * text is not_a_number. A blank cell is simply not given. A cell formatted as a percentage
 * arrives as the text Excel shows ("120%", see percentText), so only a bare number is guessed at.
 * In a column whose numbers are `fractions` (0.8 for 80%: fractionColumns), a bare number above 1
 * and below 2 is a fraction too, so over 100%, and says so (`fraction_above_one`), rather than 1.2
 * read as 1.2%; 2 and above are whole percentages there too (50 beside 0.8 is 50%).
 * @example readConfidence(0.75) // { value: 0.75, problem: null }
 * @example readConfidence('80%') // { value: 0.8, problem: null }
 * @example readConfidence('High') // { value: 0.9, problem: null }
 * @example readConfidence(120) // { value: null, problem: 'out_of_range' }
 * @example readConfidence('fairly sure') // { value: null, problem: 'not_a_number' }
 * @example readConfidence(1.2, true) // { value: null, problem: 'fraction_above_one' }
 * @example readConfidence(50, true) // { value: 0.5, problem: null }
 */
export function readConfidence(value: string | number | null, fractions = false): ConfidenceReading {
  if (value === null) return { value: null, problem: null };
  if (typeof value === 'number') return fromNumber(value, false, fractions);
  const text = value.trim();
  if (text === '') return { value: null, problem: null };
  const word = text.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(CONFIDENCE_WORDS, word)) {
    return { value: CONFIDENCE_WORDS[word] ?? null, problem: null };
  }
  const m = PERCENT_TEXT.exec(text);
  if (m === null) return { value: null, problem: 'not_a_number' };
  return fromNumber(Number(m[1]), m[2] === '%', fractions);
}
