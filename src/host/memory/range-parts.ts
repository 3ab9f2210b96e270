import { a1 } from '../../core/cells';
import type { CellRange } from '../../core/types';
import { NO_SUCH_PROPERTY, HostObject } from './client';
import { readMatrix, writeBold } from './cells';
import { guardWritable } from './context';
import type { MemorySheet } from './model';
import { HostRangeBorders, HostRangeFill, each, writeStyle, type Targets } from './styles';

function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * An address as Excel writes it: Sheet!A1:B2, the sheet name quoted when it needs it.
 * @example rangeAddress('Action Plan', { top: 0, left: 0, bottom: 1, right: 1 }) // "'Action Plan'!A1:B2"
 */
export function rangeAddress(sheetName: string, r: CellRange): string {
  const start = a1(r.left, r.top + 1);
  const end = a1(r.right, r.bottom + 1);
  return `${sheetRef(sheetName)}!${start === end ? start : `${start}:${end}`}`;
}

/** Excel.RangeFont: bold, the one font property the adapter sets (a format call). */
export class HostRangeFont extends HostObject<Targets> {
  get bold(): boolean | null {
    return this._get('bold');
  }
  set bold(value: boolean | null) {
    this.context._queue(this, 'format.font.bold', value, (ts) => each(ts, (t) => writeBold(t, value === true)), 'format');
  }
  set italic(italic: boolean) {
    this.context._queue(this, 'format.font.italic', italic, (ts) => each(ts, (t) => writeStyle(t, { italic }, 'RangeFont.italic')), 'format');
  }
  set size(size: number) {
    this.context._queue(this, 'format.font.size', size, (ts) => each(ts, (t) => writeStyle(t, { size }, 'RangeFont.size')), 'format');
  }
  set color(fontColor: string) {
    this.context._queue(this, 'format.font.color', fontColor, (ts) => each(ts, (t) => writeStyle(t, { fontColor }, 'RangeFont.color')), 'format');
  }
  _scalar(name: string, t: Targets): unknown {
    if (name !== 'bold' || Array.isArray(t)) return NO_SUCH_PROPERTY;
    const flags = new Set(readMatrix(t, 'bold').flat());
    return flags.size === 1 ? [...flags][0] : null;
  }
  override _scalarNames(): readonly string[] {
    return ['bold'];
  }
}

/** Excel's default column width, 8.43 characters, in points. */
const DEFAULT_WIDTH_POINTS = 48;

/** Excel.RangeFormat: the font, and the column width (in points, as Office.js has it). */
export class HostRangeFormat extends HostObject<Targets> {
  private _font?: HostRangeFont;
  private _fill?: HostRangeFill;
  private _borders?: HostRangeBorders;
  get font(): HostRangeFont {
    return (this._font ??= new HostRangeFont(this.context, `#${this._id}.font`, () => this._resolve()));
  }
  get fill(): HostRangeFill {
    return (this._fill ??= new HostRangeFill(this.context, `#${this._id}.fill`, () => this._resolve()));
  }
  get borders(): HostRangeBorders {
    return (this._borders ??= new HostRangeBorders(this.context, `#${this._id}.borders`, () => this._resolve()));
  }
  set horizontalAlignment(horizontal: string) {
    this.context._queue(this, 'format.horizontalAlignment', horizontal, (ts) => each(ts, (t) => writeStyle(t, { horizontal }, 'RangeFormat.horizontalAlignment')), 'format');
  }
  set verticalAlignment(vertical: string) {
    this.context._queue(this, 'format.verticalAlignment', vertical, (ts) => each(ts, (t) => writeStyle(t, { vertical }, 'RangeFormat.verticalAlignment')), 'format');
  }
  set wrapText(wrap: boolean) {
    this.context._queue(this, 'format.wrapText', wrap, (ts) => each(ts, (t) => writeStyle(t, { wrap }, 'RangeFormat.wrapText')), 'format');
  }
  /** Sets every row of the range to a height in points. */
  set rowHeight(points: number) {
    this.context._queue(this, 'format.rowHeight', points, (ts) => each(ts, (t) => {
      guardWritable(t.sheet, 'RangeFormat.rowHeight');
      for (let r = t.range.top; r <= t.range.bottom; r++) {
        t.sheet.rowHeights.set(r, points);
        t.sheet.changes.heights.add(r);
      }
    }), 'format', '1.2');
  }
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  /** Sets every column of the range to a width in points (kept in characters, as the file keeps it). */
  set columnWidth(points: number) {
    this.context._queue(this, 'format.columnWidth', points, (ts) => each(ts, (t) => {
      guardWritable(t.sheet, 'RangeFormat.columnWidth');
      for (let c = t.range.left; c <= t.range.right; c++) {
        t.sheet.columnWidths.set(c, (points / 0.75 - 5) / 7);
        t.sheet.changes.widths.add(c);
      }
    }), 'format');
  }
  _scalar(name: string, t: Targets): unknown {
    if (name !== 'columnWidth' || Array.isArray(t)) return NO_SUCH_PROPERTY;
    const widths = new Set<number>();
    for (let c = t.range.left; c <= t.range.right; c++) {
      const chars = t.sheet.columnWidths.get(c);
      widths.add(chars === undefined ? DEFAULT_WIDTH_POINTS : (Math.round(chars * 7) + 5) * 0.75);
    }
    return widths.size === 1 ? [...widths][0] : null;
  }
  override _child(name: string): HostObject | undefined {
    return name === 'font' ? this.font : undefined;
  }
}

/** Excel.RangeAreas: the merged areas of a range, read by their address. */
export class HostRangeAreas extends HostObject<{ sheet: MemorySheet; areas: CellRange[] }> {
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  _scalar(name: string, t: { sheet: MemorySheet; areas: CellRange[] }): unknown {
    if (name === 'address') return t.areas.map((r) => rangeAddress(t.sheet.name, r)).join(',');
    if (name === 'areaCount') return t.areas.length;
    return NO_SUCH_PROPERTY;
  }
}
