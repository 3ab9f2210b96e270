import { HostCollection, HostObject, NO_SUCH_PROPERTY } from './client';
import { guardWritable, type HostContext } from './context';
import { HostCustomFormat, changed } from './rule';
import { hostError } from './errors';
import type { MemoryFormat, MemorySheet } from './model';
import { intersects } from './edit';
import { HostRange, type RangeTarget } from './range';

/** A conditional format as the host finds it: the sheet it lives on and the format itself. */
export interface FormatTarget {
  sheet: MemorySheet;
  format: MemoryFormat;
}

/** Excel.ConditionalFormat: its type, priority, stop-if-true, the custom rule, delete. */
export class HostConditionalFormat extends HostObject<FormatTarget> {
  private _custom?: HostCustomFormat;
  private _customOrNull?: HostCustomFormat;

  /** Excel refuses the custom rule of a format of another type. */
  get custom(): HostCustomFormat {
    return (this._custom ??= new HostCustomFormat(this.context, `#${this._id}.custom`, () => {
      const t = this._resolve();
      if (t !== null && t.format.type !== 'Custom') throw hostError('InvalidOperation', 'ConditionalFormat.custom');
      return t;
    }));
  }
  get customOrNullObject(): HostCustomFormat {
    return (this._customOrNull ??= new HostCustomFormat(this.context, `#${this._id}.custom?`, () => {
      const t = this._resolve();
      return t !== null && t.format.type === 'Custom' ? t : null;
    }));
  }

  static bound(context: HostContext, sheet: MemorySheet, format: MemoryFormat, path: string): HostConditionalFormat {
    return new HostConditionalFormat(context, path, () => {
      if (!sheet.formats.includes(format)) throw hostError('ItemNotFound', 'ConditionalFormat');
      return { sheet, format };
    });
  }

  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  /** Moves the format in the sheet's order; a negative priority counts from the back (-1 is last). */
  set priority(p: number) {
    this.context._queue(this, 'priority', p, (t) => {
      changed(t, 'ConditionalFormat.priority');
      const list = t.sheet.formats.filter((f) => f !== t.format);
      const at = p < 0 ? Math.max(0, list.length + 1 + p) : Math.min(p, list.length);
      list.splice(at, 0, t.format);
      t.sheet.formats = list;
    }, 'rule');
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(v: boolean) {
    this.context._queue(this, 'stopIfTrue', v, (t) => {
      changed(t, 'ConditionalFormat.stopIfTrue');
      t.format.stopIfTrue = v;
    }, 'rule');
  }
  delete(): void {
    this.context._queue(this, 'delete', [], (t) => {
      changed(t, 'ConditionalFormat.delete');
      t.sheet.formats = t.sheet.formats.filter((f) => f !== t.format);
    });
  }
  getRange(): HostRange {
    return new HostRange(this.context, `#${this._id}.getRange()`, () => {
      const t = this._resolve();
      const range = t?.format.ranges[0];
      return t === null || range === undefined ? null : { sheet: t.sheet, range };
    });
  }
  _scalar(name: string, t: FormatTarget): unknown {
    if (name === 'type') return t.format.type;
    if (name === 'priority') return t.sheet.formats.indexOf(t.format);
    if (name === 'stopIfTrue') return t.format.stopIfTrue;
    return NO_SUCH_PROPERTY;
  }
  override _scalarNames(): readonly string[] {
    return ['type', 'priority', 'stopIfTrue'];
  }
  override _child(name: string): HostObject | undefined {
    return name === 'custom' ? this.custom : name === 'customOrNullObject' ? this.customOrNullObject : undefined;
  }
}

/** Excel.ConditionalFormatCollection of a range: the formats that touch it, and add(). */
export class HostConditionalFormats extends HostCollection<RangeTarget, MemoryFormat, HostConditionalFormat> {
  _members(t: RangeTarget): MemoryFormat[] {
    return t.sheet.formats.filter((f) => f.ranges.some((r) => intersects(r, t.range)));
  }
  _item(member: MemoryFormat, index: number): HostConditionalFormat {
    const t = this._resolve();
    if (t === null) throw hostError('ItemNotFound', 'ConditionalFormatCollection');
    return HostConditionalFormat.bound(this.context, t.sheet, member, `#${this._id}[${index}]`);
  }
  /** Excel puts a new format first in priority, as its own dialog does. */
  add(type: string): HostConditionalFormat {
    let added: FormatTarget | undefined;
    this.context._queue(this, 'add', [type], (t) => {
      guardWritable(t.sheet, 'ConditionalFormatCollection.add');
      const format: MemoryFormat = { type, ranges: [t.range], formula: null, fill: null, fontColor: null, bold: null, stopIfTrue: false };
      t.sheet.formats = [format, ...t.sheet.formats];
      t.sheet.changes.formats = true;
      added = { sheet: t.sheet, format };
    }, 'rule');
    return new HostConditionalFormat(this.context, `#${this._id}.add(${type})`, () => {
      if (!added) throw hostError('ItemNotFound', 'ConditionalFormatCollection.add');
      return added;
    });
  }
}
