import { finish, Work, type Chunks } from '../chunks';
import type { FormatRange, PlanCell } from './sheet-plan';

/**
 * Coalesces per-cell styles into ranges: runs of one style along a row, then identical runs
 * stacked on consecutive rows, so a table column of one style is one range. Adapters apply
 * one format per range instead of one per cell.
 * @example planFormats([[{ value: 'a', style: 'text' }, { value: 'b', style: 'text' }]]) // [{ range: { top: 0, left: 0, bottom: 0, right: 1 }, style: 'text' }]
 */
export function planFormats(rows: readonly (readonly PlanCell[])[]): FormatRange[] {
  return finish(planFormatsInChunks(rows, new Work(Infinity)));
}

/**
 * {@link planFormats} counting each row against `work`, pausing when it is full.
 * @example const formats = yield* planFormatsInChunks(grid.rows, work)
 */
export function* planFormatsInChunks(rows: readonly (readonly PlanCell[])[], work: Work): Chunks<FormatRange[]> {
  const out: FormatRange[] = [];
  let open = new Map<string, FormatRange>();
  for (let top = 0; top < rows.length; top++) {
    const cells = rows[top] as readonly PlanCell[];
    const next = new Map<string, FormatRange>();
    let left = 0;
    while (left < cells.length) {
      const style = cells[left]?.style ?? null;
      let right = left;
      while (right + 1 < cells.length && (cells[right + 1]?.style ?? null) === style) right += 1;
      if (style !== null) {
        const id = `${left}:${right}:${style}`;
        const above = open.get(id);
        if (above) {
          above.range.bottom = top;
          next.set(id, above);
        } else {
          const format = { range: { top, left, bottom: top, right }, style };
          out.push(format);
          next.set(id, format);
        }
      }
      left = right + 1;
    }
    open = next;
    if (work.add()) yield work.end();
  }
  return out;
}
