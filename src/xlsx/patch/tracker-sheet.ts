import { NEXT_DUE_FORMAT, type OutputPlan, type PlannedCell } from '../../core/output';
import type { SheetGrid } from '../../core/types';
import { dateSerial, numberCell, styleOnlyCell, textCell } from './cells';
import { setNote } from './note';
import type { PatchContext } from './context';
import { PatchUnsupportedError } from './errors';
import { type CellWriter, patchSheetData } from './sheet-data';
import { replaceOwnRules, setWidths, widenDimension } from './sheet-format';
import type { SheetEntry } from './workbook';


function writerFor(planned: PlannedCell, bold: boolean, { styles, strings, date1904 }: PatchContext): CellWriter {
  const { value } = planned;
  return (ref, existing) => {
    const style = existing?.style ?? 0;
    if (value === null) return existing?.hasValue ? styleOnlyCell(ref, style) : null;
    const base = bold ? styles.bold(style) : style;
    if (typeof value === 'string') return textCell(ref, base, strings.index(value));
    return numberCell(ref, styles.withNumFmt(base, NEXT_DUE_FORMAT), dateSerial(value.iso, date1904));
  };
}

/** The covered (not top-left) cells of merges in these columns, as "row,col" (0-based). */
function coveredCells(grid: SheetGrid, cols: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  for (const m of grid.merges) {
    for (const c of cols) {
      if (c < m.left || c > m.right) continue;
      for (let r = m.top; r <= m.bottom; r++) if (r !== m.top || c !== m.left) out.add(`${r},${c}`);
    }
  }
  return out;
}

/**
 * Writes a refresh's output plan into a tracker's worksheet part: the planned cells (text as
 * text, dates as date cells, headers bold, each cell keeping its own format otherwise), the
 * product's colour rules in place of its earlier ones, the column widths on the first
 * refresh, and the legend as a note on the RAG header. `ws` is the same sheet as loaded by
 * `grid` is the same sheet as read for the engine, to see merges and what the sheet holds.
 * @example patchTrackerSheet(ctx, sheetNamed(ctx.pkg, 'Action Plan'), grid, plan)
 */
export function patchTrackerSheet(ctx: PatchContext, sheet: SheetEntry, grid: SheetGrid, plan: OutputPlan): void {
  const { pkg, styles } = ctx;
  const rag = plan.columns.find((c) => c.header === 'RAG');
  const headerCols = new Set(plan.columns.map((c) => c.col));
  const covered = coveredCells(grid, headerCols);
  const writes = new Map<number, Map<number, CellWriter>>();
  let right = 0;
  let bottom = 0;
  for (const cell of plan.cells) {
    // A covered cell of a merge belongs to the merge's top-left cell, which may be the user's.
    if (covered.has(`${cell.row - 1},${cell.col}`)) continue;
    const row = writes.get(cell.row) ?? new Map<number, CellWriter>();
    row.set(cell.col, writerFor(cell, cell.row === plan.headerRow && headerCols.has(cell.col), ctx));
    writes.set(cell.row, row);
    if (cell.value !== null) {
      right = Math.max(right, cell.col);
      bottom = Math.max(bottom, cell.row);
    }
  }
  let xml = pkg.text(sheet.path) ?? '';
  // A part written with prefixed element names (<x:sheetData>) is left to the fallback writer.
  if (!/<sheetData[\s/>]/.test(xml)) throw new PatchUnsupportedError(`sheet "${plan.sheet}" is not in the usual form`);
  // Widths only on the first refresh: afterwards the column is the user's to resize.
  const firstRefresh = rag !== undefined && grid.rows[plan.headerRow - 1]?.[rag.col] !== 'RAG';
  if (firstRefresh) xml = setWidths(xml, plan.widths);
  xml = widenDimension(xml, { right, bottom });
  xml = patchSheetData(xml, writes);
  xml = replaceOwnRules(xml, plan.rules, styles);
  if (rag && !covered.has(`${plan.headerRow - 1},${rag.col}`)) {
    xml = setNote(pkg, sheet.path, xml, plan.headerRow, rag.col, plan.legend);
  }
  pkg.setText(sheet.path, xml);
  pkg.seal(sheet.path);
}
