import { HostCollection, HostObject, NO_SUCH_PROPERTY } from './client';
import type { HostContext } from './context';
import { hostError } from './errors';
import { HostFunctions } from './functions';
import { newSheet, type MemorySheet, type MemoryWorkbook } from './model';
import { HostWorksheet } from './worksheet';

function byName(wb: MemoryWorkbook, name: string): MemorySheet | undefined {
  // Excel compares sheet names without regard to case.
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** Excel.Application: only the calculation switch the adapter uses. */
export class HostApplication extends HostObject<MemoryWorkbook> {
  constructor(context: HostContext) {
    super(context, 'application', () => context._host.workbook);
  }
  _scalar(): unknown {
    return NO_SUCH_PROPERTY;
  }
  /** Nothing calculates in the host; the call is queued and checked against ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void {
    this.context._queue(this, 'suspendApiCalculationUntilNextSync', [], () => undefined, 'other', '1.6');
  }
}

/** Excel.DocumentProperties: only the title, which names the summary as the command line names it. */
export class HostDocumentProperties extends HostObject<MemoryWorkbook> {
  get title(): string {
    return this._get('title');
  }
  _scalar(name: string, wb: MemoryWorkbook): unknown {
    // Excel gives an empty string for a workbook with no title.
    return name === 'title' ? (wb.title ?? '') : NO_SUCH_PROPERTY;
  }
  override _scalarNames(): readonly string[] {
    return ['title'];
  }
}

/** Excel.Workbook: the worksheets, the document properties and the worksheet functions. */
export class HostWorkbook extends HostObject<MemoryWorkbook> {
  readonly worksheets: HostWorksheetCollection;
  private _properties?: HostDocumentProperties;
  private _functions?: HostFunctions;
  constructor(context: HostContext) {
    super(context, 'workbook', () => context._host.workbook);
    this.worksheets = new HostWorksheetCollection(context, this);
  }
  /** Made when first asked for, as each proxy is a request of its own. */
  get properties(): HostDocumentProperties {
    return (this._properties ??= new HostDocumentProperties(this.context, 'workbook.properties', () => this.context._host.workbook, '1.7'));
  }
  get functions(): HostFunctions {
    return (this._functions ??= new HostFunctions(this.context));
  }
  _scalar(): unknown {
    return NO_SUCH_PROPERTY;
  }
  override _child(name: string): HostObject | undefined {
    return name === 'worksheets' ? this.worksheets : name === 'properties' ? this.properties : name === 'functions' ? this.functions : undefined;
  }
}

/** Excel.WorksheetCollection. */
export class HostWorksheetCollection extends HostCollection<MemoryWorkbook, MemorySheet, HostWorksheet> {
  constructor(
    context: HostContext,
    private readonly wb: HostWorkbook,
  ) {
    super(context, 'worksheets', () => wb._resolve());
  }

  _members(target: MemoryWorkbook): MemorySheet[] {
    return target.sheets;
  }

  _item(member: MemorySheet): HostWorksheet {
    return HostWorksheet.bound(this.context, member);
  }

  getItem(key: string): HostWorksheet {
    return new HostWorksheet(this.context, `worksheets[${key}]`, () => {
      const found = byName(this.context._host.workbook, key);
      if (!found) throw hostError('ItemNotFound', `WorksheetCollection.getItem(${key})`);
      return found;
    });
  }

  getItemOrNullObject(key: string): HostWorksheet {
    return new HostWorksheet(this.context, `worksheets[${key}]?`, () => byName(this.context._host.workbook, key) ?? null, '1.4');
  }

  getFirst(visibleOnly?: boolean): HostWorksheet {
    return new HostWorksheet(
      this.context,
      'worksheets.first',
      () => {
        const found = this.context._host.workbook.sheets.find((s) => !visibleOnly || s.visibility === 'Visible');
        if (!found) throw hostError('ItemNotFound', 'WorksheetCollection.getFirst');
        return found;
      },
      '1.5',
    );
  }

  /** Adds a sheet at the end, as Excel does; the proxy finds it once the add has run. */
  add(name?: string): HostWorksheet {
    let added: MemorySheet | undefined;
    const wb = this.context._host.workbook;
    this.context._queue(this.wb, 'worksheets.add', [name], () => {
      const sheetName = name ?? `Sheet${wb.sheets.length + 1}`;
      if (byName(wb, sheetName)) throw hostError('ItemAlreadyExists', `WorksheetCollection.add(${sheetName})`);
      added = newSheet(sheetName);
      added.changes.added = true;
      wb.sheets.push(added);
    });
    return new HostWorksheet(this.context, `worksheets.add(${name ?? ''})`, () => {
      if (!added) throw hostError('ItemNotFound', 'WorksheetCollection.add');
      return added;
    });
  }
}
