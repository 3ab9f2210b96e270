import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import { writeZip, zipEntry } from '../../../src/xlsx/patch/zip';

/** One element of a parsed part: enough of a tree to assert on structure, not on bytes. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The element's own text (not its children's). */
  text: string;
}

/**
 * Parses XML with a strict, conforming parser (saxes, as ExcelJS uses): throws on anything
 * not well-formed, an undeclared entity, or a character XML 1.0 cannot hold.
 */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser();
  const doc: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [doc];
  const top = (): XmlNode => stack[stack.length - 1] ?? doc;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const node: XmlNode = { name: tag.name, attrs: { ...tag.attributes }, children: [], text: '' };
    top().children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    top().text += text;
  });
  parser.write(xml).close();
  const root = doc.children[0];
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** Every element named `name` under (and including) `node`, in document order. */
export function elements(node: XmlNode, name: string): XmlNode[] {
  const own = node.name === name ? [node] : [];
  return [...own, ...node.children.flatMap((c) => elements(c, name))];
}

/** The one element named `name` under `node`; fails the test when there is not exactly one. */
export function only(node: XmlNode, name: string): XmlNode {
  const found = elements(node, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0] as XmlNode;
}

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const REL_TYPE = `${R_NS}/`;
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A worksheet part with this sheetData body and this tail (what follows sheetData). */
export function worksheet(rows: string, tail = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>', head = ''): string {
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}">${head}<sheetData>${rows}</sheetData>${tail}</worksheet>`;
}

export const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

export interface BookSheet {
  name: string;
  xml: string;
  state?: 'hidden' | 'veryHidden';
}

/**
 * The parts of a small workbook laid out as Excel lays one out (workbook, its rels, content
 * types, styles and, when given, shared strings), as a map from part name to text.
 */
export function bookParts(sheets: readonly BookSheet[], opts: { strings?: string; styles?: string; workbookTail?: string; workbookPr?: string } = {}): Map<string, string> {
  const parts = new Map<string, string>();
  const overrides = [
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    ...sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    ...(opts.strings === undefined ? [] : ['<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>']),
  ];
  parts.set(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  parts.set('_rels/.rels', `${XML_HEAD}<Relationships xmlns="${PKG_RELS_NS}"><Relationship Id="rId1" Type="${REL_TYPE}officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetTags = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  parts.set('xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${R_NS}">${opts.workbookPr ?? '<workbookPr/>'}<bookViews><workbookView/></bookViews><sheets>${sheetTags}</sheets>${opts.workbookTail ?? '<calcPr calcId="191029"/>'}</workbook>`);
  const rels = [
    ...sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL_TYPE}styles" Target="styles.xml"/>`,
    ...(opts.strings === undefined ? [] : [`<Relationship Id="rId${sheets.length + 2}" Type="${REL_TYPE}sharedStrings" Target="sharedStrings.xml"/>`]),
  ];
  parts.set('xl/_rels/workbook.xml.rels', `${XML_HEAD}<Relationships xmlns="${PKG_RELS_NS}">${rels.join('')}</Relationships>`);
  sheets.forEach((s, i) => parts.set(`xl/worksheets/sheet${i + 1}.xml`, s.xml));
  parts.set('xl/styles.xml', opts.styles ?? STYLES);
  if (opts.strings !== undefined) parts.set('xl/sharedStrings.xml', opts.strings);
  return parts;
}

/** An archive of these parts, in this order. */
export function zipOf(parts: ReadonlyMap<string, string>): Buffer {
  return writeZip([...parts].map(([name, text]) => zipEntry(name, Buffer.from(text, 'utf8'))));
}

/** A cell note's text, whether ExcelJS holds it as a string (set in memory) or as rich text (loaded). */
export function noteText(note: string | { texts?: { text: string }[] } | undefined): string | undefined {
  if (note === undefined || typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/** The workbook in these bytes, as ExcelJS loads it (its typings want its own Buffer type). */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}
