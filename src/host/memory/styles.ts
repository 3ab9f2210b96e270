import type { CellRange } from '../../core/types';
import { HostObject, NO_SUCH_PROPERTY } from './client';
import { guardWritable } from './context';
import { CLEARED, updateCell, intersects } from './edit';
import { hostError } from './errors';
import { emptyCell, type MemoryStyle } from './model';
import type { RangeTarget } from './range';
import { overlapsMerge } from './merges';
import { HostRangeFormat } from './range-parts';
import type { Steps } from './steps';

/*
 * The formatting the summary sheet needs (fill, font, alignment, borders, merges, clear),
 * each applied to every cell of its range at sync, as Excel does: one call per range.
 */

/** What a format proxy acts on: one range, or every area of a RangeAreas. */
export type Targets = RangeTarget | RangeTarget[];

/** Runs a format change on each range of its target, in order, a step (or its own steps) each. */
export function* each(targets: Targets, fn: (t: RangeTarget) => void | Steps): Steps {
  for (const t of Array.isArray(targets) ? targets : [targets]) {
    const steps = fn(t);
    if (steps !== undefined) yield* steps;
    yield;
  }
}

/** Sets style parts on every cell of a range, a row per step. */
export function* writeStyle(t: RangeTarget, patch: MemoryStyle, location: string): Steps {
  guardWritable(t.sheet, location);
  for (let r = t.range.top; r <= t.range.bottom; r++) {
    for (let c = t.range.left; c <= t.range.right; c++) updateCell(t.sheet, r, c, { style: patch });
    yield;
  }
}

/** Range.clear(): values, number formats, bold, styles and merges go; widths and heights stay. A row per step. */
export function* clearRange(t: RangeTarget): Steps {
  guardWritable(t.sheet, 'Range.clear');
  const { top, left, bottom, right } = t.range;
  const rows = t.sheet.rows;
  for (let r = top; r <= Math.min(bottom, rows.length - 1); r++) {
    const line = rows[r];
    if (!line) continue;
    line.forEach((cell, c) => {
      if (!cell || c < left || c > right) return;
      line[c] = emptyCell();
      t.sheet.changes.cells.set(`${r},${c}`, CLEARED);
    });
    yield;
  }
  const kept = t.sheet.merges.filter((m) => !intersects(m, t.range));
  if (kept.length !== t.sheet.merges.length) t.sheet.changes.merges = true;
  t.sheet.merges = kept;
}

/** Range.merge(across): one merged area, or one per row; a merge that overlaps another is refused (checked an area per step). */
export function* mergeRange(t: RangeTarget, across: boolean): Steps {
  guardWritable(t.sheet, 'Range.merge');
  const { top, left, bottom, right } = t.range;
  const areas: CellRange[] = across ? Array.from({ length: bottom - top + 1 }, (_, i) => ({ top: top + i, left, bottom: top + i, right })) : [{ ...t.range }];
  const fresh = areas.filter((a) => a.left !== a.right || a.top !== a.bottom);
  for (const a of fresh) {
    if (overlapsMerge(t.sheet, a)) throw hostError('InvalidOperation', 'Range.merge: overlaps a merged cell');
    yield;
  }
  if (fresh.length === 0) return;
  // One push per area: a spread of 100,000 arguments would overflow the stack.
  for (const a of fresh) t.sheet.merges.push(a);
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
  private *apply(t: RangeTarget, part: { style?: string; color?: string }): Steps {
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
      yield;
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
