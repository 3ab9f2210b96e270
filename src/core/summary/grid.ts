import type { CellRange } from '../types';
import type { PlanCell } from './sheet-plan';
import { cellStyleName } from './styles';
import type { SummaryTable } from './tables';

/** Points per line of 11-point text, and Excel's tallest row. */
const LINE_HEIGHT = 15;
const MAX_HEIGHT = 409;

/**
 * Lines a text takes when wrapped at word boundaries in a column this many characters wide.
 * Excel's width unit is one "0"; running text averages a little narrower (`density` 1.1),
 * bold headers a little wider (0.9). A word longer than a line is broken.
 * @example wrappedLines('a'.repeat(50), 20) // 3
 * @example wrappedLines('Not rated', 8, 0.9) // 2
 */
export function wrappedLines(text: string, width: number, density = 1.1): number {
  const perLine = Math.max(1, Math.floor(width * density));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else {
        lines += used === 0 ? 0 : 1;
        lines += Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
      }
    }
  }
  return lines;
}

/**
 * Builds the summary sheet row by row. Excel does not grow a row to fit wrapped text in merged
 * cells, so each row's height is estimated from its text and the widths it spans.
 * @example const grid = new Grid([20, 40]); grid.line('RAG Summary: Action Plan', 'title'); grid.rows.length // 1
 */
export class Grid {
  readonly rows: PlanCell[][] = [];
  readonly heights: (number | null)[] = [];
  readonly merges: CellRange[] = [];

  constructor(readonly widths: readonly number[]) {}

  private add(cells: PlanCell[], height: number | null): number {
    this.rows.push(cells);
    this.heights.push(height === null ? null : Math.min(MAX_HEIGHT, height));
    return this.rows.length - 1;
  }

  private empty(style: string | null): PlanCell[] {
    return this.widths.map(() => ({ value: null, style }));
  }

  /** A row with one text merged across the sheet (titles, headings, notes). */
  line(text: string, style: string, points = LINE_HEIGHT): void {
    const cells = this.empty(style);
    cells[0] = { value: text, style };
    const total = this.widths.reduce((a, b) => a + b, 0);
    const lines = wrappedLines(text, total);
    const top = this.add(cells, lines > 1 || points !== LINE_HEIGHT ? lines * points : null);
    if (this.widths.length > 1) this.merges.push({ top, left: 0, bottom: top, right: this.widths.length - 1 });
  }

  blank(): void {
    this.add(this.empty(null), null);
  }

  /** Places one row of cells, each spanning `spans[i]` columns (merged when more than one). */
  private placed(values: readonly { value: string | number | null; text: string; style: string }[], spans: readonly number[], density?: number): void {
    const cells = this.empty(null);
    const merges: CellRange[] = [];
    let col = 0;
    let lines = 1;
    const top = this.rows.length;
    values.forEach((v, i) => {
      const span = spans[i] ?? 1;
      for (let c = col; c < col + span; c++) cells[c] = { value: c === col ? v.value : null, style: v.style };
      if (span > 1) merges.push({ top, left: col, bottom: top, right: col + span - 1 });
      const width = this.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      lines = Math.max(lines, wrappedLines(v.text, width, density));
      col += span;
    });
    this.add(cells, lines > 1 ? lines * LINE_HEIGHT : null);
    this.merges.push(...merges);
  }

  /** A table: its header row, then its rows; the `empty` sentence when it has none. */
  table(table: SummaryTable, spans: readonly number[]): void {
    if (table.rows.length === 0) {
      if (table.empty !== '') this.line(table.empty, 'note');
      return;
    }
    this.placed(table.headers.map((h) => ({ value: h, text: h, style: 'header' })), spans, 0.9);
    for (const row of table.rows) {
      this.placed(row.cells.map((c) => ({ value: c.value, text: c.text, style: cellStyleName(c.kind, row.total, c.rating) })), spans);
    }
  }
}
