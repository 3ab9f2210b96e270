import { parseA1Range } from '../read';
import type { PlannedCell } from '../../core/output';
import { PatchUnsupportedError } from './errors';
import type { XlsxPackage } from './package';
import { REL, resolveTarget } from './rels';
import { attr, findElement, findElements, setAttr } from './xml';

/*
 * An Excel table keeps its column names twice: as the text of its header cells and as
 * <tableColumn name="…"> in its part, and Excel reports the file as damaged when the two
 * differ. When the product writes a header into a table's header row ("RAG" over a column the
 * user headed "Rag"), the column is renamed to match, as Excel renames it when a header cell
 * is typed over. (ExcelJS does not: it writes the cell and keeps the old name.)
 */

/** A table's first row and its columns, from its ref: 1-based row, 0-based columns. */
function headerOf(tableTag: string): { row: number; left: number; right: number } | null {
  const range = parseA1Range(attr(tableTag, 'ref') ?? '');
  return range && { row: range.top + 1, left: range.left, right: range.right };
}

/**
 * Renames the columns of the sheet's tables whose header cells these writes change, so each
 * name is its header's new text. Throws {@link PatchUnsupportedError} when a write would leave
 * a header that cannot be a column name (empty, a date) or two columns of one table with the
 * same name, or when the table part is not in the usual shape.
 * @example nameTableColumns(pkg, 'xl/worksheets/sheet1.xml', plan.cells)
 */
export function nameTableColumns(pkg: XlsxPackage, sheetPath: string, cells: readonly PlannedCell[]): void {
  for (const rel of pkg.rels(sheetPath)) {
    if (rel.type !== REL.table || rel.external) continue;
    const path = resolveTarget(sheetPath, rel.target);
    const xml = pkg.text(path);
    const table = xml === undefined ? null : findElement(xml, 'table');
    const header = table ? headerOf(table.text) : null;
    if (xml === undefined || !table || !header || attr(table.text, 'headerRowCount') === '0') continue;
    const hits = cells.filter((c) => c.row === header.row && c.col >= header.left && c.col <= header.right);
    if (hits.length === 0) continue;
    const name = attr(table.text, 'displayName') ?? attr(table.text, 'name') ?? path;
    const columns = findElements(xml, 'tableColumn');
    if (columns.length !== header.right - header.left + 1) throw new PatchUnsupportedError(`table "${name}" lists ${columns.length} columns for its range`);
    const names = columns.map((c) => attr(c.text, 'name') ?? '');
    for (const hit of hits) {
      if (typeof hit.value !== 'string' || hit.value === '') throw new PatchUnsupportedError(`the refresh writes a non-header value into table "${name}"'s header row`);
      names[hit.col - header.left] = hit.value;
    }
    if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) throw new PatchUnsupportedError(`the refresh's headers would name two columns of table "${name}" alike`);
    let out = xml;
    for (let i = columns.length - 1; i >= 0; i--) {
      const col = columns[i];
      const next = names[i];
      if (col === undefined || next === undefined || next === attr(col.text, 'name')) continue;
      out = out.slice(0, col.start) + setAttr(col.text, 'name', next) + out.slice(col.end);
    }
    if (out !== xml) pkg.setText(path, out);
  }
}
