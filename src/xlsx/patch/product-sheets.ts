import { historyTable, type HistoryRow } from '../../core/history';
import type { CellStyle, SummarySheetPlan } from '../../core/summary';
import { chunkText, SETTINGS_NOTE, SETTINGS_SHEET } from '../settings-sheet';
import { HISTORY_SHEET } from '../history-sheet';
import { type NewCell, worksheetXml } from './new-sheet';
import type { PatchContext } from './context';
import type { XlsxPackage } from './package';
import { REL, relsPath, resolveTarget } from './rels';
import type { StyleSheet } from './styles';
import { addSheet, setSheetState, sheetNamed, sheetsOf, type SheetEntry } from './workbook';
import { attr, escapeXml, findElement, findElements, insertBefore } from './xml';

/** ExcelJS's and Excel's code for A4 paper. */
const A4 = 9;
const BORDER = '<color rgb="FFA6A6A6"/>';

/**
 * Puts a product-owned sheet in the package: an existing one keeps its place and is rewritten
 * whole (its old drawings and notes go with it); a new one goes at `position`.
 */
function putSheet(pkg: XlsxPackage, name: string, xml: string, state: SheetEntry['state'], position?: number): SheetEntry {
  const existing = sheetNamed(pkg, name);
  if (!existing) {
    const added = addSheet(pkg, name, xml, { state, ...(position === undefined ? {} : { position }) });
    pkg.seal(added.path);
    return added;
  }
  pkg.setText(existing.path, xml);
  // Notes belong to one sheet only, so they go with it; anything else it pointed at is left.
  for (const rel of pkg.rels(existing.path)) {
    if (!rel.external && (rel.type === REL.comments || rel.type === REL.vmlDrawing)) pkg.remove(resolveTarget(existing.path, rel.target));
  }
  if (pkg.has(relsPath(existing.path))) pkg.remove(relsPath(existing.path));
  if (existing.state !== state) setSheetState(pkg, existing.name, state);
  pkg.seal(existing.path);
  return existing;
}

/**
 * Writes the RAG History sheet (very hidden): its header row in bold, then one row per entry.
 * @example writeHistoryPart(ctx, rows)
 */
export function writeHistoryPart({ pkg, styles, strings }: PatchContext, rows: readonly HistoryRow[]): void {
  const bold = styles.bold(0);
  const cells = historyTable(rows).map((values, r) => values.map((value): NewCell | null => (value === null ? null : { value, style: r === 0 ? bold : 0 })));
  putSheet(pkg, HISTORY_SHEET, worksheetXml({ rows: cells }, strings), 'veryHidden');
}

/**
 * Writes the RAG Settings sheet (very hidden): the settings JSON down column A, a note in B1.
 * @example writeSettingsPart(ctx, storedSettings(settings))
 */
export function writeSettingsPart({ pkg, strings }: PatchContext, settingsJson: unknown): void {
  const chunks = chunkText(JSON.stringify(settingsJson) ?? 'null');
  const rows = chunks.map((chunk, i): (NewCell | null)[] => (i === 0 ? [{ value: chunk, style: 0 }, { value: SETTINGS_NOTE, style: 0 }] : [{ value: chunk, style: 0 }]));
  putSheet(pkg, SETTINGS_SHEET, worksheetXml({ rows }, strings), 'veryHidden');
}

/** A plan style as its font, fill, border, format and alignment in styles.xml. */
function xfFor(styles: StyleSheet, s: CellStyle): number {
  const base = styles.font(0);
  let font = base.replace(/<b\b[^>]*\/>|<i\b[^>]*\/>/g, '');
  if (s.size !== undefined) font = font.replace(/<sz\b[^>]*\/>/, '').replace(/^<font(\s[^>]*)?>/, (open) => `${open}<sz val="${s.size}"/>`);
  if (s.font !== undefined) font = font.replace(/<color\b[^>]*\/>/, '').replace(/^<font(\s[^>]*)?>/, (open) => `${open}<color rgb="FF${s.font}"/>`);
  font = font.replace(/^<font(\s[^>]*)?>/, (open) => `${open}${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}`);
  const align = `<alignment${s.align ? ` horizontal="${s.align}"` : ''} vertical="top"${s.wrap ? ' wrapText="1"' : ''}/>`;
  return styles.cellStyle({
    ...(font === base ? {} : { font }),
    ...(s.fill === undefined ? {} : { fill: `<fill><patternFill patternType="solid"><fgColor rgb="FF${s.fill}"/><bgColor indexed="64"/></patternFill></fill>` }),
    ...(s.border ? { border: `<border><left style="thin">${BORDER}</left><right style="thin">${BORDER}</right><top style="thin">${BORDER}</top><bottom style="thin">${BORDER}</bottom><diagonal/></border>` } : {}),
    ...(s.numFmt === undefined ? {} : { numFmt: s.numFmt }),
    alignment: align,
  });
}

/** Sets the sheet's print titles (rows repeated on every page) in the workbook's defined names. */
function setPrintTitles(pkg: XlsxPackage, sheet: SheetEntry, first: number, last: number): void {
  const book = pkg.workbookPath();
  let xml = pkg.text(book) ?? '';
  const index = String(sheet.index);
  const earlier = findElements(xml, 'definedName').find(({ text }) => attr(text, 'name') === '_xlnm.Print_Titles' && attr(text, 'localSheetId') === index);
  if (earlier) xml = xml.slice(0, earlier.start) + xml.slice(earlier.end);
  const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
  const name = `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(`${quoted}!$${first}:$${last}`)}</definedName>`;
  const names = findElement(xml, 'definedNames');
  if (names && !names.text.endsWith('/>')) xml = xml.slice(0, names.end - '</definedNames>'.length) + name + xml.slice(names.end - '</definedNames>'.length);
  else if (names) xml = xml.slice(0, names.start) + `<definedNames>${name}</definedNames>` + xml.slice(names.end);
  else xml = insertBefore(xml, `<definedNames>${name}</definedNames>`, ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'], 'workbook');
  pkg.setText(book, xml);
}

/**
 * Writes the RAG Summary sheet from its plan, in place when it exists, else straight after
 * the last of the tracker sheets named in `after`, with its print layout.
 * @example writeSummaryPart(ctx, summarySheetPlan(model), ['Action Plan'])
 */
export function writeSummaryPart({ pkg, styles, strings }: PatchContext, plan: SummarySheetPlan, after: readonly string[]): void {
  const xf = new Map(Object.entries(plan.styles).map(([name, s]) => [name, xfFor(styles, s)]));
  const grid: NewCell[][] = plan.rows.map((cells) => cells.map((c) => ({ value: c.value, style: 0 })));
  for (const { range, style } of plan.formats) {
    const s = xf.get(style) ?? 0;
    for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) {
      const row = grid[r] ?? (grid[r] = []);
      row[c] = { value: row[c]?.value ?? null, style: s };
    }
  }
  const { page } = plan;
  const xml = worksheetXml({ rows: grid, widths: plan.widths, heights: plan.heights, merges: plan.merges, showGridLines: page.showGridLines, page: { ...page, paperSize: A4, breaks: plan.pageBreaks } }, strings);
  const names = new Set(after.map((n) => n.toLowerCase()));
  const last = sheetsOf(pkg).reduce((at, s, i) => (names.has(s.name.toLowerCase()) ? i : at), -1);
  const sheet = putSheet(pkg, plan.sheet, xml, 'visible', last === -1 ? undefined : last + 1);
  setPrintTitles(pkg, sheet, page.titleRows.first, page.titleRows.last);
}
