import type { Chunks, Work } from '../chunks';
import type { CellRange } from '../types';
import { fontScale, measuredLines } from './measure';
import { LINE_HEIGHT, Pager } from './pages';
import type { PlanCell } from './sheet-plan';
import { cellStyleName, SUMMARY_STYLES } from './styles';
import type { SummaryCell, SummaryTable } from './tables';

/** Where a field of a table row starts, how many columns it spans and their width in characters. */
interface Field {
  col: number;
  span: number;
  width: number;
}

/** A row as laid out, before it is added: written again at the top of a page a table runs onto. */
interface Row {
  cells: PlanCell[];
  height: number | null;
  merges: { left: number; right: number }[];
}

/** Excel's tallest row. */
const MAX_HEIGHT = 409;

/** Lines a text takes in a cell of a style: bold and larger text is measured wider. */
function lines(text: string, width: number, style: string): number {
  return measuredLines(text, width, fontScale(SUMMARY_STYLES[style]));
}

/**
 * Builds the summary sheet row by row. Excel does not grow a row to fit wrapped text in merged
 * cells (nor does autofit), so each row's height is estimated from its text, its font and the
 * widths it spans. With `paper` (room per page, title rows) it also works out the page breaks.
 * @example const grid = new Grid([20, 40]); grid.line('RAG Summary: Action Plan', 'title'); grid.rows.length // 1
 */
export class Grid {
  readonly rows: PlanCell[][] = [];
  readonly heights: (number | null)[] = [];
  readonly merges: CellRange[] = [];
  private readonly pager: Pager | null;

  constructor(
    readonly widths: readonly number[],
    paper?: { room: number; titleRows: number },
  ) {
    this.pager = paper ? new Pager(paper.room, paper.titleRows, this.heights) : null;
  }

  /** 0-based rows that start a printed page. */
  get breaks(): number[] {
    return this.pager?.breaks ?? [];
  }

  private add({ cells, height, merges }: Row, canBreak = true): number {
    const h = height === null ? null : Math.min(MAX_HEIGHT, height);
    this.pager?.place(this.rows.length, h ?? LINE_HEIGHT, canBreak);
    this.rows.push(cells);
    this.heights.push(h);
    const top = this.rows.length - 1;
    for (const { left, right } of merges) this.merges.push({ top, left, bottom: top, right });
    return top;
  }

  private empty(style: string | null): PlanCell[] {
    return this.widths.map(() => ({ value: null, style }));
  }

  /** A row with one text merged across the sheet (titles, headings, notes). */
  line(text: string, style: string, points = LINE_HEIGHT): void {
    const cells = this.empty(style);
    cells[0] = { value: text, style };
    const total = this.widths.reduce((a, b) => a + b, 0);
    const count = lines(text, total, style);
    const merges = this.widths.length > 1 ? [{ left: 0, right: this.widths.length - 1 }] : [];
    this.add({ cells, height: count > 1 || points !== LINE_HEIGHT ? count * points : null, merges });
  }

  /** An empty row between sections: never the reason for a page break (it may end a page). */
  blank(): void {
    this.add({ cells: this.empty(null), height: null, merges: [] }, false);
  }

  /** Keeps the rows added from now on with the next table's header and first row, on one page. */
  keepWithNext(): void {
    this.pager?.keep(this.rows.length);
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

  /** One row of fields, each spanning its columns (merged when more than one); `field(i)` gives each in turn. */
  private placed(count: number, field: (i: number) => { value: string | number | null; text: string; style: string }, fields: readonly Field[]): Row {
    const cells = this.empty(null);
    const merges: Row['merges'] = [];
    let most = 1;
    for (let i = 0; i < count; i++) {
      const v = field(i);
      const { col, span, width } = fields[i] as Field;
      for (let c = col; c < col + span; c++) cells[c] = { value: c === col ? v.value : null, style: v.style };
      if (span > 1) merges.push({ left: col, right: col + span - 1 });
      const need = lines(v.text, width, v.style);
      if (need > most) most = need;
    }
    return { cells, height: most > 1 ? most * LINE_HEIGHT : null, merges };
  }

  /**
   * A table: its header row, then its rows, each counted against `work`; the `empty` sentence
   * when it has none. Excel repeats one range of title rows on every printed page, and the
   * sheet's are its title and date, so a table that runs onto a new page has its header row
   * written again at the top of that page, after a manual break.
   */
  *table(table: SummaryTable, spans: readonly number[], work: Work): Chunks<void> {
    if (table.rows.length === 0) {
      if (table.empty !== '') this.line(table.empty, 'note');
      this.pager?.release();
      return;
    }
    const fields = this.layout(Math.max(spans.length, table.headers.length), spans);
    const fit = (count: number) => (count <= fields.length ? fields : this.layout(count, spans));
    const { headers } = table;
    this.pager?.keep(this.rows.length, false);
    const header = this.placed(headers.length, (i) => ({ value: headers[i] ?? '', text: headers[i] ?? '', style: 'header' }), fit(headers.length));
    this.add(header);
    let first = true;
    for (const { cells, total } of table.rows) {
      const row = this.placed(
        cells.length,
        (i) => {
          const c = cells[i] as SummaryCell;
          return { value: c.value, text: c.text, style: cellStyleName(c.kind, total, c.rating) };
        },
        fit(cells.length),
      );
      if (!first && this.pager && !this.pager.fits(row.height ?? LINE_HEIGHT)) {
        this.pager.breakAt(this.rows.length);
        this.add({ cells: header.cells.map((c) => ({ ...c })), height: header.height, merges: header.merges });
      }
      this.add(row);
      if (first) this.pager?.release();
      first = false;
      if (work.add()) yield work.end();
    }
  }
}
