import { escapeText } from './xml';

/** An empty shared-strings part, for a workbook that has none yet. */
export const EMPTY_STRINGS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="0"></sst>';

const PLAIN = /<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/g;

/**
 * The workbook's shared-strings table, appended to: a text already in the table (as plain
 * text) is referred to by its index, a new one is added once. Excel keeps text this way, and
 * a repeated value (a rating, a date, a sheet name in RAG History) costs a few bytes a cell.
 * @example const strings = new SharedStrings(xml); strings.index('Red') // 1041
 */
export class SharedStrings {
  private readonly known = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly count: number;

  constructor(private readonly xml: string) {
    let n = 0;
    for (let at = xml.indexOf('<si'); at >= 0; at = xml.indexOf('<si', at + 3)) {
      const next = xml[at + 3];
      if (next === '>' || next === ' ' || next === '/') n++;
    }
    this.count = n;
    // Only the plain entries are mapped; rich text stays where it is and is never matched.
    let index = -1;
    let last = 0;
    for (const m of xml.matchAll(PLAIN)) {
      index += countSi(xml, last, m.index ?? 0) + 1;
      last = (m.index ?? 0) + 3;
      const text = m[1] ?? '';
      if (!this.known.has(text)) this.known.set(text, index);
    }
  }

  /** The index of a text in the table, adding it when it is not there. */
  index(text: string): number {
    const key = escapeText(text);
    const found = this.known.get(key);
    if (found !== undefined) return found;
    const index = this.count + this.added.length;
    this.added.push(key);
    this.known.set(key, index);
    return index;
  }

  /** True when nothing was added (the part need not be written). */
  unchanged(): boolean {
    return this.added.length === 0;
  }

  /** The part with the added strings at the end and its unique count updated. */
  toXml(): string {
    const items = this.added.map((t) => `<si><t${/^\s|\s$/.test(t) ? ' xml:space="preserve"' : ''}>${t}</t></si>`).join('');
    const unique = ` uniqueCount="${this.count + this.added.length}"`;
    // count is the number of references: optional, and only a hint, so it is dropped rather than left wrong.
    const open = /<sst\b[^>]*?(\/?)>/.exec(this.xml);
    // Replacements are functions: the items are user text, and in a replacement string
    // "$'", "$`", "$&" and "$$" are patterns ("Budget $'000" lost its "$'" and more).
    if (!open) return EMPTY_STRINGS.replace('uniqueCount="0"></sst>', () => `${unique.trim()}>${items}</sst>`);
    const tag = open[0].replace(/\s(count|uniqueCount)="[^"]*"/g, '').replace(/\/?>$/, `${unique}>`);
    const rest = this.xml.slice(open.index + open[0].length);
    return this.xml.slice(0, open.index) + tag + (open[1] === '/' ? `${items}</sst>${rest}` : rest.replace(/<\/sst>\s*$/, () => `${items}</sst>`));
  }
}

/** How many <si> entries start in xml[from, to) (rich-text entries between two plain ones). */
function countSi(xml: string, from: number, to: number): number {
  let n = 0;
  for (let at = xml.indexOf('<si', from); at >= 0 && at < to; at = xml.indexOf('<si', at + 3)) {
    const next = xml[at + 3];
    if (next === '>' || next === ' ' || next === '/') n++;
  }
  return n;
}
