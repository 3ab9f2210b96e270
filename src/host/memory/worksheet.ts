import { columnIndex } from '../../core/cells';
import type { CellRange } from '../../core/types';
import { HostObject, NO_SUCH_PROPERTY, derive } from './client';
import type { HostContext } from './context';
import { hostError } from './errors';
import type { MemorySheet, Visibility } from './model';
import { usedBounds } from './edit';
import { HostAutoFilter } from './autofilter';
import { HostNoteCollection } from './notes';
import { HostPageBreakCollection, HostPageLayout } from './page';
import { HostRangeAreasFormat } from './styles';
import { HostRange, type RangeTarget } from './range';
import { HostTableCollection } from './tables';

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function parseAddress(address: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!m) return null;
  const left = columnIndex((m[1] ?? '').toUpperCase());
  const right = columnIndex((m[3] ?? m[1] ?? '').toUpperCase());
  if (left === null || right === null) return null;
  const top = Number(m[2]) - 1;
  const bottom = Number(m[4] ?? m[2]) - 1;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** Excel.WorksheetProtection: whether the sheet is protected. */
export class HostWorksheetProtection extends HostObject<MemorySheet> {
  get protected(): boolean {
    return this._get('protected');
  }
  _scalar(name: string, sheet: MemorySheet): unknown {
    return name === 'protected' ? sheet.protected : NO_SUCH_PROPERTY;
  }
  override _scalarNames(): readonly string[] {
    return ['protected'];
  }
}

/** Excel.Worksheet: name, visibility, protection, ranges, tables, notes and the AutoFilter. */
export class HostWorksheet extends HostObject<MemorySheet> {
  private _protection?: HostWorksheetProtection;
  private _tables?: HostTableCollection;
  private _notes?: HostNoteCollection;
  private _page?: HostPageLayout;
  private _breaks?: HostPageBreakCollection;
  private _filter?: HostAutoFilter;

  /** A proxy for a sheet found by a collection load, bound to that sheet while it exists. */
  static bound(context: HostContext, sheet: MemorySheet): HostWorksheet {
    return new HostWorksheet(context, `worksheets[${sheet.name}]`, () => {
      if (!context._host.workbook.sheets.includes(sheet)) throw hostError('ItemNotFound', `Worksheet ${sheet.name}`);
      return sheet;
    });
  }

  get name(): string {
    return this._get('name');
  }
  get visibility(): Visibility {
    return this._get('visibility');
  }
  set visibility(value: Visibility) {
    this.context._queue(this, 'visibility', value, (sheet) => {
      const othersVisible = this.context._host.workbook.sheets.some((s) => s !== sheet && s.visibility === 'Visible');
      if (value !== 'Visible' && !othersVisible) throw hostError('InvalidOperation', 'Worksheet.visibility');
      if (sheet.visibility === value) return;
      sheet.visibility = value;
      sheet.changes.visibility = true;
    }, 'other', '1.2');
  }
  get protection(): HostWorksheetProtection {
    return (this._protection ??= new HostWorksheetProtection(this.context, `#${this._id}.protection`, derive(this, (s) => s), '1.2'));
  }
  get pageLayout(): HostPageLayout {
    return (this._page ??= new HostPageLayout(this.context, `#${this._id}.pageLayout`, derive(this, (s) => s), '1.9'));
  }
  get horizontalPageBreaks(): HostPageBreakCollection {
    return (this._breaks ??= new HostPageBreakCollection(this.context, `#${this._id}.horizontalPageBreaks`, derive(this, (s) => s), '1.9'));
  }
  get autoFilter(): HostAutoFilter {
    return (this._filter ??= new HostAutoFilter(this.context, `#${this._id}.autoFilter`, derive(this, (s) => s), parseAddress));
  }
  set showGridlines(show: boolean) {
    this.context._queue(this, 'showGridlines', show, (sheet) => {
      sheet.showGridlines = show;
      sheet.changes.page = true;
    }, 'format', '1.8');
  }
  /** Moves the sheet to a 0-based position among all sheets, as Worksheet.position does. */
  set position(at: number) {
    this.context._queue(this, 'position', at, (sheet) => {
      const sheets = this.context._host.workbook.sheets;
      if (!Number.isInteger(at) || at < 0 || at >= sheets.length) throw hostError('InvalidArgument', 'Worksheet.position');
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(at, 0, sheet);
      sheet.changes.position = true;
    });
  }
  get tables(): HostTableCollection {
    return (this._tables ??= new HostTableCollection(this.context, `#${this._id}.tables`, derive(this, (s) => s)));
  }
  get notes(): HostNoteCollection {
    return (this._notes ??= new HostNoteCollection(this.context, `#${this._id}.notes`, derive(this, (s) => s), '1.18'));
  }

  _scalar(name: string, sheet: MemorySheet): unknown {
    if (name === 'name') return sheet.name;
    if (name === 'visibility') return sheet.visibility;
    if (name === 'position') return this.context._host.workbook.sheets.indexOf(sheet);
    return NO_SUCH_PROPERTY;
  }
  override _scalarNames(): readonly string[] {
    return ['name', 'visibility', 'position'];
  }
  override _child(name: string): HostObject | undefined {
    if (name === 'autoFilter') return this.autoFilter;
    return name === 'protection' ? this.protection : name === 'tables' ? this.tables : name === 'notes' ? this.notes : undefined;
  }

  private range(label: string, find: (sheet: MemorySheet) => CellRange | null, requires?: string): HostRange {
    return new HostRange(this.context, `#${this._id}.${label}`, derive(this, (sheet): RangeTarget | null => {
      const range = find(sheet);
      return range === null ? null : { sheet, range };
    }), requires);
  }

  getRange(address?: string): HostRange {
    return this.range(`getRange(${address ?? ''})`, () => {
      if (address === undefined) return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };
      const parsed = parseAddress(address);
      if (!parsed) throw hostError('InvalidArgument', `Worksheet.getRange(${address})`);
      return parsed;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): HostRange {
    return this.range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      const ok = startRow >= 0 && startColumn >= 0 && rowCount >= 1 && columnCount >= 1 && startRow + rowCount <= MAX_ROWS && startColumn + columnCount <= MAX_COLS;
      if (!ok) throw hostError('InvalidArgument', 'Worksheet.getRangeByIndexes');
      return { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    }, '1.7');
  }

  /** Worksheet.getRanges("A1:B2, D4"): several areas, formatted by one call each (ExcelApi 1.9). */
  getRanges(address: string): HostRangeAreasFormat {
    return new HostRangeAreasFormat(this.context, `#${this._id}.getRanges(${address})`, derive(this, (sheet): RangeTarget[] => address.split(',').map((part) => {
      const range = parseAddress(part);
      if (!range) throw hostError('InvalidArgument', `Worksheet.getRanges(${address})`);
      return { sheet, range };
    })), '1.9');
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange {
    return this.range(`usedRange(${valuesOnly === true})?`, (sheet) => usedBounds(sheet, valuesOnly === true), '1.4');
  }

  /** Worksheet.activate: the selection moves to this sheet's first cell, as in Excel. */
  activate(): void {
    this.context._queue(this, 'activate', null, (sheet) => {
      if (this.context._host.selection?.sheet !== sheet.name) this.context._host.selection = { sheet: sheet.name, range: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getNextOrNullObject(visibleOnly?: boolean): HostWorksheet {
    return new HostWorksheet(this.context, `#${this._id}.next`, derive(this, (sheet) => {
      const sheets = this.context._host.workbook.sheets;
      return sheets.slice(sheets.indexOf(sheet) + 1).find((s) => !visibleOnly || s.visibility === 'Visible') ?? null;
    }), '1.5');
  }
}
