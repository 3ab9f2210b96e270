import { HostCollection, HostObject, NO_SUCH_PROPERTY, derive } from './client';
import type { HostContext } from './context';
import { hostError } from './errors';
import type { MemorySheet, MemoryTable } from './model';
import { HostRange } from './range';

interface TableTarget {
  sheet: MemorySheet;
  table: MemoryTable;
}

/** Excel.TableRowCollection: count is the number of data rows (header and totals excluded). */
export class HostTableRows extends HostObject<TableTarget> {
  get count(): number {
    return this._get('count');
  }
  _scalar(name: string, t: TableTarget): unknown {
    const { top, bottom } = t.table.range;
    return name === 'count' ? bottom - top + 1 - (t.table.showHeaders ? 1 : 0) - (t.table.showTotals ? 1 : 0) : NO_SUCH_PROPERTY;
  }
}

/** Excel.TableColumn: its name. */
export class HostTableColumn extends HostObject<{ name: string; index: number }> {
  get name(): string {
    return this._get('name');
  }
  _scalar(name: string, t: { name: string; index: number }): unknown {
    return name === 'name' ? t.name : name === 'index' ? t.index : NO_SUCH_PROPERTY;
  }
  override _scalarNames(): readonly string[] {
    return ['name', 'index'];
  }
}

/** Excel.TableColumnCollection. */
export class HostTableColumns extends HostCollection<TableTarget, string, HostTableColumn> {
  _members(t: TableTarget): string[] {
    return t.table.columns;
  }
  _item(member: string, index: number): HostTableColumn {
    return new HostTableColumn(this.context, `#${this._id}[${index}]`, () => ({ name: member, index }));
  }
}

/** Excel.Table: name, header and totals flags, rows, columns and its range. */
export class HostTable extends HostObject<TableTarget> {
  private _rows?: HostTableRows;
  private _columns?: HostTableColumns;

  get name(): string {
    return this._get('name');
  }
  get showHeaders(): boolean {
    return this._get('showHeaders');
  }
  get showTotals(): boolean {
    return this._get('showTotals');
  }
  get rows(): HostTableRows {
    return (this._rows ??= new HostTableRows(this.context, `#${this._id}.rows`, () => this._resolve()));
  }
  get columns(): HostTableColumns {
    return (this._columns ??= new HostTableColumns(this.context, `#${this._id}.columns`, () => this._resolve()));
  }
  getRange(): HostRange {
    return new HostRange(this.context, `#${this._id}.getRange()`, derive(this, (t) => ({ sheet: t.sheet, range: t.table.range })));
  }
  _scalar(name: string, t: TableTarget): unknown {
    if (name === 'name') return t.table.name;
    if (name === 'showHeaders') return t.table.showHeaders;
    if (name === 'showTotals') return t.table.showTotals;
    return NO_SUCH_PROPERTY;
  }
  override _scalarNames(): readonly string[] {
    return ['name', 'showHeaders', 'showTotals'];
  }
  override _child(name: string): HostObject | undefined {
    return name === 'rows' ? this.rows : name === 'columns' ? this.columns : undefined;
  }
}

/** Excel.TableCollection of a worksheet. */
export class HostTableCollection extends HostCollection<MemorySheet, MemoryTable, HostTable> {
  _members(sheet: MemorySheet): MemoryTable[] {
    return sheet.tables;
  }
  _item(member: MemoryTable, index: number): HostTable {
    const sheet = this._resolve();
    if (sheet === null) throw hostError('ItemNotFound', 'TableCollection');
    return bindTable(this.context, sheet, member, `#${this._id}[${index}]`);
  }
}

function bindTable(context: HostContext, sheet: MemorySheet, table: MemoryTable, path: string): HostTable {
  return new HostTable(context, path, () => {
    if (!sheet.tables.includes(table)) throw hostError('ItemNotFound', `Table ${table.name}`);
    return { sheet, table };
  });
}
