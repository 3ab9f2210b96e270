import { unescapeXml } from '../patch/xml';

/**
 * XML text as the characters it stands for: entities and character references, then Excel's
 * own _xHHHH_ escapes (the same decoding ExcelJS applies, upper-case hex only).
 * @example decodeText('A &amp; B_x000D_') // 'A & B\r'
 */
export function decodeText(xml: string): string {
  // CR LF and a lone CR in the file are read as LF, as every XML parser does (a &#13; stays).
  const text = unescapeXml(xml.includes('\r') ? xml.replace(/\r\n?/g, '\n') : xml);
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

const T = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g;

/**
 * The text of a shared or inline string (<si> or <is>): its <t>, or its rich-text runs'
 * <t> joined; phonetic guides (<rPh>) are not part of the text.
 * @example stringItemText('<si><r><t>On </t></r><r><t>track</t></r></si>') // 'On track'
 */
export function stringItemText(item: string): string {
  const body = item.includes('<rPh') ? item.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : item;
  let out = '';
  for (const m of body.matchAll(T)) out += m[1] === undefined ? '' : decodeText(m[1]);
  return out;
}

/**
 * Every entry of the shared-strings part, as text, by index.
 * @example sharedStrings('<sst><si><t>Red</t></si></sst>') // ['Red']
 */
export function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  for (let at = xml.indexOf('<si'); at >= 0; ) {
    const next = xml[at + 3];
    if (next !== '>' && next !== ' ' && next !== '/') {
      at = xml.indexOf('<si', at + 3);
      continue;
    }
    const open = xml.indexOf('>', at);
    if (xml[open - 1] === '/') {
      out.push('');
      at = xml.indexOf('<si', open);
      continue;
    }
    const close = xml.indexOf('</si>', open);
    if (close < 0) break;
    out.push(stringItemText(xml.slice(open + 1, close)));
    at = xml.indexOf('<si', close);
  }
  return out;
}
