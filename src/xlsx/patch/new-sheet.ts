import { a1, a1Range } from '../../core/cells';
import type { CellRange } from '../../core/types';
import { numberCell, styleOnlyCell, textCell } from './cells';
import { escapeText } from './xml';
import type { SharedStrings } from './strings';

/** One cell of a sheet the product writes whole: a value and a style index (0 for none). */
export interface NewCell {
  value: string | number | null;
  style: number;
}

/** Everything a product-owned worksheet holds; rows start at A1. */
export interface NewSheet {
  rows: readonly (readonly (NewCell | null)[])[];
  /** Column widths in characters, from column A; null leaves the default. */
  widths?: readonly (number | null)[];
  /** Row heights in points, per row; null leaves the default. */
  heights?: readonly (number | null)[];
  merges?: readonly CellRange[];
  showGridLines?: boolean;
  page?: {
    orientation: 'landscape' | 'portrait';
    paperSize: number;
    fitToWidth: number;
    fitToHeight: number;
    margins: Record<'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', number>;
    /** In Excel's header/footer codes. */
    footer?: { left: string; right: string };
    /** 0-based rows that start a printed page. */
    breaks?: readonly number[];
  };
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

function cellXml(ref: string, cell: NewCell, strings: SharedStrings): string {
  if (cell.value === null) return cell.style === 0 ? '' : styleOnlyCell(ref, cell.style);
  return typeof cell.value === 'number' ? numberCell(ref, cell.style, cell.value) : textCell(ref, cell.style, strings.index(cell.value));
}

function rowsXml(sheet: NewSheet, strings: SharedStrings): string {
  const out: string[] = [];
  const count = Math.max(sheet.rows.length, sheet.heights?.length ?? 0);
  for (let r = 0; r < count; r++) {
    const cells = (sheet.rows[r] ?? []).map((cell, c) => (cell === null ? '' : cellXml(a1(c, r + 1), cell, strings))).join('');
    const height = sheet.heights?.[r] ?? null;
    if (cells === '' && height === null) continue;
    out.push(`<row r="${r + 1}"${height === null ? '' : ` ht="${height}" customHeight="1"`}>${cells}</row>`);
  }
  return out.join('');
}

/**
 * A whole worksheet part for a sheet the product owns (RAG Summary, RAG History, RAG
 * Settings), written in one pass: values, styles, widths, heights, merges and page setup.
 * @example worksheetXml({ rows: [[{ value: 'Refreshed at', style: 1 }]] }, strings)
 */
export function worksheetXml(sheet: NewSheet, strings: SharedStrings): string {
  const { page } = sheet;
  const parts: string[] = [HEAD];
  if (page && page.fitToWidth + page.fitToHeight > 0) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<sheetViews><sheetView${sheet.showGridLines === false ? ' showGridLines="0"' : ''} workbookViewId="0"/></sheetViews>`);
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const cols = (sheet.widths ?? []).map((w, i) => (w === null ? '' : `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)).join('');
  if (cols !== '') parts.push(`<cols>${cols}</cols>`);
  parts.push(`<sheetData>${rowsXml(sheet, strings)}</sheetData>`);
  const merges = sheet.merges ?? [];
  if (merges.length > 0) {
    parts.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${a1Range(m)}"/>`).join('')}</mergeCells>`);
  }
  if (page) {
    const m = page.margins;
    parts.push(`<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`);
    parts.push(`<pageSetup paperSize="${page.paperSize}" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="${page.fitToHeight}"/>`);
    if (page.footer) parts.push(`<headerFooter><oddFooter>${escapeText(`&L${page.footer.left}&R${page.footer.right}`)}</oddFooter></headerFooter>`);
    // A break's id is the last row above it (1-based), so a page starting at 0-based row r has id r.
    const breaks = (page.breaks ?? []).filter((r) => r > 0);
    if (breaks.length > 0) parts.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`);
  } else {
    parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  }
  parts.push('</worksheet>');
  return parts.join('');
}
