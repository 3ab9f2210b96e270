import { HostObject, NO_SUCH_PROPERTY } from './client';
import { guardWritable } from './context';
import type { MemoryPage, MemorySheet } from './model';

type Margin = keyof MemoryPage['margins'];

/** Excel.PageLayout (ExcelApi 1.9): orientation, paper, fit-to-pages zoom, margins and print title rows. */
export class HostPageLayout extends HostObject<MemorySheet> {
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
