import { attr, escapeXml, findElement, findElements, innerXml, insertBefore, setAttr } from './xml';

/** The lists of styles.xml the patcher appends to, in the schema's order. */
const LISTS = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'dxfs'] as const;
type ListName = (typeof LISTS)[number];
const ITEM: Record<ListName, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };
/** What follows each list in CT_Stylesheet, for inserting a list the part does not have. */
const AFTER: Record<ListName, string[]> = {
  numFmts: ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  fonts: ['fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  fills: ['borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  borders: ['cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  cellXfs: ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  dxfs: ['tableStyles', 'colors', 'extLst'],
};
/** Excel's built-in number formats that have no numFmt element of their own. */
const BUILT_IN: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, 'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17, '@': 49 };

/** A minimal styles part, for the rare package that has none. */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * The workbook's styles part, appended to without disturbing what is there: an item is only
 * added when no identical one exists, so refreshing again adds nothing.
 * @example const styles = new StyleSheet(xml); const s = styles.bold(0); styles.toXml()
 */
export class StyleSheet {
  private readonly items: Record<ListName, string[]>;
  private readonly added: Record<ListName, number>;

  constructor(private xml: string) {
    this.items = Object.fromEntries(LISTS.map((l) => [l, this.read(l)])) as Record<ListName, string[]>;
    this.added = Object.fromEntries(LISTS.map((l) => [l, 0])) as Record<ListName, number>;
  }

  private read(list: ListName): string[] {
    const el = findElement(this.xml, list);
    return el ? findElements(innerXml(el.text), ITEM[list]).map((e) => e.text) : [];
  }

  /** The index of an item, appending it when no identical item is present. */
  private index(list: ListName, item: string): number {
    const items = this.items[list];
    const at = items.indexOf(item);
    if (at >= 0) return at;
    items.push(item);
    this.added[list]++;
    return items.length - 1;
  }

  private xf(s: number): string {
    return this.items.cellXfs[s] ?? this.items.cellXfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  }

  /** The font at an index, or the default font when the index is out of range. */
  font(id: number): string {
    const font = this.items.fonts[id] ?? this.items.fonts[0] ?? '<font><sz val="11"/><name val="Calibri"/></font>';
    // A self-closed <font/> has no start tag to add <b/> (or a size, a colour) after: without
    // opening it, bold() returned a style that was not bold.
    return font.replace(/^<font(\s[^>]*?)?\s*\/>$/, '<font$1></font>');
  }

  /** The id of a number format by its code, adding a custom one when needed. */
  numFmt(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    const found = this.items.numFmts.find((f) => attr(f, 'formatCode') === code);
    if (found) return Number(attr(found, 'numFmtId'));
    const id = Math.max(163, ...this.items.numFmts.map((f) => Number(attr(f, 'numFmtId')))) + 1;
    this.index('numFmts', `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** Variants already worked out, by base style: these are asked for once per written cell. */
  private readonly variants = new Map<string, number>();

  private variant(key: string, make: () => number): number {
    let found = this.variants.get(key);
    if (found === undefined) {
      found = make();
      this.variants.set(key, found);
    }
    return found;
  }

  /** A cell style like `s` (an index into cellXfs) but in bold; `s` itself when already bold. */
  bold(s: number): number {
    return this.variant(`b${s}`, () => this.makeBold(s));
  }

  private makeBold(s: number): number {
    const xf = this.xf(s);
    const font = this.font(Number(attr(xf, 'fontId') ?? 0));
    if (/<b\/>|<b val="(1|true)"\/>/.test(font)) return s;
    const fontId = this.index('fonts', font.replace(/<b\b[^>]*\/>/, '').replace(/^<font(\s[^>]*)?>/, (open) => `${open}<b/>`));
    return this.index('cellXfs', setAttr(setAttr(xf, 'fontId', String(fontId)), 'applyFont', '1'));
  }

  /** A cell style like `s` but with this number format. */
  withNumFmt(s: number, code: string): number {
    return this.variant(`n${s}|${code}`, () => this.makeNumFmt(s, code));
  }

  private makeNumFmt(s: number, code: string): number {
    const id = String(this.numFmt(code));
    const xf = this.xf(s);
    if (attr(xf, 'numFmtId') === id) return s;
    return this.index('cellXfs', setAttr(setAttr(xf, 'numFmtId', id), 'applyNumberFormat', '1'));
  }

  /** A cell style like `s` but wrapping its text, top-aligned (the RAG reason's); `s` itself when it already does. */
  wrapTop(s: number): number {
    return this.variant(`w${s}`, () => this.makeWrapTop(s));
  }

  private makeWrapTop(s: number): number {
    const xf = this.xf(s);
    const alignment = findElement(xf, 'alignment');
    const wraps = alignment !== null && /^(1|true)$/.test(attr(alignment.text, 'wrapText') ?? '') && attr(alignment.text, 'vertical') === 'top';
    if (wraps) return s;
    // Only wrap and vertical change: a centred or indented cell stays so. <alignment> comes first among an xf's children.
    const wrapped = setAttr(setAttr(alignment?.text ?? '<alignment/>', 'wrapText', '1'), 'vertical', 'top');
    const open = xf.slice(0, xf.indexOf('>') + 1);
    const body = open.endsWith('/>') ? `${open.slice(0, -2)}>${wrapped}</xf>` : alignment ? xf.slice(0, alignment.start) + wrapped + xf.slice(alignment.end) : `${open}${wrapped}${xf.slice(open.length)}`;
    return this.index('cellXfs', setAttr(body, 'applyAlignment', '1'));
  }

  /** A new cell style from its parts (each an index or XML fragment). */
  cellStyle(parts: { font?: string; fill?: string; border?: string; numFmt?: string; alignment?: string }): number {
    const fontId = parts.font === undefined ? 0 : this.index('fonts', parts.font);
    const fillId = parts.fill === undefined ? 0 : this.index('fills', parts.fill);
    const borderId = parts.border === undefined ? 0 : this.index('borders', parts.border);
    const numFmtId = parts.numFmt === undefined ? 0 : this.numFmt(parts.numFmt);
    const apply = `${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${numFmtId ? ' applyNumberFormat="1"' : ''}`;
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
    return this.index('cellXfs', parts.alignment ? `${head} applyAlignment="1">${parts.alignment}</xf>` : `${head}/>`);
  }

  /** A differential format (the look of a conditional-format rule); its index in dxfs. */
  dxf(xml: string): number {
    return this.index('dxfs', xml);
  }

  /** The part's XML with every added item in its list and each list's count updated. */
  toXml(): string {
    let xml = this.xml;
    for (const list of LISTS) {
      if (this.added[list] === 0) continue;
      const items = this.items[list];
      const el = findElement(xml, list);
      const open = el ? setAttr(el.text.slice(0, el.text.indexOf('>') + 1).replace(/\/>$/, '>'), 'count', String(items.length)) : `<${list} count="${items.length}">`;
      const text = `${open}${items.join('')}</${list}>`;
      xml = el ? xml.slice(0, el.start) + text + xml.slice(el.end) : insertBefore(xml, text, AFTER[list], 'styleSheet');
    }
    this.xml = xml;
    for (const list of LISTS) this.added[list] = 0;
    return xml;
  }
}
