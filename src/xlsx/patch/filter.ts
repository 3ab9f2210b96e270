import { a1Range } from '../../core/cells';
import { type OutputPlan, widenedFilter } from '../../core/output';
import type { CellRange } from '../../core/types';
import { parseA1Range } from '../read';
import type { XlsxPackage } from './package';
import type { SheetEntry } from './workbook';
import { attr, escapeText, findElement, findElements, setAttr, unescapeXml } from './xml';

/**
 * The worksheet with its sheet AutoFilter widened over the plan's output columns (see
 * widenedFilter), and the new range; a sheet with no AutoFilter, or one that stays, comes back
 * as it was with null. Only the ref changes: the <filterColumn> criteria count from the first
 * column, which does not move, and the rows they hide keep their hidden flag. A custom view's
 * own <autoFilter> (inside <customSheetViews>, after the sheet's) is never taken for it.
 * @example widenAutoFilter('…<autoFilter ref="A3:F40"/>…', plan).xml // '…<autoFilter ref="A3:K40"/>…'
 */
export function widenAutoFilter(xml: string, plan: OutputPlan): { xml: string; range: CellRange | null } {
  const end = xml.lastIndexOf('</sheetData>');
  const el = end < 0 ? null : findElement(xml, 'autoFilter', end);
  const views = end < 0 ? null : findElement(xml, 'customSheetViews', end);
  if (!el || (views && views.start < el.start)) return { xml, range: null };
  const range = parseA1Range(attr(el.text, 'ref') ?? '');
  const wide = range ? widenedFilter(range, plan) : null;
  if (!wide) return { xml, range: null };
  return { xml: xml.slice(0, el.start) + setAttr(el.text, 'ref', a1Range(wide)) + xml.slice(el.end), range: wide };
}

/** The sheet a reference such as 'Action plan'!$A$1:$E$5 names, unquoted. */
function sheetOfRef(body: string): string {
  const bang = body.lastIndexOf('!');
  const sheet = bang < 0 ? '' : body.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * Widens the name Excel keeps for a sheet's AutoFilter range (_xlnm._FilterDatabase, scoped to
 * the sheet by its position; a workbook saved by another tool may leave out the scope, and is
 * then matched by the sheet its reference names), so the workbook does not hold two ranges for
 * one filter. The sheet-name part of the reference is kept as written.
 * @example widenFilterName(pkg, sheet, { top: 0, left: 0, bottom: 4, right: 9 }) // 'Action plan'!$A$1:$E$5 → 'Action plan'!$A$1:$J$5
 */
export function widenFilterName(pkg: XlsxPackage, sheet: SheetEntry, range: CellRange): void {
  const book = pkg.workbookPath();
  const xml = pkg.text(book);
  if (xml === undefined) return;
  const bodyOf = (text: string): string => unescapeXml(text.slice(text.indexOf('>') + 1, text.lastIndexOf('</')));
  const name = findElements(xml, 'definedName').find((d) => {
    if (attr(d.text, 'name') !== '_xlnm._FilterDatabase') return false;
    const scope = attr(d.text, 'localSheetId');
    return scope === undefined ? sheetOfRef(bodyOf(d.text)).toLowerCase() === sheet.name.toLowerCase() : scope === String(sheet.index);
  });
  if (!name) return;
  const body = bodyOf(name.text);
  const bang = body.lastIndexOf('!');
  if (bang < 0) return;
  const open = name.text.indexOf('>') + 1;
  const text = `${name.text.slice(0, open)}${escapeText(`${body.slice(0, bang + 1)}${a1Range(range, true)}`)}</definedName>`;
  pkg.setText(book, xml.slice(0, name.start) + text + xml.slice(name.end));
}
