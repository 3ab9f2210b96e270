import type { XlsxPackage } from './package';
import { REL, freeId, relativeTarget, resolveTarget } from './rels';
import { attr, escapeXml, findElement, findElements, setAttr } from './xml';

/** A worksheet as the workbook part lists it. */
export interface SheetEntry {
  name: string;
  /** Position in the workbook's tab order, 0-based. */
  index: number;
  /** Path of the worksheet part inside the package. */
  path: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/**
 * The workbook's worksheets, in tab order (chartsheets and dialog sheets are left out: they
 * hold no cells).
 * @example sheetsOf(pkg).map((s) => s.name) // ['Action Plan', 'RAG Summary']
 */
export function sheetsOf(pkg: XlsxPackage): SheetEntry[] {
  const book = pkg.workbookPath();
  const rels = pkg.rels(book);
  const xml = pkg.text(book) ?? '';
  return findElements(xml, 'sheet').map(({ text }, index) => {
    const id = attr(text, 'r:id') ?? '';
    const rel = rels.find((r) => r.id === id);
    const state = attr(text, 'state');
    return {
      name: attr(text, 'name') ?? '',
      index,
      path: rel && rel.type === REL.worksheet ? resolveTarget(book, rel.target) : '',
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
    };
  });
}

/**
 * The worksheet of that name (case-insensitive, as Excel compares sheet names), if any.
 * @example sheetNamed(pkg, 'rag summary')?.path // 'xl/worksheets/sheet4.xml'
 */
export function sheetNamed(pkg: XlsxPackage, name: string): SheetEntry | undefined {
  const lower = name.toLowerCase();
  return sheetsOf(pkg).find((s) => s.name.toLowerCase() === lower && s.path !== '');
}

/** Sets a sheet's visibility in the workbook part. */
export function setSheetState(pkg: XlsxPackage, name: string, state: SheetEntry['state']): void {
  const book = pkg.workbookPath();
  const xml = pkg.text(book) ?? '';
  const el = findElements(xml, 'sheet').find(({ text }) => attr(text, 'name')?.toLowerCase() === name.toLowerCase());
  if (!el) return;
  pkg.setText(book, xml.slice(0, el.start) + setAttr(el.text, 'state', state === 'visible' ? undefined : state) + xml.slice(el.end));
}

/*
 * Sheet-scoped names (print titles, filters), the active tab and the first tab shown refer to
 * sheets by position, so a sheet inserted before them moves every later position up by one.
 */
function shiftPositions(xml: string, from: number): string {
  const shift = (n: string | undefined): string | undefined => (n !== undefined && Number(n) >= from ? String(Number(n) + 1) : n);
  const shiftAttr = (tag: string, name: string): string => (attr(tag, name) === undefined ? tag : setAttr(tag, name, shift(attr(tag, name))));
  const out = xml.replace(/<definedName\b[^>]*>/g, (tag) => shiftAttr(tag, 'localSheetId'));
  return out.replace(/<workbookView\b[^>]*>/g, (tag) => shiftAttr(shiftAttr(tag, 'activeTab'), 'firstSheet'));
}

/** The visible sheet nearest `at`, looking right first (as Excel moves off a tab it hides); -1 for none. */
function nearestVisible(visible: readonly boolean[], at: number): number {
  const from = Math.min(Math.max(at, 0), visible.length - 1);
  for (let i = from; i < visible.length; i++) if (visible[i]) return i;
  for (let i = from - 1; i >= 0; i--) if (visible[i]) return i;
  return -1;
}

/**
 * Points every workbook view's active tab and first shown tab at a visible sheet in range.
 * Inserting sheets already moved them with their sheets (see addSheet); this catches a
 * product sheet that was the active tab and is now very hidden, or a position past the end,
 * either of which Excel opens badly. The first tab shown is kept at or before the active tab,
 * so the active tab is in view.
 * @example settleViews(pkg) // activeTab="3" on a RAG History made very hidden → activeTab="2", the visible sheet before it
 */
export function settleViews(pkg: XlsxPackage): void {
  const book = pkg.workbookPath();
  const xml = pkg.text(book);
  if (xml === undefined) return;
  const visible = findElements(xml, 'sheet').map(({ text }) => {
    const state = attr(text, 'state');
    return state !== 'hidden' && state !== 'veryHidden';
  });
  if (!visible.includes(true)) return;
  const out = xml.replace(/<workbookView\b[^>]*>/g, (tag) => {
    const active = nearestVisible(visible, Number(attr(tag, 'activeTab') ?? 0) || 0);
    const first = Math.min(nearestVisible(visible, Number(attr(tag, 'firstSheet') ?? 0) || 0), active);
    // An absent attribute means 0; one already right is left as written.
    const set = (t: string, name: string, value: number): string => (Number(attr(t, name) ?? 0) === value ? t : setAttr(t, name, String(value)));
    return set(set(tag, 'activeTab', active), 'firstSheet', first);
  });
  if (out !== xml) pkg.setText(book, out);
}

/**
 * Adds a worksheet part with its relationship, content type and entry in the workbook, at
 * `position` in the tab order (the end when omitted). Returns its path.
 * @example addSheet(pkg, 'RAG History', '<worksheet …/>', { state: 'veryHidden' })
 */
export function addSheet(pkg: XlsxPackage, name: string, xml: string, opts: { position?: number; state?: SheetEntry['state'] } = {}): SheetEntry {
  const book = pkg.workbookPath();
  const path = pkg.freePath(`${book.slice(0, book.lastIndexOf('/') + 1)}worksheets/sheet{n}.xml`);
  pkg.setText(path, xml);
  pkg.declare(path, WORKSHEET_TYPE);
  const rels = pkg.rels(book);
  const id = freeId(rels);
  pkg.setRels(book, [...rels, { id, type: REL.worksheet, target: relativeTarget(book, path), external: false }]);
  let wb = pkg.text(book) ?? '';
  const sheets = findElements(wb, 'sheet');
  const ids = sheets.map(({ text }) => Number(attr(text, 'sheetId'))).filter(Number.isFinite);
  const state = opts.state && opts.state !== 'visible' ? ` state="${opts.state}"` : '';
  const tag = `<sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...ids) + 1}"${state} r:id="${id}"/>`;
  const position = Math.min(opts.position ?? sheets.length, sheets.length);
  const at = sheets[position]?.start ?? (sheets.length > 0 ? (sheets[sheets.length - 1]?.end ?? 0) : (findElement(wb, 'sheets')?.end ?? 0) - '</sheets>'.length);
  wb = wb.slice(0, at) + tag + wb.slice(at);
  if (position < sheets.length) wb = shiftPositions(wb, position);
  pkg.setText(book, wb);
  return { name, index: position, path, state: opts.state ?? 'visible' };
}

/*
 * Excel's calculation chain lists every formula cell; a cell the refresh overwrote would be a
 * stale entry, which Excel reports as damage. Without the part Excel rebuilds it on open.
 */
export function dropCalcChain(pkg: XlsxPackage): void {
  const book = pkg.workbookPath();
  const rels = pkg.rels(book);
  const chain = rels.find((r) => r.type === REL.calcChain);
  if (!chain) return;
  pkg.remove(resolveTarget(book, chain.target));
  pkg.setRels(book, rels.filter((r) => r !== chain));
}

/**
 * Whether the workbook counts dates from 1904 (Excel for Mac's old default), which moves
 * every date serial by 1,462 days.
 * @example uses1904(pkg) // false
 */
export function uses1904(pkg: XlsxPackage): boolean {
  const pr = findElement(pkg.text(pkg.workbookPath()) ?? '', 'workbookPr');
  const v = pr ? attr(pr.text, 'date1904') : undefined;
  return v === '1' || v === 'true';
}
