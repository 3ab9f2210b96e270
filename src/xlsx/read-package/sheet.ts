import { columnIndex } from '../../core/cells';
import type { CellRange, CellValue } from '../../core/types';
import { convertValue } from '../cell-value';
import { parseA1Range } from '../read';
import { attr } from '../patch/xml';
import { decodeText, stringItemText } from './text';

/** What the engine needs of one worksheet part. */
export interface SheetCells {
  rows: CellValue[][];
  merges: CellRange[];
  protected: boolean;
  /** 0-based rows marked hidden: hidden by hand, or filtered out (a filter hides the rows it leaves out). */
  hiddenRows: number[];
}

/** How to read a cell: the shared strings, and the number format behind each style index. */
export interface CellReading {
  strings: readonly string[];
  numFmt: (style: number) => string | undefined;
  date1904: boolean;
}

function valueOf(type: string | undefined, body: string, reading: CellReading, numFmt: string | undefined): CellValue {
  if (type === 'inlineStr') {
    const is = /<is>([\s\S]*?)<\/is>/.exec(body);
    return is ? stringItemText(is[1] ?? '') : null;
  }
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (v === undefined) return null;
  switch (type) {
    case 's':
      return reading.strings[Number(v)] ?? null;
    case 'str':
      return decodeText(v);
    case 'b':
      return v.trim() === '1' || v.trim() === 'true';
    case 'e':
      return { kind: 'error', code: decodeText(v).trim() };
    case 'd':
      return convertValue(new Date(v), numFmt, reading.date1904);
    default: {
      const n = Number(v);
      return Number.isFinite(n) && v.trim() !== '' ? convertValue(n, numFmt, reading.date1904) : null;
    }
  }
}

/**
 * A worksheet part's values (from A1 to the last non-empty cell, the covered cells of a merge
 * read as empty), merges, protection and hidden rows, read straight from its XML: what ExcelJS's model
 * would give through cellValue, without building the model.
 * @example readSheetXml(xml, { strings, numFmt: () => undefined, date1904: false }).rows[0]?.[0] // 'Action plan'
 */
export function readSheetXml(xml: string, reading: CellReading): SheetCells {
  const cells: [number, number, CellValue][] = [];
  const hiddenRows: number[] = [];
  let width = 0;
  let height = 0;
  let row = 0;
  let col = -1;
  const dataStart = xml.indexOf('<sheetData');
  // A part with prefixed element names (<x:row>) would read as empty: the caller falls back to ExcelJS.
  if (dataStart < 0 && xml.includes(':sheetData')) throw new Error('The worksheet uses prefixed element names.');
  const dataEnd = xml.indexOf('</sheetData>');
  for (let at = dataStart < 0 ? -1 : xml.indexOf('<', dataStart + 1); at >= 0 && (dataEnd < 0 || at < dataEnd); ) {
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) break;
    const name = xml.slice(at + 1, at + 4);
    if (name === 'row' && /[\s/>]/.test(xml[at + 4] ?? '')) {
      const open = xml.slice(at, tagEnd + 1);
      const r = attr(open, 'r');
      row = r === undefined ? row + 1 : Number(r);
      if (open.includes('hidden=')) {
        const hidden = attr(open, 'hidden');
        if (hidden === '1' || hidden === 'true') hiddenRows.push(row - 1);
      }
      col = -1;
      at = xml.indexOf('<', tagEnd);
      continue;
    }
    if (name.startsWith('c') && /[\s/>]/.test(xml[at + 2] ?? '')) {
      const open = xml.slice(at, tagEnd + 1);
      const selfClosed = open.endsWith('/>');
      const end = selfClosed ? tagEnd + 1 : xml.indexOf('</c>', tagEnd) + 4;
      const ref = attr(open, 'r');
      const letters = ref === undefined ? undefined : /^\$?([A-Za-z]+)/.exec(ref)?.[1];
      col = letters === undefined ? col + 1 : (columnIndex(letters.toUpperCase()) ?? col + 1);
      if (!selfClosed) {
        const style = Number(attr(open, 's') ?? 0);
        const value = valueOf(attr(open, 't'), xml.slice(tagEnd + 1, end - 4), reading, reading.numFmt(style));
        if (value !== null) {
          cells.push([row - 1, col, value]);
          width = Math.max(width, col + 1);
          height = Math.max(height, row);
        }
      }
      at = xml.indexOf('<', end);
      continue;
    }
    at = xml.indexOf('<', tagEnd);
  }
  const tail = dataEnd < 0 ? '' : xml.slice(dataEnd);
  const merges = [...tail.matchAll(/<mergeCell\s[^>]*?ref="([^"]+)"/g)].map((m) => parseA1Range(m[1] ?? '')).filter((r): r is CellRange => r !== null);
  const rows: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const [r, c, value] of cells) {
    const line = rows[r];
    if (line) line[c] = value;
  }
  // The covered cells of a merge read as empty, as Office.js and ExcelJS report them.
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, height - 1); r++) {
      const line = rows[r];
      if (!line) continue;
      for (let c = m.left; c <= Math.min(m.right, width - 1); c++) if (r !== m.top || c !== m.left) line[c] = null;
    }
  }
  const protection = /<sheetProtection\b[^>]*>/.exec(tail)?.[0];
  const sheetFlag = protection === undefined ? undefined : attr(protection, 'sheet');
  return { rows: trim(rows), merges, protected: sheetFlag === '1' || sheetFlag === 'true', hiddenRows };
}

/** Rows and columns emptied by merges are not part of the used range (ExcelJS skips them too). */
function trim(rows: CellValue[][]): CellValue[][] {
  let height = rows.length;
  while (height > 0 && (rows[height - 1] ?? []).every((v) => v === null)) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const line = rows[r] ?? [];
    for (let c = line.length - 1; c >= width; c--) if (line[c] !== null) width = c + 1;
  }
  return rows.slice(0, height).map((line) => (line.length === width ? line : line.slice(0, width)));
}
