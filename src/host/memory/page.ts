import { HostObject, NO_SUCH_PROPERTY, derive } from './client';
import { hostError } from './errors';
import { guardWritable } from './context';
import type { MemoryPage, MemorySheet } from './model';

type Margin = keyof MemoryPage['margins'];

/** Excel.PageLayout (ExcelApi 1.9): orientation, paper, fit-to-pages zoom, margins, print title rows and headers/footers. */
export class HostPageLayout extends HostObject<MemorySheet> {
  private _headersFooters?: HostHeaderFooterGroup;
  get headersFooters(): HostHeaderFooterGroup {
    return (this._headersFooters ??= new HostHeaderFooterGroup(this.context, `#${this._id}.headersFooters`, derive(this, (s) => s), '1.9'));
  }
  private set_<K extends keyof MemoryPage>(name: string, key: K, value: MemoryPage[K]): void {
    this.context._queue(this, name, value, (sheet) => {
      guardWritable(sheet, `PageLayout.${name}`);
      sheet.page[key] = value;
      sheet.changes.page = true;
    }, 'format');
  }
  private margin(key: Margin, points: number): void {
    this.context._queue(this, `${key}Margin`, points, (sheet) => {
      guardWritable(sheet, `PageLayout.${key}Margin`);
      sheet.page.margins[key] = points;
      sheet.changes.page = true;
    }, 'format');
  }
  set orientation(v: string) {
    this.set_('orientation', 'orientation', v);
  }
  set paperSize(v: string) {
    this.set_('paperSize', 'paperSize', v);
  }
  /** Office.js takes the zoom as a whole object (x.zoom = {...}). */
  set zoom(v: NonNullable<MemoryPage['zoom']>) {
    this.set_('zoom', 'zoom', { ...v });
  }
  set leftMargin(v: number) {
    this.margin('left', v);
  }
  set rightMargin(v: number) {
    this.margin('right', v);
  }
  set topMargin(v: number) {
    this.margin('top', v);
  }
  set bottomMargin(v: number) {
    this.margin('bottom', v);
  }
  set headerMargin(v: number) {
    this.margin('header', v);
  }
  set footerMargin(v: number) {
    this.margin('footer', v);
  }
  /** Rows as an address ("$1:$2"), as Office.js takes them. */
  setPrintTitleRows(rows: string): void {
    this.set_('setPrintTitleRows', 'titleRows', rows);
  }
  _scalar(): unknown {
    return NO_SUCH_PROPERTY;
  }
}

type FooterSection = keyof NonNullable<MemoryPage['footer']>;

/** Excel.HeaderFooter (ExcelApi 1.9): the footer's sections; headers are not modelled (nothing sets them). */
export class HostHeaderFooter extends HostObject<MemorySheet> {
  private section(key: FooterSection, text: string): void {
    this.context._queue(this, `${key}Footer`, text, (sheet) => {
      guardWritable(sheet, `HeaderFooter.${key}Footer`);
      sheet.page.footer = { ...sheet.page.footer, [key]: text };
      sheet.changes.page = true;
    }, 'format');
  }
  set leftFooter(v: string) {
    this.section('left', v);
  }
  set centerFooter(v: string) {
    this.section('center', v);
  }
  set rightFooter(v: string) {
    this.section('right', v);
  }
  _scalar(): unknown {
    return NO_SUCH_PROPERTY;
  }
}

/** Excel.HeaderFooterGroup (ExcelApi 1.9): its state and the footer used on every page. */
export class HostHeaderFooterGroup extends HostObject<MemorySheet> {
  private _default?: HostHeaderFooter;
  set state(v: string) {
    this.context._queue(this, 'state', v, (sheet) => {
      guardWritable(sheet, 'HeaderFooterGroup.state');
      sheet.page.headerFooterState = v;
      sheet.changes.page = true;
    }, 'format');
  }
  get defaultForAllPages(): HostHeaderFooter {
    return (this._default ??= new HostHeaderFooter(this.context, `#${this._id}.defaultForAllPages`, derive(this, (s) => s), '1.9'));
  }
  _scalar(): unknown {
    return NO_SUCH_PROPERTY;
  }
}

/** Excel.PageBreakCollection (ExcelApi 1.9) for Worksheet.horizontalPageBreaks: add and remove all. */
export class HostPageBreakCollection extends HostObject<MemorySheet> {
  /** A break above the top-left cell of the range, given as an address, as Office.js takes it. */
  add(address: string): void {
    this.context._queue(this, 'add', address, (sheet) => {
      guardWritable(sheet, 'PageBreakCollection.add');
      const m = /^\$?[A-Z]{1,3}\$?(\d+)/i.exec(address.trim());
      const row = m ? Number(m[1]) - 1 : NaN;
      if (!Number.isInteger(row) || row < 0) throw hostError('InvalidArgument', 'PageBreakCollection.add');
      sheet.page.rowBreaks = [...(sheet.page.rowBreaks ?? []).filter((r) => r !== row), row];
      sheet.changes.page = true;
    }, 'format');
  }
  removePageBreaks(): void {
    this.context._queue(this, 'removePageBreaks', null, (sheet) => {
      guardWritable(sheet, 'PageBreakCollection.removePageBreaks');
      sheet.page.rowBreaks = [];
      sheet.changes.page = true;
    }, 'format');
  }
  _scalar(): unknown {
    return NO_SUCH_PROPERTY;
  }
}
