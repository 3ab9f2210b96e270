import type { CellRange } from '../../core/types';

/*
 * The workbook as the in-memory host keeps it: only what the Office.js adapter reads or
 * writes, plus a record of what changed so the ExcelJS bridge can save exactly those changes
 * and leave everything it does not model (styles, widths, validation) as it was loaded.
 */

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

/** A cell: Excel's value and type, its number format and the bold flag the adapter sets. */
export interface MemoryCell {
  /** '' when empty; an error's text (#N/A) when the type is Error. */
  value: string | number | boolean;
  type: ValueType;
  numberFormat: string;
  bold: boolean;
  /** The formula with its leading '=', when the cell holds one. */
  formula?: string;
  /** Font, fill, alignment and borders set through Range.format (the summary sheet's styles). */
  style?: MemoryStyle;
}

/** One side of a cell's border: Excel.BorderLineStyle and a #RRGGBB colour. */
export interface MemoryBorder {
  style: string;
  color: string;
}

/** What Range.format sets besides bold and the number format; absent parts are Excel's defaults. */
export interface MemoryStyle {
  italic?: boolean;
  size?: number;
  /** #RRGGBB, as Office.js gives colours. */
  fontColor?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders?: Partial<Record<'top' | 'bottom' | 'left' | 'right', MemoryBorder>>;
}

/** Worksheet.pageLayout as set through Office.js (margins in points), and the gridlines switch. */
export interface MemoryPage {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  titleRows?: string;
  margins: Partial<Record<'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', number>>;
  /** PageLayout.headersFooters: its state and the default footer's sections, in Excel's codes. */
  headerFooterState?: string;
  footer?: Partial<Record<'left' | 'center' | 'right', string>>;
  /** Worksheet.horizontalPageBreaks: 0-based rows a manual break goes above, in the order added. */
  rowBreaks?: number[];
}

/** A worksheet's AutoFilter (Data > Filter; not a table's own filter). */
export interface MemoryAutoFilter {
  range: CellRange;
  /** Excel.FilterCriteria by column, 0-based from the range's first column; absent: none. */
  criteria: Map<number, { filterOn: string } & Record<string, unknown>>;
  /**
   * Criteria the file holds that the loader cannot read (ExcelJS keeps no <filterColumn>):
   * set when rows under the filter are hidden, as a filter with criteria leaves them.
   */
  unreadCriteria: boolean;
}

export interface MemoryTable {
  name: string;
  range: CellRange;
  showHeaders: boolean;
  showTotals: boolean;
  /** Column names, left to right (the header cells' text). */
  columns: string[];
}

/** One conditional format (Excel keeps one rule per format object). */
export interface MemoryFormat {
  /** Excel.ConditionalFormatType: 'Custom' for formula rules. */
  type: string;
  ranges: CellRange[];
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  stopIfTrue: boolean;
  /** What the format was loaded from, kept opaque so the bridge can save it back untouched. */
  source?: unknown;
}

export interface MemoryNote {
  row: number;
  col: number;
  content: string;
}

export interface CellChange {
  value: boolean;
  numberFormat: boolean;
  bold: boolean;
  style?: boolean;
  /**
   * Cleared by Range.clear: the cell's whole style is the host's. Otherwise a style change lays
   * the host's parts over the cell's loaded style, which the model does not hold (its fill, borders).
   */
  cleared?: boolean;
}

export interface SheetChanges {
  /** Keyed "row,col" (0-based). */
  cells: Map<string, CellChange>;
  formats: boolean;
  /** Keyed "row,col" of notes added, edited or deleted. */
  notes: Set<string>;
  visibility: boolean;
  added: boolean;
  /** 0-based columns whose width was set. */
  widths: Set<number>;
  /** 0-based rows whose height was set. */
  heights: Set<number>;
  merges: boolean;
  /** Page layout or gridlines set. */
  page: boolean;
  /** Moved by Worksheet.position. */
  position: boolean;
  /** Worksheet.autoFilter applied or removed. */
  autoFilter: boolean;
}

export interface MemorySheet {
  name: string;
  visibility: Visibility;
  protected: boolean;
  /** Sparse: rows[r]?.[c]. */
  rows: (MemoryCell | undefined)[][];
  merges: CellRange[];
  tables: MemoryTable[];
  /** In priority order: index 0 is applied first. */
  formats: MemoryFormat[];
  notes: MemoryNote[];
  /** Column widths in characters (Excel's unit in the file), by 0-based column; absent is the default. */
  columnWidths: Map<number, number>;
  /** Row heights in points, by 0-based row; absent is the default. */
  rowHeights: Map<number, number>;
  /** 0-based rows hidden, by Hide or by a filter (Excel marks a filter's rows hidden too). */
  hiddenRows: Set<number>;
  /** Worksheet.autoFilter; null when Data > Filter is off. */
  autoFilter: MemoryAutoFilter | null;
  page: MemoryPage;
  showGridlines: boolean;
  changes: SheetChanges;
}

export interface MemoryWorkbook {
  sheets: MemorySheet[];
  date1904: boolean;
  /** File > Info > Properties > Title, as Excel.DocumentProperties.title gives it; absent is none. */
  title?: string;
}

/**
 * An empty sheet with nothing changed yet.
 * @example newSheet('Plan').visibility // 'Visible'
 */
export function newSheet(name: string): MemorySheet {
  return {
    name,
    visibility: 'Visible',
    protected: false,
    rows: [],
    merges: [],
    tables: [],
    formats: [],
    notes: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    autoFilter: null,
    page: { margins: {} },
    showGridlines: true,
    changes: { cells: new Map(), formats: false, notes: new Set(), visibility: false, added: false, widths: new Set(), heights: new Set(), merges: false, page: false, position: false, autoFilter: false },
  };
}

/**
 * A fresh empty cell in the General format.
 * @example emptyCell().type // 'Empty'
 */
export function emptyCell(): MemoryCell {
  return { value: '', type: 'Empty', numberFormat: 'General', bold: false };
}

/**
 * The cell at a 0-based position, or undefined when nothing was ever put there.
 * @example cellAt(sheet, 0, 0)?.value
 */
export function cellAt(sheet: MemorySheet, row: number, col: number): MemoryCell | undefined {
  return sheet.rows[row]?.[col];
}
