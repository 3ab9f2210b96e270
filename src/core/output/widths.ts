import type { OutputColumn } from '../types';

/** Wide enough for the words and dates without "###": the least each column is given. */
export const OUTPUT_WIDTHS: Readonly<Record<OutputColumn, number>> = {
  RAG: 11,
  'RAG reason': 60,
  'Meeting focus': 30,
  'Next due': 13,
  Trend: 8,
};

/**
 * The widest a column of text is made: the refresh does not wrap the tracker's rows (that would
 * change the height of every row the user laid out), so a longer text runs on past it, and a
 * column wider than a screen would push the user's own columns out of sight.
 */
const MOST = 100;

/**
 * Each output column's width in characters: the least that column needs (OUTPUT_WIDTHS), widened
 * to its longest text so a meeting's name is not cut off ("Update due at Trust Board January 20")
 * and a reason is read whole; one place, so every writer (ExcelJS, the package patcher, Office.js)
 * sizes the columns alike.
 * @example outputWidths([{ header: 'Meeting focus', col: 8 }], new Map([[8, ['Update due at Trust Board January 2027']]])) // [{ col: 8, width: 40 }]
 */
export function outputWidths(columns: readonly { header: OutputColumn; col: number }[], texts: ReadonlyMap<number, readonly string[]>): { col: number; width: number }[] {
  return columns.map(({ header, col }) => {
    const longest = Math.max(0, ...(texts.get(col) ?? []).map((t) => t.length));
    // Two characters over the text: Excel's own padding, and bold headers, take about one.
    return { col, width: Math.max(OUTPUT_WIDTHS[header], Math.min(MOST, longest + 2)) };
  });
}
