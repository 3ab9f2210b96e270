import { FOCUS_ORDER, FOCUS_TINTS, RATING_ORDER, RATING_SWATCHES } from './colours';
import { focusWords, ratingWord } from './words';

/**
 * The colours explained in words, written as a note on the RAG header cell, so the key
 * travels with the workbook and no meaning depends on colour alone.
 * @example legendText('ELG December 22').includes('light yellow rows: Update due at ELG December 22') // true
 */
export function legendText(nextMeetingName: string | null): string {
  const ratings = RATING_ORDER.map((r) => {
    const s = RATING_SWATCHES[r];
    return `${s.colourName}: ${ratingWord(r)} (${s.meaning})`;
  });
  const tints = FOCUS_ORDER.map((f) => `${FOCUS_TINTS[f].colourName} rows: ${focusWords(f, nextMeetingName)}`);
  return [
    'RAG Tracker colour key. The RAG and Meeting focus columns say the same in words.',
    `RAG column - ${ratings.join('; ')}.`,
    `Row tint (Meeting focus) - ${tints.join('; ')}.`,
    'The colours are conditional formatting: they follow the words if you edit them.',
  ].join('\n');
}
