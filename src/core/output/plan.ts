import { finish, Work, type Chunks } from '../chunks';
import type { Action, CellRange, IsoDate, OutputColumn, Tracker } from '../types';
import type { Settings } from '../settings';
import { legendText } from './legend';
import { type ConditionalRule, planRules } from './rules';
import { outputWidths, wrappedRanges } from './widths';
import { OUTPUT_HEADERS, focusWords, meetingName, ratingWord, trendSymbol } from './words';

/**
 * A value to write. A string is always text: adapters write it so Excel never reads it as
 * a formula or a number (ExcelJS string cells already are; Office.js writes safeText or sets
 * the text format). A date is a real date cell; null empties the cell.
 * @example { kind: 'date', iso: '2022-11-30' }
 */
export type PlannedValue = string | { kind: 'date'; iso: IsoDate } | null;

/** @example { row: 4, col: 6, value: 'Red' } */
export interface PlannedCell {
  /** 1-based worksheet row. */
  row: number;
  /** 0-based column. */
  col: number;
  value: PlannedValue;
}

/**
 * Everything a refresh writes on a tracker's sheet, so both adapters write identical cells.
 * @example planOutput(tracker, settings).columns[0] // { header: 'RAG', col: 6 }
 */
export interface OutputPlan {
  sheet: string;
  /** 1-based. */
  headerRow: number;
  /**
   * 1-based: the header row, then each row under it repeating it (Tracker.repeatedHeaders), as a sheet of
   * several tables has one over each: all get the column headers, in bold, so each table is labelled.
   */
  headerRows: number[];
  columns: { header: OutputColumn; col: number }[];
  /** Header cells first, then each row under the header in order (a repeated header's with the header words). */
  cells: PlannedCell[];
  rules: ConditionalRule[];
  /** The colour key in words: a note on the RAG header cell. */
  legend: string;
  /** Column widths in characters, applied when the product's columns are first created. */
  widths: { col: number; width: number }[];
  /**
   * Ranges (0-based) whose cells wrap text, top-aligned (the RAG reason under the header):
   * applied with the widths, when the product's columns are first created.
   */
  wraps: CellRange[];
}

/**
 * How the Next due column shows its dates, in every writer (ExcelJS, the package patcher,
 * Office.js), so the same workbook looks the same whichever wrote it.
 * @example NEXT_DUE_FORMAT // 'dd mmm yyyy'
 */
export const NEXT_DUE_FORMAT = 'dd mmm yyyy';

/** Notes each column's longest text, to size it by (outputWidths), as the rows are laid out: a pass over them all after would be one long stretch. */
function noteLongest(longest: Map<number, string>, col: number, value: PlannedValue): void {
  if (typeof value === 'string' && value.length > (longest.get(col)?.length ?? -1)) longest.set(col, value);
}

function rowValues(action: Action | undefined, meeting: string | null, header: boolean): PlannedValue[] {
  if (header) return [...OUTPUT_HEADERS];
  if (action === undefined) return [null, null, null, null, null];
  const text = (s: string): string | null => (s === '' ? null : s);
  return [
    ratingWord(action.rating),
    text(action.reason),
    focusWords(action.focus, meeting),
    action.nextDue === null ? null : { kind: 'date', iso: action.nextDue },
    text(trendSymbol(action.trend)),
  ];
}

/**
 * The cells, colour rules and legend a refresh writes. Every row of an action (continuation
 * rows too) carries the action's values, so the colour covers the whole action; other rows
 * under the header (blank rows, group headings) are emptied, which clears a rating left over
 * from a row that is no longer an action. A row repeating the header gets the header's words.
 * @example planOutput(tracker, settings).cells[0] // { row: 7, col: 6, value: 'RAG' }
 */
export function planOutput(tracker: Tracker, settings: Settings): OutputPlan {
  return finish(planOutputInChunks(tracker, settings, Infinity));
}

/**
 * {@link planOutput} pausing after every `chunkRows` rows (actions indexed, rows laid out), for a host that must not block.
 * @example finish(planOutputInChunks(tracker, settings, 1000)) // planOutput(tracker, settings)
 */
export function* planOutputInChunks(tracker: Tracker, settings: Settings, chunkRows: number): Chunks<OutputPlan> {
  const work = new Work(chunkRows);
  const meeting = settings.nextMeeting === null ? null : meetingName(settings.nextMeeting);
  const columns = OUTPUT_HEADERS.map((header) => ({ header, col: tracker.outputColumns[header] }));
  const cells: PlannedCell[] = columns.map(({ header, col }) => ({ row: tracker.headerRow, col, value: header }));
  const longest = new Map<number, string>();
  for (const { col, value } of cells) noteLongest(longest, col, value);
  const byRow = new Map<number, Action>();
  for (const action of tracker.actions) {
    for (const row of action.rows) byRow.set(row, action);
    if (work.add()) yield work.end();
  }
  const repeats = new Set(tracker.repeatedHeaders);
  for (let row = tracker.headerRow + 1; row <= tracker.lastRow; row++) {
    const values = rowValues(byRow.get(row), meeting, repeats.has(row));
    for (let i = 0; i < columns.length; i++) {
      const col = (columns[i] as { col: number }).col;
      const value = values[i] ?? null;
      cells.push({ row, col, value });
      noteLongest(longest, col, value);
    }
    if (work.add()) yield work.end();
  }
  return {
    sheet: tracker.sheet,
    headerRow: tracker.headerRow,
    headerRows: [tracker.headerRow, ...tracker.repeatedHeaders],
    columns,
    cells,
    rules: planRules(tracker),
    legend: legendText(meeting),
    widths: outputWidths(columns, new Map([...longest].map(([col, text]) => [col, [text]]))),
    wraps: wrappedRanges(columns, tracker.headerRow, tracker.lastRow),
  };
}
