import type { CellRange } from '../../core/types';
import { HostObject, NO_SUCH_PROPERTY } from './client';
import { guardWritable } from './context';
import { updateCell, intersects } from './edit';
import { hostError } from './errors';
import { emptyCell, type MemoryStyle } from './model';
import type { RangeTarget } from './range';
import { HostRangeFormat } from './range-parts';

/*
 * The formatting the summary sheet needs (fill, font, alignment, borders, merges, clear),
 * each applied to every cell of its range at sync, as Excel does: one call per range.
 */

/** What a format proxy acts on: one range, or every area of a RangeAreas. */
export type Targets = RangeTarget | RangeTarget[];

/** Runs a format change on each range of its target, in order. */
export function each(targets: Targets, fn: (t: RangeTarget) => void): void {
  for (const t of Array.isArray(targets) ? targets : [targets]) fn(t);
}

/** Sets style parts on every cell of a range. */
export function writeStyle(t: RangeTarget, patch: MemoryStyle, location: string): void {
  guardWritable(t.sheet, location);
  for (let r = t.range.top; r <= t.range.bottom; r++) {
    for (let c = t.range.left; c <= t.range.right; c++) updateCell(t.sheet, r, c, { style: patch });
  }
}

/** Range.clear(): values, number formats, bold, styles and merges go; widths and heights stay. */
export function clearRange(t: RangeTarget): void {
  guardWritable(t.sheet, 'Range.clear');
  const { top, left, bottom, right } = t.range;
  t.sheet.rows.forEach((line, r) => {
    if (r < top || r > bottom) return;
    line.forEach((cell, c) => {
      if (!cell || c < left || c > right) return;
      line[c] = emptyCell();
      t.sheet.changes.cells.set(`${r},${c}`, { value: true, numberFormat: true, bold: true, style: true });
    });
  });
  const kept = t.sheet.merges.filter((m) => !intersects(m, t.range));
  if (kept.length !== t.sheet.merges.length) t.sheet.changes.merges = true;
  t.sheet.merges = kept;
}

/** Range.merge(across): one merged area, or one per row; a merge that overlaps another is refused. */
export function mergeRange(t: RangeTarget, across: boolean): void {
  guardWritable(t.sheet, 'Range.merge');
  const { top, left, bottom, right } = t.range;
  const areas: CellRange[] = across ? Array.from({ length: bottom - top + 1 }, (_, i) => ({ top: top + i, left, bottom: top + i, right })) : [{ ...t.range }];
  const fresh = areas.filter((a) => a.left !== a.right || a.top !== a.bottom);
  if (fresh.some((a) => t.sheet.merges.some((m) => intersects(m, a)))) throw hostError('InvalidOperation', 'Range.merge: overlaps a merged cell');
  if (fresh.length === 0) return;
  t.sheet.merges.push(...fresh);
  t.sheet.changes.merges = true;
}

/** Excel.RangeFill: the fill colour. */
export class HostRangeFill extends HostObject<Targets> {
  set color(color: string) {
    this.context._queue(this, 'color', color, (ts) => each(ts, (t) => writeStyle(t, { fill: color }, 'RangeFill.color')), 'format');
  }
  _scalar(): unknown {
    return NO_SUCH_PROPERTY;
  }
}

type Side = 'top' | 'bottom' | 'left' | 'right';

/* Which sides of which cells an Excel.BorderIndex reaches, for a cell at (r, c) of the range. */
const REACH: Record<string, (t: CellRange, r: number, c: number) => Side[]> = {
  EdgeTop: (t, r) => (r === t.top ? ['top'] : []),
  EdgeBottom: (t, r) => (r === t.bottom ? ['bottom'] : []),
  EdgeLeft: (t, _r, c) => (c === t.left ? ['left'] : []),
  EdgeRight: (t, _r, c) => (c === t.right ? ['right'] : []),
  InsideHorizontal: (t, r) => [...(r > t.top ? (['top'] as const) : []), ...(r < t.bottom ? (['bottom'] as const) : [])],
  InsideVertical: (t, _r, c) => [...(c > t.left ? (['left'] as const) : []), ...(c < t.right ? (['right'] as const) : [])],
};

/** Excel.RangeBorder: one edge's line style and colour. */
export class HostRangeBorder extends HostObject<Targets> {
  constructor(
    context: HostObject['context'],
    path: string,
    resolver: () => Targets | null,
    private readonly index: string,
  ) {
    super(context, path, resolver);
    if (!(index in REACH)) throw hostError('InvalidArgument', `RangeBorderCollection.getItem(${index})`);
  }
  set style(style: string) {
    this.context._queue(this, 'style', style, (ts) => each(ts, (t) => this.apply(t, { style })), 'format');
  }
  set color(color: string) {
    this.context._queue(this, 'color', color, (ts) => each(ts, (t) => this.apply(t, { color })), 'format');
  }
  private apply(t: RangeTarget, part: { style?: string; color?: string }): void {
    guardWritable(t.sheet, 'RangeBorder');
    const reach = REACH[this.index] ?? (() => []);
    for (let r = t.range.top; r <= t.range.bottom; r++) {
      for (let c = t.range.left; c <= t.range.right; c++) {
        const sides = reach(t.range, r, c);
        if (sides.length === 0) continue;
        const borders = { ...t.sheet.rows[r]?.[c]?.style?.borders };
        for (const side of sides) borders[side] = { style: 'Continuous', color: '#000000', ...borders[side], ...part };
        updateCell(t.sheet, r, c, { style: { borders } });
      }
    }
  }
  _scalar(): unknown {
    return NO_SUCH_PROPERTY;
  }
}

/** Excel.RangeBorderCollection: getItem by Excel.BorderIndex. */
export class HostRangeBorders extends HostObject<Targets> {
  getItem(index: string): HostRangeBorder {
    return new HostRangeBorder(this.context, `#${this._id}[${index}]`, () => this._resolve(), index);
  }
  _scalar(): unknown {
    return NO_SUCH_PROPERTY;
  }
}

/** Excel.RangeAreas from Worksheet.getRanges (ExcelApi 1.9): one format call reaches every area. */
export class HostRangeAreasFormat extends HostObject<RangeTarget[]> {
  private _format?: HostRangeFormat;
  get format(): HostRangeFormat {
    return (this._format ??= new HostRangeFormat(this.context, `#${this._id}.format`, () => this._resolve()));
  }
  _scalar(name: string, t: RangeTarget[]): unknown {
    return name === 'areaCount' ? t.length : NO_SUCH_PROPERTY;
  }
}
