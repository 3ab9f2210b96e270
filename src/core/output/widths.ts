import type { CellRange, OutputColumn } from '../types';

/** Wide enough for the words and dates without "###": the least each column is given. */
export const OUTPUT_WIDTHS: Readonly<Record<OutputColumn, number>> = {
  RAG: 11,
  'RAG reason': 60,
  'Meeting focus': 30,
  'Next due': 13,
  Trend: 8,
};

/**
 * The widest a column of text is made: a column wider than a screen would push the user's own
 * columns out of sight. A wrapped column (WRAPPED_COLUMNS) keeps its least width, as its
 * longer texts run onto more lines: widened to its longest, the reason column alone made a
 * sheet printed one page wide too small to read.
 */
const MOST = 100;

/**
 * Each output column's width in characters: the least that column needs (OUTPUT_WIDTHS), widened
 * to its longest text so a meeting's name is not cut off ("Update due at Trust Board January 20"),
 * but for a wrapped column (the reason), which keeps its least; one place, so every writer (ExcelJS, the package patcher, Office.js)
 * sizes the columns alike.
 * @example outputWidths([{ header: 'Meeting focus', col: 8 }], new Map([[8, ['Update due at Trust Board January 2027']]])) // [{ col: 8, width: 40 }]
 */
export function outputWidths(columns: readonly { header: OutputColumn; col: number }[], texts: ReadonlyMap<number, readonly string[]>): { col: number; width: number }[] {
  return columns.map(({ header, col }) => {
    const longest = Math.max(0, ...(texts.get(col) ?? []).map((t) => t.length));
    // Two characters over the text: Excel's own padding, and bold headers, take about one.
    const least = OUTPUT_WIDTHS[header];
    return { col, width: WRAPPED_COLUMNS.includes(header) ? least : Math.max(least, Math.min(MOST, longest + 2)) };
  });
}

/**
 * The output columns whose text wraps, top-aligned: the reason, often 80-200 characters, is
 * what the board reads, and its neighbour is filled, so unwrapped it is cut off mid-sentence.
 * Top, as tracker rows are tall multi-line rows whose own cells are usually read from the top.
 * The other columns hold a word, a date or a short phrase, which the widths fit.
 */
export const WRAPPED_COLUMNS: readonly OutputColumn[] = ['RAG reason'];

/**
 * The ranges (0-based, as the colour rules' are) whose cells wrap: each WRAPPED_COLUMNS column
 * from the row under the header (1-based `headerRow`) to the last row; none when no row is
 * under the header. One range a column, so the add-in formats it in one call a property.
 * @example wrappedRanges([{ header: 'RAG reason', col: 7 }], 3, 7) // [{ top: 3, left: 7, bottom: 6, right: 7 }]
 */
export function wrappedRanges(columns: readonly { header: OutputColumn; col: number }[], headerRow: number, lastRow: number): CellRange[] {
  if (lastRow <= headerRow) return [];
  return columns.filter((c) => WRAPPED_COLUMNS.includes(c.header)).map(({ col }) => ({ top: headerRow, left: col, bottom: lastRow - 1, right: col }));
}
