import { usedRowsHidden } from '../../core/analyse/hiddenRows';
import { readHistoryTable } from '../../core/history';
import { storedFromRows } from '../../core/stored-settings';
import type { CellValue, SheetGrid, TableRegion } from '../../core/types';
import { HISTORY_SHEET } from '../history-sheet';
import { XlsxPackage } from '../patch/package';
import { REL, resolveTarget } from '../patch/rels';
import { sheetsOf, uses1904 } from '../patch/workbook';
import { attr, findElement, findElements } from '../patch/xml';
import { isProductSheet, parseA1Range } from '../read';
import { SETTINGS_SHEET } from '../settings-sheet';
import type { WorkbookSource } from '../source';
import { type CellReading, readSheetXml } from './sheet';
import { decodeText, sharedStrings } from './text';
// ExcelJS's table of built-in number formats, so a style reads as the same format code both ways.
import BUILT_IN_FORMATS from 'exceljs/lib/xlsx/defaultnumformats';

const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';

function numFmts(pkg: XlsxPackage): (style: number) => string | undefined {
  const book = pkg.workbookPath();
  const rel = pkg.rels(book).find((r) => r.type === REL.styles);
  const xml = rel ? (pkg.text(resolveTarget(book, rel.target)) ?? '') : '';
  const custom = new Map(findElements(xml, 'numFmt').map(({ text }) => [Number(attr(text, 'numFmtId')), decodeText(attr(text, 'formatCode') ?? '')]));
  const xfs = findElement(xml, 'cellXfs');
  const ids = xfs ? findElements(xfs.text, 'xf').map(({ text }) => Number(attr(text, 'numFmtId') ?? 0)) : [];
  return (style) => {
    const id = ids[style];
    if (id === undefined) return undefined;
    return custom.get(id) ?? BUILT_IN_FORMATS[id]?.f;
  };
}

function tablesOf(pkg: XlsxPackage, sheetPath: string): TableRegion[] {
  const out: TableRegion[] = [];
  for (const rel of pkg.rels(sheetPath)) {
    if (rel.type !== TABLE_REL || rel.external) continue;
    const xml = pkg.text(resolveTarget(sheetPath, rel.target)) ?? '';
    const table = findElement(xml, 'table');
    const range = table ? parseA1Range(attr(table.text, 'ref') ?? '') : null;
    if (!table || !range) continue;
    // Excel leaves headerRowCount out at its default of one header row.
    const headers = attr(table.text, 'headerRowCount');
    out.push({ name: attr(table.text, 'name') ?? '', range, hasHeaderRow: headers !== '0', hasTotalsRow: Number(attr(table.text, 'totalsRowCount') ?? 0) >= 1 });
  }
  return out;
}

/**
 * Reads a workbook's package straight from its XML: the engine's grids, settings, history and
 * title, as sourceFromExcelJs gives them from ExcelJS's model, in a fraction of the time and
 * memory. Throws on a package it cannot read (the caller then loads it through ExcelJS).
 * @example readPackageSource(await fs.readFile('tracker.xlsx')).grids.length // 1
 */
export function readPackageSource(bytes: Buffer): WorkbookSource {
  const pkg = XlsxPackage.open(bytes);
  const book = pkg.workbookPath();
  const sstRel = pkg.rels(book).find((r) => r.type === REL.sharedStrings);
  const reading: CellReading = { strings: sharedStrings(sstRel ? pkg.text(resolveTarget(book, sstRel.target)) : undefined), numFmt: numFmts(pkg), date1904: uses1904(pkg) };
  const sheets = sheetsOf(pkg).filter((s) => s.path !== '' && pkg.has(s.path));
  if (sheets.length === 0) throw new Error('The package has no worksheet.');
  const grids: SheetGrid[] = [];
  let settingsJson: unknown = null;
  let historyCells: CellValue[][] = [];
  for (const sheet of sheets) {
    const lower = sheet.name.toLowerCase();
    if (isProductSheet(sheet.name) && lower !== SETTINGS_SHEET.toLowerCase() && lower !== HISTORY_SHEET.toLowerCase()) continue;
    const cells = readSheetXml(pkg.text(sheet.path) ?? '', reading);
    if (lower === SETTINGS_SHEET.toLowerCase()) settingsJson = storedFromRows(cells.rows);
    else if (lower === HISTORY_SHEET.toLowerCase()) historyCells = cells.rows;
    else {
      const rowsHidden = usedRowsHidden(cells.rows, cells.hiddenRows);
      grids.push({ name: sheet.name, rows: cells.rows, merges: cells.merges, tables: tablesOf(pkg, sheet.path), hidden: sheet.state !== 'visible', protected: cells.protected, rowsHidden });
    }
  }
  const core = pkg.text('docProps/core.xml') ?? '';
  const title = decodeText(/<dc:title>([\s\S]*?)<\/dc:title>/.exec(core)?.[1] ?? '').trim();
  return { grids, settingsJson, history: readHistoryTable(historyCells), title: title === '' ? undefined : title };
}
