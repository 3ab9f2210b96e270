import { CSV_BOM, csvField, summaryCsv } from '../../src/export';
import { HOSTILE, hostileModel, plainModel } from './fixtures';

/** An RFC 4180 reader, to read the export back as a spreadsheet program would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

describe('summaryCsv: Table One and the exceptions as CSV (SPEC 6)', () => {
  it('names the next meeting on the title line, so a CSV passed round alone says which meeting it is for', () => {
    const rows = parseCsv(summaryCsv(plainModel(), { bom: false }));
    expect(rows[0]).toContain('Next meeting: January ELG meeting, 12 Jan 2023');
  });

  it('starts with a byte-order mark for Excel, ends lines with CRLF, and has the two sections', () => {
    const csv = summaryCsv(plainModel());
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]?.slice(0, 2)).toEqual(['RAG Summary: Action Plan', 'As at 15 Dec 2022 (2022-23 Q3)']);
    expect(rows[1]).toEqual(['Table One – High-level action progress summary']);
    expect(rows[2]).toEqual(['Objective', 'Ambition', 'Actions', 'Complete', 'Green', 'Amber', 'Red', 'Not rated', 'Progress %', 'Confidence %', 'Overall', 'Trend', 'Supporting strategy']);
    const blank = rows.findIndex((r) => r.length === 1 && r[0] === '');
    expect(rows.slice(blank + 1, blank + 3)).toEqual([['Exceptions: Red and Amber actions'], ['Ref', 'Action', 'Lead', 'Deadline', 'RAG', 'Reason', 'Latest update']]);
    // Changed on purpose: the notes now follow the exceptions (rv6-d finding 4), so only the exceptions' rows are taken.
    expect(rows.slice(blank + 3, blank + 5).map((r) => [r[0], r[3], r[4], r[6]])).toEqual([['4', '30 Nov 2022', 'Red', 'No update recorded'], ['3', '2 Dec 2022', 'Amber', 'Deadlines adjusted']]);
  });

  it('names the objective on every Table One row and shows the figures as the sheet does', () => {
    const rows = parseCsv(summaryCsv(plainModel(), { bom: false }));
    // Commitment's one ambition holds all its actions: a total under it would repeat that row.
    expect(rows.slice(3, 6).map((r) => [r[0], r[1], r[8], r[9], r[10]])).toEqual([
      ['Commitment', 'Involve people early', '100%', '100%', 'Green'],
      ['Insight and evidence', '', '0%', '25%', 'Red'],
      ['Total', '', '50%', '63%', 'Red'],
    ]);
  });

  it.each(Object.entries(HOSTILE).map(([name, text], i) => [name, text, String(i + 1)]))('keeps %s text as text: a formula start gets a leading apostrophe, and the field reads back whole', (name, text, ref) => {
    const rows = parseCsv(summaryCsv(hostileModel(), { bom: false }));
    const safe = (t: string) => (/^[=+\-@\t\r]/.test(t) ? `'${t}` : t);
    const expected = safe(text);
    const split = rows.findIndex((r) => r[0] === 'Exceptions: Red and Amber actions');
    const exceptions = rows.slice(split + 2);
    const exception = exceptions.find((r) => r[0] === ref);
    // The reason is shown without its "Red: " (the RAG cell says it), so its own start is made safe too.
    // The tab and cr actions read alike ("=1+1") under different objectives, so each is now named with its objective after it.
    const action = name === 'tab' || name === 'cr' ? `${expected} (${text.trim()})` : expected;
    expect([exception?.[1], exception?.[2], exception?.[5], exception?.[6]]).toEqual([action, expected, expected, safe(text.trim())]);
    const trimmed = safe(text.trim()); // roll-ups name objectives and ambitions trimmed
    expect(rows.slice(0, split).find((r) => r[1] === trimmed)?.[0]).toBe(trimmed);
    for (const row of rows) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('People, Quality')).toBe('"People, Quality"');
    expect(csvField('say "done"')).toBe('"say ""done"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(null)).toBe('');
  });
});
