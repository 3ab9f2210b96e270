import { a1, columnIndex } from '../../core/cells';
import { attr, setAttr } from './xml';

/** A cell already in the sheet: its style index and its XML as written. */
export interface ExistingCell {
  style: number;
  xml: string;
  /** False for a cell that only carries a style. */
  hasValue: boolean;
}

/**
 * What to put in one cell: given the cell as it is (if it exists), the new cell's XML, or
 * null to leave it exactly as it is (or absent).
 */
export type CellWriter = (address: string, existing: ExistingCell | undefined) => string | null;

const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

function existingCell(xml: string): ExistingCell {
  const open = xml.slice(0, xml.indexOf('>') + 1);
  return { style: Number(attr(open, 's') ?? 0), xml, hasValue: /<(v|f|is)\b/.test(xml) };
}

/** A row's cells by 0-based column, in order; cells without an r follow the one before. */
function cellsOf(rowXml: string): { col: number; xml: string }[] {
  const body = rowXml.endsWith('/>') && !rowXml.includes('</row>') ? '' : rowXml.slice(rowXml.indexOf('>') + 1, rowXml.lastIndexOf('</row>'));
  const out: { col: number; xml: string }[] = [];
  let col = -1;
  for (const m of body.matchAll(CELL)) {
    const ref = attr(m[0].slice(0, m[0].indexOf('>') + 1), 'r');
    const letters = ref === undefined ? undefined : /^\$?([A-Za-z]+)/.exec(ref)?.[1];
    col = letters === undefined ? col + 1 : (columnIndex(letters.toUpperCase()) ?? col + 1);
    out.push({ col, xml: m[0] });
  }
  return out;
}

/**
 * The style a new cell takes where the sheet has none: its row's format when the row has one
 * (customFormat), else its column's, as Excel formats a cell typed into a formatted row or
 * column. An ExistingCell without a value, so writers keep that style and add nothing for null.
 */
type Inherit = (rowOpenTag: string | null, col: number) => ExistingCell | undefined;

function inheritance(xml: string): Inherit {
  const colsEnd = xml.indexOf('</cols>');
  const start = xml.indexOf('<cols');
  const cols: { min: number; max: number; style: number }[] = [];
  if (start >= 0 && colsEnd > start && start < xml.indexOf('<sheetData')) {
    for (const m of xml.slice(start, colsEnd).matchAll(/<col\b[^>]*>/g)) {
      const style = Number(attr(m[0], 'style') ?? 0);
      if (style > 0) cols.push({ min: Number(attr(m[0], 'min')), max: Number(attr(m[0], 'max')), style });
    }
  }
  return (rowOpenTag, col) => {
    const custom = rowOpenTag === null ? undefined : attr(rowOpenTag, 'customFormat');
    const rowStyle = custom === '1' || custom === 'true' ? Number(attr(rowOpenTag ?? '', 's') ?? 0) : 0;
    const style = rowStyle > 0 ? rowStyle : (cols.find((c) => col + 1 >= c.min && col + 1 <= c.max)?.style ?? 0);
    return style > 0 ? { style, xml: '', hasValue: false } : undefined;
  };
}

/** The 0-based column of a row's last cell, or -1 for an empty row (-2 when it cannot tell). */
function lastColumn(rowXml: string): number {
  const at = rowXml.lastIndexOf('<c ');
  // A bare <c> after the last <c …> is a later cell without an r, in a column the text does
  // not say: judged by the cell before it, a write to its column was appended as a duplicate.
  if (rowXml.lastIndexOf('<c>') > at) return -2;
  if (at < 0) return -1;
  const ref = attr(rowXml.slice(at, rowXml.indexOf('>', at) + 1), 'r');
  const letters = ref === undefined ? undefined : /^\$?([A-Za-z]+)/.exec(ref)?.[1];
  return letters === undefined ? -2 : (columnIndex(letters.toUpperCase()) ?? -2);
}

function rowOpen(rowXml: string | null, row: number): string {
  // spans is only a loading hint; a stale one is worse than none.
  return setAttr(rowXml === null ? `<row r="${row}">` : rowXml.slice(0, rowXml.indexOf('>') + 1).replace(/\/>$/, '>'), 'spans', undefined);
}

/*
 * On a first refresh the product's columns lie beyond the row's last cell, so the new cells
 * are appended and the row's own cells are not taken apart.
 */
function appendToRow(rowXml: string | null, row: number, writes: ReadonlyMap<number, CellWriter>, inherit: Inherit): string | null {
  const tag = rowXml === null ? null : rowXml.slice(0, rowXml.indexOf('>') + 1);
  const cells = [...writes].sort((x, y) => x[0] - y[0]).map(([col, write]) => write(a1(col, row), inherit(tag, col)) ?? '').join('');
  if (cells === '') return rowXml;
  if (rowXml === null) return `${rowOpen(null, row)}${cells}</row>`;
  const close = rowXml.lastIndexOf('</row>');
  return close < 0 ? `${rowOpen(rowXml, row)}${cells}</row>` : `${rowOpen(rowXml, row)}${rowXml.slice(rowXml.indexOf('>') + 1, close)}${cells}</row>`;
}

function patchRow(rowXml: string | null, row: number, writes: ReadonlyMap<number, CellWriter>, inherit: Inherit): string | null {
  let first = Infinity;
  for (const col of writes.keys()) first = Math.min(first, col);
  const last = rowXml === null ? -1 : lastColumn(rowXml);
  if (last >= -1 && last < first) return appendToRow(rowXml, row, writes, inherit);
  const tag = rowXml === null ? null : rowXml.slice(0, rowXml.indexOf('>') + 1);
  const cells = rowXml === null ? [] : cellsOf(rowXml);
  const byCol = new Map(cells.map((c) => [c.col, c.xml]));
  let changed = false;
  for (const [col, write] of writes) {
    const before = byCol.get(col);
    const after = write(a1(col, row), before === undefined ? inherit(tag, col) : existingCell(before));
    if (after === null || after === before) continue;
    byCol.set(col, after);
    changed = true;
  }
  if (!changed) return rowXml;
  const body = [...byCol.entries()].sort((x, y) => x[0] - y[0]).map(([, xml]) => xml).join('');
  return `${rowOpen(rowXml, row)}${body}</row>`;
}

/**
 * The worksheet XML with these cells written (1-based rows, 0-based columns), every other
 * row and cell kept exactly as it was. Rows the sheet lacks are created in order. A new cell
 * in a formatted row or column takes that format (see inheritance).
 * @example patchSheetData(xml, new Map([[7, new Map([[6, () => '<c r="G7" t="inlineStr"><is><t>RAG</t></is></c>']])]]))
 */
export function patchSheetData(xml: string, writes: ReadonlyMap<number, ReadonlyMap<number, CellWriter>>): string {
  const open = xml.indexOf('<sheetData');
  if (open < 0) throw new Error('The worksheet has no sheetData.');
  let tagEnd = xml.indexOf('>', open) + 1;
  let end: number;
  if (xml[tagEnd - 2] === '/') {
    xml = `${xml.slice(0, open)}<sheetData></sheetData>${xml.slice(tagEnd)}`;
    tagEnd = open + '<sheetData>'.length;
    end = tagEnd;
  } else end = xml.indexOf('</sheetData>', tagEnd);
  const inherit = inheritance(xml);
  const pending = [...writes.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [xml.slice(0, tagEnd)];
  const emitNewUpTo = (limit: number): void => {
    for (; next < pending.length && (pending[next] ?? 0) < limit; next++) {
      const row = pending[next] ?? 0;
      const made = patchRow(null, row, writes.get(row) ?? new Map(), inherit);
      if (made !== null) out.push(made);
    }
  };
  const body = xml.slice(tagEnd, end);
  let row = 0;
  let last = 0;
  // indexOf, not a regular expression: the sheet may hold tens of megabytes of rows.
  for (let at = body.indexOf('<row'); at >= 0; at = body.indexOf('<row', last)) {
    const close = body.indexOf('>', at);
    const selfClosed = body[close - 1] === '/';
    const stop = selfClosed ? close + 1 : body.indexOf('</row>', close) + '</row>'.length;
    if (close < 0 || stop < close) break;
    const rowXml = body.slice(at, stop);
    const r = attr(body.slice(at, close + 1), 'r');
    row = r === undefined ? row + 1 : Number(r);
    out.push(body.slice(last, at));
    last = stop;
    emitNewUpTo(row);
    const own = writes.get(row);
    if (own === undefined) out.push(rowXml);
    else {
      if (pending[next] === row) next++;
      out.push(patchRow(rowXml, row, own, inherit) ?? '');
    }
  }
  out.push(body.slice(last));
  emitNewUpTo(Infinity);
  out.push(xml.slice(end));
  return out.join('');
}
