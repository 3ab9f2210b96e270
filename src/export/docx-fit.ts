import type { SummaryTable } from '../core/summary';

/*
 * A column of figures or ratings narrower than its longest word breaks the word across lines
 * ("Progres s %", "Ambe r", "Complet e"), which reads as a misprint in a board paper. The widths
 * are worked out for the landscape page the paper is laid out on.
 */

/** Landscape A4's text width with half-inch margins, in points (15398 twips). */
const TEXT_POINTS = 15398 / 20;
/**
 * 8 pt bold, a character at a time, in points: Arial Bold averages about 4.7, but LibreOffice and
 * many PDF converters set Arial in DejaVu Sans, which is wider, so the wider is allowed for.
 */
const POINTS_A_CHAR = 5.8;
/** The cell's left and right margins (60 twips each), and a little over for rounding. */
const MARGIN_POINTS = 8;

const longestWord = (texts: readonly string[]): number => Math.max(0, ...texts.flatMap((t) => t.split(/\s+/)).map((w) => w.length));

/**
 * The least share of the page, in percent, each column needs for its longest word: the header's,
 * and for a column of figures, ratings or trends its cells' too (a text column wraps between
 * words, so only its header is counted).
 * @example leastPercents(summaryTables(model).exceptions)[4] // 7.06: the RAG column, for "Complete" ((8 × 5.8 + 8) / 770 pt)
 */
export function leastPercents(table: Pick<SummaryTable, 'headers' | 'rows' | 'keys'>): number[] {
  // By the keys where given (Table One's own words): a tracker's header ("PCN" for "Objective") leaves the sizes as they are.
  return (table.keys ?? table.headers).map((header, i) => {
    const figures = table.rows[0]?.cells[i]?.kind !== 'text';
    const texts = [header, ...(figures ? table.rows.map((r) => r.cells[i]?.text ?? '') : [])];
    return ((longestWord(texts) * POINTS_A_CHAR + MARGIN_POINTS) / TEXT_POINTS) * 100;
  });
}

/**
 * Column shares (percent, summing to 100) with every column widened to its least share
 * (leastPercents), the room taken from the columns with more than they need, in proportion to
 * what they have over. Where even that is not enough, the shares are the least ones, scaled to fit.
 * @example fittedPercents(exceptions, [5, 28, 14, 9, 5, 22, 17]) // the RAG column 5 → 7.06, the 2.06 taken from the others' room to spare
 */
export function fittedPercents(table: Pick<SummaryTable, 'headers' | 'rows' | 'keys'>, percents: readonly number[]): number[] {
  const least = leastPercents(table);
  const short = percents.reduce((n, p, i) => n + Math.max(0, (least[i] ?? 0) - p), 0);
  if (short === 0) return [...percents];
  const spare = percents.map((p, i) => Math.max(0, p - (least[i] ?? 0)));
  const totalSpare = spare.reduce((a, b) => a + b, 0);
  if (totalSpare < short) {
    const all = least.reduce((a, b) => a + b, 0);
    return least.map((l) => (l / all) * 100);
  }
  return percents.map((p, i) => Math.max(p, least[i] ?? 0) - (short * (spare[i] ?? 0)) / totalSpare);
}
