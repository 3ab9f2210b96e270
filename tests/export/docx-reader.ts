import JSZip from 'jszip';

/** The text of a fragment of WordprocessingML: every w:t run, XML entities decoded, a break as \n. */
function text(xml: string): string {
  const runs = xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:br\/>/g) ?? [];
  return runs
    .map((r) => (r === '<w:br/>' ? '\n' : r.replace(/<[^>]+>/g, '')))
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface DocxTable {
  /** True per row when Word repeats it at the top of every page. */
  repeated: boolean[];
  rows: { text: string; fill: string | null }[][];
}

/** A .docx read back: its document XML, its paragraphs' text and its tables' cells. */
export async function readDocx(bytes: Uint8Array): Promise<{ xml: string; paragraphs: string[]; tables: DocxTable[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const tables = (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((tbl) => {
    const rows = tbl.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g) ?? [];
    return {
      repeated: rows.map((r) => r.includes('<w:tblHeader/>')),
      rows: rows.map((r) => (r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((tc) => ({ text: text(tc), fill: /w:fill="([0-9A-F]{6})"/.exec(tc)?.[1] ?? null }))),
    };
  });
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = (body.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []).map(text).filter((p) => p !== '');
  return { xml, paragraphs, tables };
}
