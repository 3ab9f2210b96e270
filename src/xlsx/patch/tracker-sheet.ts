import { NEXT_DUE_FORMAT, type OutputPlan, type PlannedCell } from '../../core/output';
import type { SheetGrid } from '../../core/types';
import { dateSerial, numberCell, styleOnlyCell, textCell } from './cells';
import { widenAutoFilter, widenFilterName } from './filter';
import { setNote } from './note';
import { setAttr } from './xml';
import type { PatchContext } from './context';
import { PatchUnsupportedError } from './errors';
import { type CellWriter, patchSheetData } from './sheet-data';
import { replaceOwnRules, setWidths, widenDimension } from './sheet-format';
import { type SharedMaster, sharedMaster, unshareFormulas } from './shared-formulas';
import { nameTableColumns } from './tables';
import type { SheetEntry } from './workbook';

/**
 * The writer for one planned cell. A shared formula's master it replaces is noted in `lost`,
 * for the cells that share it to be given their own formulas afterwards.
 */
function writerFor(planned: PlannedCell, bold: boolean, wrap: boolean, ctx: PatchContext, lost: SharedMaster[]): CellWriter {
  const write = cellWriter(planned, bold, wrap, ctx);
  return (ref, existing) => {
    const out = write(ref, existing);
    const master = out !== null && existing !== undefined && out !== existing.xml ? sharedMaster(existing.xml, planned.row, planned.col) : null;
    if (master) lost.push(master);
    return out;
  };
}

function cellWriter(planned: PlannedCell, bold: boolean, wrap: boolean, { styles, strings, date1904 }: PatchContext): CellWriter {
  const { value } = planned;
  return (ref, existing) => {
    const style = wrap ? styles.wrapTop(existing?.style ?? 0) : (existing?.style ?? 0);
    // A wrapped cell is formatted even when empty, as the add-in's Range.format formats the whole column.
    if (value === null) return existing?.hasValue || wrap ? styleOnlyCell(ref, style) : null;
    const base = bold ? styles.bold(style) : style;
    if (typeof value === 'string') return textCell(ref, base, strings.index(value));
    return numberCell(ref, styles.withNumFmt(base, NEXT_DUE_FORMAT), dateSerial(value.iso, date1904));
  };
}

/**
 * The writer for a covered cell of a merge in a wrapped column: its style wraps (as Range.format
 * over the column formats it in the add-in), and whatever it holds is kept, being the merge's.
 */
function wrapWriter({ styles }: PatchContext): CellWriter {
  return (ref, existing) => {
    const style = styles.wrapTop(existing?.style ?? 0);
    return existing?.hasValue ? setAttr(existing.xml, 's', style === 0 ? undefined : String(style)) : styleOnlyCell(ref, style);
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
 * product's colour rules in place of its earlier ones, the column widths and the reason's
 * wrapping (plan.wraps) on the first refresh, the legend as a note on the RAG header, and a sheet
 * AutoFilter over the tracker widened to take in the output columns (see widenAutoFilter). A table whose header row it writes
 * is renamed to match (see nameTableColumns), and cells sharing a formula whose first cell it
 * overwrites get their own (see unshareFormulas). `grid` is the same sheet as read for the
 * engine, to see merges and what the sheet holds.
 * @example patchTrackerSheet(ctx, sheetNamed(ctx.pkg, 'Action Plan'), grid, plan)
 */
export function patchTrackerSheet(ctx: PatchContext, sheet: SheetEntry, grid: SheetGrid, plan: OutputPlan): void {
  const { pkg, styles } = ctx;
  const rag = plan.columns.find((c) => c.header === 'RAG');
  const headerCols = new Set(plan.columns.map((c) => c.col));
  // Every table's header on the sheet is bold, as the first's is (OutputPlan.headerRows).
  const headerRows = new Set(plan.headerRows);
  const covered = coveredCells(grid, headerCols);
  const writes = new Map<number, Map<number, CellWriter>>();
  const lost: SharedMaster[] = [];
  let right = 0;
  let bottom = 0;
  // Widths and wrapping only on the first refresh: afterwards the column is the user's to resize,
  // or to unwrap (rows they want short), as the add-in has it.
  const firstRefresh = rag !== undefined && grid.rows[plan.headerRow - 1]?.[rag.col] !== 'RAG';
  const wraps = (row: number, col: number): boolean => firstRefresh && plan.wraps.some((r) => row - 1 >= r.top && row - 1 <= r.bottom && col >= r.left && col <= r.right);
  for (const key of covered) {
    const [r = 0, col = 0] = key.split(',').map(Number);
    if (wraps(r + 1, col)) writes.set(r + 1, (writes.get(r + 1) ?? new Map<number, CellWriter>()).set(col, wrapWriter(ctx)));
  }
  // A covered cell of a merge belongs to the merge's top-left cell, which may be the user's.
  const cells = plan.cells.filter((cell) => !covered.has(`${cell.row - 1},${cell.col}`));
  nameTableColumns(pkg, sheet.path, cells);
  for (const cell of cells) {
    const row = writes.get(cell.row) ?? new Map<number, CellWriter>();
    row.set(cell.col, writerFor(cell, headerRows.has(cell.row) && headerCols.has(cell.col), wraps(cell.row, cell.col), ctx, lost));
    writes.set(cell.row, row);
    if (cell.value !== null) {
      right = Math.max(right, cell.col);
      bottom = Math.max(bottom, cell.row);
    }
  }
  let xml = pkg.text(sheet.path) ?? '';
  // A part written with prefixed element names (<x:sheetData>) is left to the fallback writer.
  if (!/<sheetData[\s/>]/.test(xml)) throw new PatchUnsupportedError(`sheet "${plan.sheet}" is not in the usual form`);
  if (firstRefresh) xml = setWidths(xml, plan.widths);
  xml = widenDimension(xml, { right, bottom });
  const filter = widenAutoFilter(xml, plan);
  xml = filter.xml;
  if (filter.range) widenFilterName(pkg, sheet, filter.range);
  xml = patchSheetData(xml, writes);
  if (lost.length > 0) xml = unshareFormulas(xml, lost);
  xml = replaceOwnRules(xml, plan.rules, styles);
  if (rag && !covered.has(`${plan.headerRow - 1},${rag.col}`)) {
    xml = setNote(pkg, sheet.path, xml, plan.headerRow, rag.col, plan.legend);
  }
  pkg.setText(sheet.path, xml);
  pkg.seal(sheet.path);
}
