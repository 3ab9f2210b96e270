import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { RATING_SWATCHES } from '../core/output/colours';
import type { SummaryCell, SummaryTable } from '../core/summary';
import { fittedPercents } from './docx-fit';

/** Table text size in half-points (8 pt): Table One's thirteen columns fit across the page. */
const SIZE = 16;
const HEADER_FILL = 'D9E1F2';
const TOTAL_FILL = 'F2F2F2';
const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };

/**
 * Text as runs, one line break per newline in the cell, so multi-line steps stay apart.
 * @example runs('a\nb', false, null).length // 2
 */
export function runs(text: string, bold: boolean, color: string | null, size = SIZE): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, bold, size, ...(color === null ? {} : { color }), ...(i > 0 ? { break: 1 } : {}) }));
}

function cell(text: string, percent: number, opts: { bold: boolean; fill: string | null; color: string | null; centred: boolean }): TableCell {
  return new TableCell({
    width: { size: percent, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.TOP,
    ...(opts.fill === null ? {} : { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } }),
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    children: [new Paragraph({ alignment: opts.centred ? AlignmentType.CENTER : AlignmentType.LEFT, children: runs(text, opts.bold, opts.color) })],
  });
}

function bodyCell(c: SummaryCell, width: number, total: boolean): TableCell {
  if (c.kind === 'rating') {
    const s = RATING_SWATCHES[c.rating ?? 'not_rated'];
    return cell(c.text, width, { bold: true, fill: s.fill, color: s.font, centred: true });
  }
  return cell(c.text, width, { bold: total, fill: total ? TOTAL_FILL : null, color: null, centred: c.kind !== 'text' });
}

/**
 * A summary table as a Word table: fixed column widths from `weights` as shares of the text
 * width, in percent, each column of figures or ratings widened to its longest word (fittedPercents), so the table fits whatever page it is pasted into (a portrait board-paper
 * template as well as this landscape page),
 * the header row repeated on every page, rows that do not split across pages, total rows bold
 * and shaded, rating cells filled with the tracker's colours and always carrying the word.
 * @example docxTable(summaryTables(model).exceptions, [5, 28, 14, 9, 7, 22, 20])
 */
export function docxTable(table: SummaryTable, weights: readonly number[]): Table {
  const sum = table.headers.reduce((n, _, i) => n + (weights[i] ?? 1), 0);
  // Hundredths of a percent kept: Word stores fiftieths, and whole percents left columns a hair short.
  const shares = fittedPercents(table, table.headers.map((_, i) => ((weights[i] ?? 1) / sum) * 100));
  const widths = shares.map((p) => Math.round(p * 100) / 100);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.headers.map((h, i) => cell(h, widths[i] ?? 0, { bold: true, fill: HEADER_FILL, color: null, centred: true })),
  });
  const rows = table.rows.map((r) => new TableRow({ cantSplit: true, children: r.cells.map((c, i) => bodyCell(c, widths[i] ?? 0, r.total)) }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [header, ...rows],
  });
}
