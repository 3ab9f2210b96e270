import type ExcelJS from 'exceljs';
import { a1Range } from '../../core/cells';
import type { MemoryBorder, MemoryCell, MemorySheet } from '../memory/model';

/* The summary sheet's formatting from the host model into ExcelJS: cell styles, merges, row heights, page setup. */

const argb = (hex: string): string => `FF${hex.replace(/^#/, '').toUpperCase()}`;
const ALIGN: Record<string, ExcelJS.Alignment['horizontal']> = { Left: 'left', Center: 'center', Right: 'right' };
const VALIGN: Record<string, ExcelJS.Alignment['vertical']> = { Top: 'top', Center: 'middle', Bottom: 'bottom' };

function border(b: MemoryBorder | undefined): Partial<ExcelJS.Border> | undefined {
  return b && b.style !== 'None' ? { style: 'thin', color: { argb: argb(b.color) } } : undefined;
}

/**
 * A host cell's whole style as ExcelJS keeps it (number format, font, fill, alignment, borders).
 * @example styleOf({ value: 'Red', type: 'String', numberFormat: 'General', bold: true, style: { fill: '#C00000' } }).fill
 */
export function styleOf(cell: MemoryCell): Partial<ExcelJS.Style> {
  const s = cell.style ?? {};
  const out: Partial<ExcelJS.Style> = {};
  if (cell.numberFormat !== 'General') out.numFmt = cell.numberFormat;
  const font: Partial<ExcelJS.Font> = {};
  if (cell.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.size !== undefined) font.size = s.size;
  if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
  if (Object.keys(font).length > 0) out.font = font;
  if (s.fill !== undefined) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.horizontal !== undefined) alignment.horizontal = ALIGN[s.horizontal];
  if (s.vertical !== undefined) alignment.vertical = VALIGN[s.vertical];
  if (s.wrap !== undefined) alignment.wrapText = s.wrap;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  const b = s.borders;
  if (b) out.border = { top: border(b.top), bottom: border(b.bottom), left: border(b.left), right: border(b.right) } as Partial<ExcelJS.Borders>;
  return out;
}

/**
 * Undoes the loaded merges of a sheet whose merges the host changed (Range.clear unmerges in
 * Excel), before its cells are written: ExcelJS would pass a value written to a covered cell
 * of an old merge on to that merge's top-left cell. savePage then makes the host's merges.
 * @example unmergeChanged(sheet, ws); saveCells(sheet, ws); savePage(sheet, ws)
 */
export function unmergeChanged(sheet: MemorySheet, ws: ExcelJS.Worksheet): void {
  if (!sheet.changes.merges) return;
  const merges = (ws as unknown as { _merges?: Record<string, unknown> })._merges ?? {};
  for (const ref of Object.keys(merges)) ws.unMergeCells(ref);
}

/** Merges, row heights, page layout and gridlines, when the host changed them (after unmergeChanged and the cells). */
export function savePage(sheet: MemorySheet, ws: ExcelJS.Worksheet): void {
  if (sheet.changes.merges) {
    for (const m of sheet.merges) ws.mergeCells(a1Range(m));
  }
  for (const r of sheet.changes.heights) {
    const h = sheet.rowHeights.get(r);
    if (h !== undefined) ws.getRow(r + 1).height = h;
  }
  if (!sheet.changes.page) return;
  const { page } = sheet;
  const m = page.margins;
  const inches = (v: number | undefined, fallback: number): number => (v === undefined ? fallback : v / 72);
  const old = ws.pageSetup;
  ws.pageSetup = {
    ...old,
    ...(page.orientation ? { orientation: page.orientation === 'Landscape' ? 'landscape' : 'portrait' } : {}),
    ...(page.paperSize === 'A4' ? { paperSize: 9 } : {}),
    ...(page.zoom?.horizontalFitToPages !== undefined ? { fitToPage: true, fitToWidth: page.zoom.horizontalFitToPages, fitToHeight: page.zoom.verticalFitToPages ?? 0 } : {}),
    ...(page.titleRows ? { printTitlesRow: page.titleRows.replace(/\$/g, '') } : {}),
    margins: {
      left: inches(m.left, old.margins?.left ?? 0.7),
      right: inches(m.right, old.margins?.right ?? 0.7),
      top: inches(m.top, old.margins?.top ?? 0.75),
      bottom: inches(m.bottom, old.margins?.bottom ?? 0.75),
      header: inches(m.header, old.margins?.header ?? 0.3),
      footer: inches(m.footer, old.margins?.footer ?? 0.3),
    },
  };
  ws.views = [{ ...ws.views[0], state: 'normal', showGridLines: sheet.showGridlines }];
  savePrintedPages(page, ws);
}

/** The footer's sections in Excel's header/footer codes ("&L…&R…"), and the manual row breaks, replacing any the file had. */
function savePrintedPages(page: MemorySheet['page'], ws: ExcelJS.Worksheet): void {
  const f = page.footer;
  if (f !== undefined) ws.headerFooter = { ...ws.headerFooter, oddFooter: `${f.left ? `&L${f.left}` : ''}${f.center ? `&C${f.center}` : ''}${f.right ? `&R${f.right}` : ''}` };
  if (page.rowBreaks === undefined) return;
  // ExcelJS keeps a sheet's breaks in rowBreaks, and adds one below a 1-based row: above the 0-based row of that number.
  (ws as unknown as { rowBreaks: unknown[] }).rowBreaks = [];
  for (const r of page.rowBreaks) if (r > 0) ws.getRow(r).addPageBreak();
}
