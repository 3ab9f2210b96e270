import type { CellRange } from '../../core/types';
import { HostObject, NO_SUCH_PROPERTY, derive } from './client';
import { guardWritable, type HostContext } from './context';
import { hostError } from './errors';
import type { MemoryAutoFilter, MemorySheet } from './model';
import { HostRange } from './range';

/** Excel.FilterCriteria as the host keeps it: filterOn and whatever else was given, opaque. */
export type FilterCriteria = { filterOn: string } & Record<string, unknown>;

const isDataFiltered = (f: MemoryAutoFilter | null): boolean => f !== null && (f.criteria.size > 0 || f.unreadCriteria);

/**
 * Excel.AutoFilter (ExcelApi 1.9), a worksheet's Data > Filter: whether it is on, whether it
 * has criteria, its range, apply and remove. What Excel does to a filter's criteria when it is
 * applied to another range is not in the reference, so the host drops them then (the adapter
 * only re-applies a filter with none); applying to the same range keeps them.
 */
export class HostAutoFilter extends HostObject<MemorySheet> {
  constructor(
    context: HostContext,
    path: string,
    resolver: () => MemorySheet | null,
    private readonly parse: (address: string) => CellRange | null,
  ) {
    super(context, path, resolver, '1.9');
  }

  get enabled(): boolean {
    return this._get('enabled');
  }
  get isDataFiltered(): boolean {
    return this._get('isDataFiltered');
  }
  get criteria(): FilterCriteria[] {
    return this._get('criteria');
  }

  /** The filter's range; fails at sync with ItemNotFound when the sheet has no filter. */
  getRange(): HostRange {
    return new HostRange(this.context, `#${this._id}.getRange()`, derive(this, (sheet) => {
      if (sheet.autoFilter === null) throw hostError('ItemNotFound', 'AutoFilter.getRange');
      return { sheet, range: sheet.autoFilter.range };
    }), '1.9');
  }
  getRangeOrNullObject(): HostRange {
    return new HostRange(this.context, `#${this._id}.getRangeOrNullObject()`, derive(this, (sheet) => (sheet.autoFilter === null ? null : { sheet, range: sheet.autoFilter.range })), '1.9');
  }

  /** Turns the filter on over `range` (a Range or an address on this sheet), filtering one column when criteria are given. */
  apply(range: HostRange | string, columnIndex?: number, criteria?: FilterCriteria): void {
    this.context._queue(this, 'apply', { range: typeof range === 'string' ? range : range._path, columnIndex, criteria }, (sheet) => {
      guardWritable(sheet, 'AutoFilter.apply');
      const target = typeof range === 'string' ? this.parse(range) : range._resolve()?.sheet === sheet ? (range._resolve()?.range ?? null) : null;
      if (target === null) throw hostError('InvalidArgument', 'AutoFilter.apply');
      const old = sheet.autoFilter;
      const same = old !== null && (['top', 'left', 'bottom', 'right'] as const).every((k) => old.range[k] === target[k]);
      const next: MemoryAutoFilter = same ? { ...old, criteria: new Map(old.criteria) } : { range: { ...target }, criteria: new Map(), unreadCriteria: false };
      if (columnIndex !== undefined && criteria !== undefined) {
        if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex > target.right - target.left) throw hostError('InvalidArgument', 'AutoFilter.apply');
        next.criteria.set(columnIndex, { ...criteria });
      }
      sheet.autoFilter = next;
      sheet.changes.autoFilter = true;
    }, 'other', '1.9');
  }

  remove(): void {
    this.context._queue(this, 'remove', null, (sheet) => {
      guardWritable(sheet, 'AutoFilter.remove');
      sheet.autoFilter = null;
      sheet.changes.autoFilter = true;
    }, 'other', '1.9');
  }

  _scalar(name: string, sheet: MemorySheet): unknown {
    const f = sheet.autoFilter;
    if (name === 'enabled') return f !== null;
    if (name === 'isDataFiltered') return isDataFiltered(f);
    // One entry per column of the range; the reference does not say what a column without criteria holds (the adapter never reads it).
    if (name === 'criteria') return f === null ? [] : Array.from({ length: f.range.right - f.range.left + 1 }, (_, i) => f.criteria.get(i) ?? {});
    return NO_SUCH_PROPERTY;
  }
  override _scalarNames(): readonly string[] {
    return ['enabled', 'isDataFiltered', 'criteria'];
  }
}
