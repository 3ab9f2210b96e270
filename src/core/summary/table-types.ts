import type { Rating } from '../types';

/* The shapes of the summary's tables, which the sheet, the .docx, the CSV and Markdown all draw. */

/** How a cell is shown: renderers style by kind (percent format, rating fill, centred counts). */
export type SummaryCellKind = 'text' | 'count' | 'percent' | 'rating' | 'trend';

/**
 * One cell of a summary table: the display text every renderer can use, and the value a
 * spreadsheet should hold (a fraction for a percentage, so it stays a number).
 * @example { kind: 'percent', text: '92%', value: 0.9166666666666666 }
 */
export interface SummaryCell {
  kind: SummaryCellKind;
  text: string;
  value: string | number | null;
  /** The rating a rating cell shows, for its fill. */
  rating?: Rating;
}

/** @example { total: false, cells: [...] } */
export interface SummaryTableRow {
  /** Objective, tracker and grand totals: shown bold. */
  total: boolean;
  cells: SummaryCell[];
}

/**
 * A section of the summary as a table, the same for the sheet, the .docx, the CSV and Markdown.
 * @example summaryTables(model).tableOne.headers[0] // 'Objective'
 */
export interface SummaryTable {
  heading: string;
  headers: string[];
  rows: SummaryTableRow[];
  /** Said instead of the table when it has no rows. */
  empty: string;
  /**
   * Table One's columns by the words of TABLE_ONE_HEADERS (the Source column first, as in
   * `headers`), where `headers` may show a tracker's own ("PCN" for "Objective"): what a renderer
   * sizes a column by, since the header text varies with the tracker.
   */
  keys?: string[];
}

/** The tables of a summary, by section. */
export interface SummaryTables {
  /** A roll-up's trackers, each with what it was rated against (no rows for one workbook). */
  included: SummaryTable;
  key: SummaryTable;
  tableOne: SummaryTable;
  /** A roll-up's objectives across partners (no rows otherwise, nor when no objective is shared). */
  system: SummaryTable;
  exceptions: SummaryTable;
  due: SummaryTable;
  qualityCounts: SummaryTable;
  qualityTop: SummaryTable;
  /** A roll-up's problems per partner (no rows for one workbook). */
  qualityByPartner: SummaryTable;
}
