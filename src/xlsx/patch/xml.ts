/*
 * Small, exact helpers for the few SpreadsheetML elements the patcher edits. The parts are
 * edited as text (not parsed into a tree and re-serialised) so everything the product does
 * not own stays byte for byte as Excel wrote it.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

// A carriage return is legal XML but every parser reads it (and CR LF) back as LF, so it is
// written as _x000D_, as Excel writes it, for the text to read back exactly.
// eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 cannot hold (or keep), and lone surrogates
const UNSAFE = /[&<>"]|[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- as above, plus the _ of Excel's own escapes
const NEEDS_WORK = /[&<>"_\x00-\x08\x0B-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

function escapeWith(text: string, quotes: boolean): string {
  // Most cell text has nothing to escape; the test is far cheaper than the replaces.
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(UNSAFE, (c) => {
    if (c === '"') return quotes ? '&quot;' : c;
    const named = ESCAPES[c];
    return named ?? `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
  });
}

/**
 * Text for an attribute value. Characters XML 1.0 cannot hold (control characters, lone
 * surrogates) are written as Excel's _xHHHH_ escapes, and a literal "_x0041_" is itself
 * escaped, so the cell reads back exactly as given.
 * @example escapeXml('A & "B" <1>') // 'A &amp; &quot;B&quot; &lt;1&gt;'
 */
export function escapeXml(text: string): string {
  return escapeWith(text, true);
}

/**
 * Text for element content, escaped as Excel escapes it (quotes left as they are), so the
 * same text written by Excel and by the patcher is the same XML.
 * @example escapeText('A & "B"') // 'A &amp; "B"'
 */
export function escapeText(text: string): string {
  return escapeWith(text, false);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML text with its entities and character references turned back into characters: the one
 * decoding every reader of attributes and element text here goes through.
 * @example unescapeXml('A &amp; &quot;B&quot; &#x41;') // 'A & "B" A'
 */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? m;
  });
}

/**
 * An attribute's value from an element's start tag, unescaped; undefined when absent.
 * @example attr('<row r="7" spans="1:9">', 'r') // '7'
 */
export function attr(tag: string, name: string): string | undefined {
  const m = attrPattern(name).exec(tag.slice(0, tag.indexOf('>') + 1));
  const value = m?.[1];
  return value === undefined ? value : unescapeXml(value);
}

const ATTRS = new Map<string, RegExp>();

/** One compiled pattern per attribute name: these run once per row of a large sheet. */
function attrPattern(name: string): RegExp {
  let re = ATTRS.get(name);
  if (re === undefined) {
    re = new RegExp(`\\s${name.replace(/:/g, '\\:')}="([^"]*)"`);
    ATTRS.set(name, re);
  }
  return re;
}

/**
 * A start tag with one attribute set (added, or its value replaced) or, with undefined, removed.
 * @example setAttr('<sheet name="A" r:id="rId1"/>', 'state', 'veryHidden') // '<sheet name="A" r:id="rId1" state="veryHidden"/>'
 */
export function setAttr(tag: string, name: string, value: string | undefined): string {
  // Only the start tag is edited, so a whole element (start tag, children, end tag) may be passed.
  const end = tag.indexOf('>');
  const rest = tag.slice(end + 1);
  const without = tag.slice(0, end + 1).replace(attrPattern(name), '');
  if (value === undefined) return without + rest;
  const close = without.endsWith('/>') ? without.length - 2 : without.length - 1;
  return `${without.slice(0, close)} ${name}="${escapeXml(value)}"${without.slice(close)}${rest}`;
}

/**
 * The whole element (start tag to end tag, or a self-closed one) named `name`, the first from
 * `from`; null when there is none. Elements the patcher looks for never nest in themselves.
 * @example findElement('<a><b x="1"/></a>', 'b') // { start: 3, end: 13, text: '<b x="1"/>' }
 */
export function findElement(xml: string, name: string, from = 0): { start: number; end: number; text: string } | null {
  const re = new RegExp(`<${name}(?=[\\s/>])`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return null;
  const start = m.index;
  const tagEnd = xml.indexOf('>', start);
  if (tagEnd < 0) return null;
  let end: number;
  if (xml[tagEnd - 1] === '/') end = tagEnd + 1;
  else {
    const close = xml.indexOf(`</${name}>`, tagEnd);
    if (close < 0) return null;
    end = close + name.length + 3;
  }
  return { start, end, text: xml.slice(start, end) };
}

/**
 * Every element named `name` (as findElement), in document order.
 * @example findElements('<r><c/><c/></r>', 'c').length // 2
 */
export function findElements(xml: string, name: string, from = 0, to = xml.length): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (let at = from; ; ) {
    const el = findElement(xml, name, at);
    if (!el || el.start >= to) return out;
    out.push(el);
    at = el.end;
  }
}

/** The text between an element's start and end tags ('' for a self-closed element). */
export function innerXml(element: string): string {
  const open = element.indexOf('>');
  if (element[open - 1] === '/') return '';
  return element.slice(open + 1, element.lastIndexOf('</'));
}

/**
 * Inserts `text` before the first of `before` elements present in `xml` (in the schema's
 * order), or before the closing tag of the root `root`, so the part stays schema-valid.
 * @example insertBefore('<worksheet><pageMargins/></worksheet>', '<x/>', ['pageMargins'], 'worksheet') // '<worksheet><x/><pageMargins/></worksheet>'
 */
export function insertBefore(xml: string, text: string, before: readonly string[], root: string): string {
  let at = -1;
  for (const name of before) {
    const el = findElement(xml, name);
    if (el && (at < 0 || el.start < at)) at = el.start;
  }
  if (at < 0) at = xml.lastIndexOf(`</${root}>`);
  return xml.slice(0, at) + text + xml.slice(at);
}
