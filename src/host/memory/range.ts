import type { CellRange } from '../../core/types';
import { HostObject, NO_SUCH_PROPERTY, derive } from './client';
import type { Sink } from './context';
import { HostConditionalFormats } from './formats';
import { hostError } from './errors';
import type { MemorySheet } from './model';
import { intersects } from './edit';
import { readMatrixSteps, writeMatrix } from './cells';
import { HostRangeAreas, HostRangeFormat, rangeAddress } from './range-parts';
import { Sliced } from './steps';
import { clearRange, mergeRange } from './styles';

/** A range as the host finds it at sync time: a sheet and a 0-based rectangle. */
export interface RangeTarget {
  sheet: MemorySheet;
  range: CellRange;
}

const CELL_DATA = ['values', 'numberFormat', 'valueTypes'];

/** Range.rowHidden: all, none or some of the range's rows hidden, counted over the hidden rows (few) rather than the range's (up to a million). */
function rowHidden(t: RangeTarget): boolean | null {
  let hidden = 0;
  for (const r of t.sheet.hiddenRows) if (r >= t.range.top && r <= t.range.bottom) hidden++;
  return hidden === 0 ? false : hidden === t.range.bottom - t.range.top + 1 ? true : null;
}

/** Excel.Range: cell data, position, format, conditional formats and merged areas. */
export class HostRange extends HostObject<RangeTarget> {
  private _format?: HostRangeFormat;
  private _formats?: HostConditionalFormats;

  get format(): HostRangeFormat {
    return (this._format ??= new HostRangeFormat(this.context, `#${this._id}.format`, () => this._resolve()));
  }
  get conditionalFormats(): HostConditionalFormats {
    return (this._formats ??= new HostConditionalFormats(this.context, `#${this._id}.conditionalFormats`, () => this._resolve(), '1.6'));
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this.context._queue(this, 'values', v, (t) => writeMatrix(t, v, 'values'), 'value');
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.context._queue(this, 'numberFormat', v, (t) => writeMatrix(t, v, 'numberFormat'), 'format');
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get address(): string {
    return this._get('address');
  }
  /** True when every row of the range is hidden, false when none is, null when some are (ExcelApi 1.2). */
  get rowHidden(): boolean | null {
    return this._get('rowHidden');
  }

  _scalar(name: string, t: RangeTarget, sink: Sink): unknown {
    const { top, left, bottom, right } = t.range;
    if (CELL_DATA.includes(name)) {
      const cells = (bottom - top + 1) * (right - left + 1);
      if (cells > this.context._host.limits.cells) throw hostError('RangeExceedsLimit', `#${this._id}.${name}`);
      sink.countCells(this, cells);
      return new Sliced(readMatrixSteps(t, name === 'values' ? 'value' : name === 'numberFormat' ? 'numberFormat' : 'type'));
    }
    if (name === 'rowIndex') return top;
    if (name === 'columnIndex') return left;
    if (name === 'rowCount') return bottom - top + 1;
    if (name === 'columnCount') return right - left + 1;
    if (name === 'address') return rangeAddress(t.sheet.name, t.range);
    if (name === 'cellCount') return (bottom - top + 1) * (right - left + 1);
    if (name === 'rowHidden') return rowHidden(t);
    return NO_SUCH_PROPERTY;
  }
  override _scalarNames(): readonly string[] {
    return ['values', 'numberFormat', 'valueTypes', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'address', 'cellCount', 'rowHidden'];
  }
  override _child(name: string): HostObject | undefined {
    return name === 'format' ? this.format : name === 'conditionalFormats' ? this.conditionalFormats : undefined;
  }

  getResizedRange(deltaRows: number, deltaColumns: number): HostRange {
    return new HostRange(this.context, `#${this._id}.resized(${deltaRows},${deltaColumns})`, derive(this, (t) => {
      const range = { ...t.range, bottom: t.range.bottom + deltaRows, right: t.range.right + deltaColumns };
      if (range.bottom < range.top || range.right < range.left || range.right > 16_383 || range.bottom > 1_048_575) throw hostError('InvalidArgument', 'Range.getResizedRange');
      return { sheet: t.sheet, range };
    }), '1.2');
  }

  /** Range.clear(): everything but column widths and row heights, merges included. */
  clear(applyTo?: string): void {
    if (applyTo !== undefined && applyTo !== 'All') throw hostError('InvalidArgument', `Range.clear(${applyTo}) is not modelled`);
    this.context._queue(this, 'clear', [applyTo ?? 'All'], (t) => clearRange(t), 'format');
  }

  /** Range.merge(across): across merges each row of the range on its own. */
  merge(across?: boolean): void {
    this.context._queue(this, 'merge', [across === true], (t) => mergeRange(t, across === true), 'format', '1.2');
  }

  /** Range.select: records the selection on the host (Excel moves the cursor there). */
  select(): void {
    this.context._queue(this, 'select', null, (t) => {
      this.context._host.selection = { sheet: t.sheet.name, range: { ...t.range } };
    });
  }

  getMergedAreasOrNullObject(): HostRangeAreas {
    return new HostRangeAreas(this.context, `#${this._id}.mergedAreas?`, derive(this, (t) => {
      const areas = t.sheet.merges.filter((m) => intersects(m, t.range));
      return areas.length === 0 ? null : { sheet: t.sheet, areas };
    }), '1.13');
  }
}
