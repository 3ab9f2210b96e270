import type { Chunks, Work } from '../chunks';
import type { CellRange } from '../types';
import type { PlanCell } from './sheet-plan';
import { cellStyleName } from './styles';
import { wrappedLines } from './wrap';
import type { SummaryCell, SummaryTable } from './tables';

/** Where a field of a table row starts, how many columns it spans and their width in characters. */
interface Field {
  col: number;
  span: number;
  width: number;
}

/** Points per line of 11-point text, and Excel's tallest row. */
const LINE_HEIGHT = 15;
const MAX_HEIGHT = 409;

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

  /** Where each of a row's fields starts and how wide it is, worked out once per table, not per row. */
  private layout(fields: number, spans: readonly number[]): Field[] {
    const out: Field[] = [];
    let col = 0;
    for (let i = 0; i < fields; i++) {
      const span = spans[i] ?? 1;
      let width = 0;
      for (let c = col; c < col + span && c < this.widths.length; c++) width += this.widths[c] ?? 0;
      out.push({ col, span, width });
      col += span;
    }
    return out;
  }

  /** Places one row of fields, each spanning its columns (merged when more than one); `field(i)` gives each in turn. */
  private placed(count: number, field: (i: number) => { value: string | number | null; text: string; style: string }, fields: readonly Field[], density?: number): void {
    const cells = this.empty(null);
    const top = this.rows.length;
    let lines = 1;
    for (let i = 0; i < count; i++) {
      const v = field(i);
      const { col, span, width } = fields[i] as Field;
      for (let c = col; c < col + span; c++) cells[c] = { value: c === col ? v.value : null, style: v.style };
      const need = wrappedLines(v.text, width, density);
      if (need > lines) lines = need;
    }
    this.add(cells, lines > 1 ? lines * LINE_HEIGHT : null);
    for (let i = 0; i < count; i++) {
      const { col, span } = fields[i] as Field;
      if (span > 1) this.merges.push({ top, left: col, bottom: top, right: col + span - 1 });
    }
  }

  /** A table: its header row, then its rows, each counted against `work`; the `empty` sentence when it has none. */
  *table(table: SummaryTable, spans: readonly number[], work: Work): Chunks<void> {
    if (table.rows.length === 0) {
      if (table.empty !== '') this.line(table.empty, 'note');
      return;
    }
    const fields = this.layout(Math.max(spans.length, table.headers.length), spans);
    const fit = (count: number) => (count <= fields.length ? fields : this.layout(count, spans));
    const { headers } = table;
    this.placed(headers.length, (i) => ({ value: headers[i] ?? '', text: headers[i] ?? '', style: 'header' }), fit(headers.length), 0.9);
    for (const row of table.rows) {
      const { cells, total } = row;
      this.placed(
        cells.length,
        (i) => {
          const c = cells[i] as SummaryCell;
          return { value: c.value, text: c.text, style: cellStyleName(c.kind, total, c.rating) };
        },
        fit(cells.length),
      );
      if (work.add()) yield work.end();
    }
  }
}
