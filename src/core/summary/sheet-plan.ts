import type { CellRange } from '../types';
import type { CellStyle } from './styles';

/**
 * The summary sheet's name (SPEC 2.4).
 * @example SUMMARY_SHEET // 'RAG Summary'
 */
export const SUMMARY_SHEET = 'RAG Summary';

/**
 * A value for the summary sheet: text is always written as text (never read as a formula or
 * a number), numbers as numbers; percentages are fractions shown with a percent format.
 * @example { value: 0.975, style: 'total-percent' }
 */
export interface PlanCell {
  value: string | number | null;
  /** A key of `styles`. Covered cells of a merge carry the merge's style, so borders are whole. */
  style: string | null;
}

/**
 * Page layout for printing (SPEC 6): landscape A4, one page wide, as many pages tall as
 * needed, the title rows repeated on every page, a footer, no gridlines.
 * @example { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0, titleRows: { first: 1, last: 2 }, … }
 */
export interface PagePlan {
  orientation: 'landscape';
  paperSize: 'A4';
  fitToWidth: 1;
  /** 0: as many pages tall as the content needs. */
  fitToHeight: 0;
  /** 1-based rows repeated at the top of every printed page. */
  titleRows: { first: number; last: number };
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  showGridLines: false;
  /** In Excel's header/footer codes ("&&" a literal ampersand, "&P" the page, "&N" the pages). */
  footer: { left: string; right: string };
}

/** A style applied to a block of cells (0-based, inclusive), so adapters format by range, not by cell. */
export interface FormatRange {
  range: CellRange;
  style: string;
}

/**
 * Everything the RAG Summary sheet holds, as data: the ExcelJS writer applies it now and the
 * Office.js adapter in one batch (values in one write, then merges, formats, widths, heights
 * and page setup, each a constant or per-range command, none per row).
 * @example summarySheetPlan(model).rows[0]?.[0]?.value // 'RAG Summary: Action Plan'
 */
export interface SummarySheetPlan {
  sheet: string;
  /** Rectangular: every row has `widths.length` cells, from A1. */
  rows: PlanCell[][];
  /** Column widths in characters. */
  widths: number[];
  /** Row heights in points, per row; null leaves Excel's default. */
  heights: (number | null)[];
  merges: CellRange[];
  styles: Readonly<Record<string, CellStyle>>;
  /** The cells' styles coalesced into ranges (see planFormats). */
  formats: FormatRange[];
  page: PagePlan;
  /**
   * 0-based rows that start a printed page: a manual page break goes just above each. Excel
   * repeats only one range of title rows, so a table running onto a new page has its header
   * row written again as that page's first row (see Grid).
   */
  pageBreaks: number[];
}
