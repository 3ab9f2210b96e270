import { defaultSettings } from '../../src/core/settings';
import { summaryModel, summaryTables } from '../../src/core/summary';
import { numbered, tracker } from '../core/history/fixtures';
import { summaryDocx } from '../../src/export';
import { readDocx } from './docx-reader';
import { HOSTILE, hostileModel, plainModel } from './fixtures';

describe('summaryDocx: the board paper as a Word document (SPEC 6)', () => {
  it('is landscape A4', async () => {
    const { xml } = await readDocx(await summaryDocx(plainModel()));
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('is headed with the tracker, the as-of date and its quarter, and the next meeting', async () => {
    const { paragraphs } = await readDocx(await summaryDocx(plainModel()));
    expect(paragraphs.slice(0, 4)).toEqual(['RAG Summary: Action Plan', 'As at 15 Dec 2022 (2022-23 Q3)', 'Next meeting: January ELG meeting, 12 Jan 2023', 'Completed since the last meeting: not counted (no earlier snapshot is stored).']);
    expect(paragraphs).toEqual(expect.arrayContaining(['Key', 'Table One – High-level action progress summary', 'Exceptions: Red and Amber actions', 'Due at January ELG meeting']));
  });

  it('holds the key, Table One and the exceptions as tables with the same words and numbers as the sheet', async () => {
    const model = plainModel();
    const { tables } = await readDocx(await summaryDocx(model));
    const expected = summaryTables(model);
    const texts = (t: { rows: { text: string }[][] } | undefined) => t?.rows.map((r) => r.map((c) => c.text));
    expect(texts(tables[0])).toEqual([expected.key.headers, ...expected.key.rows.map((r) => r.cells.map((c) => c.text))]);
    expect(texts(tables[1])).toEqual([expected.tableOne.headers, ...expected.tableOne.rows.map((r) => r.cells.map((c) => c.text))]);
    expect(texts(tables[1])?.at(-1)).toEqual(['Total', '', '4', '1', '1', '1', '1', '0', '50%', '63%', 'Red', '']);
    expect(texts(tables[2])?.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual([['4', '30 Nov 2022', 'Red'], ['3', '2 Dec 2022', 'Amber']]);
  });

  it("gives Table One's objective the room of an Ambition or Supporting strategy column it leaves out", async () => {
    const { xml } = await readDocx(await summaryDocx(plainModel()));
    const grid = (/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g.exec(xml.slice(xml.indexOf('Table One')))?.[1] ?? '').match(/w:w="(\d+)"/g)?.map((w) => Number(w.slice(5, -1)));
    // No strategies: twelve columns, the objective wider than the Ambition column beside it.
    expect(grid).toHaveLength(12);
    expect(grid?.[0]).toBeGreaterThan(grid?.[1] ?? Infinity);
  });

  it("sizes Table One's columns the same when its group column is headed with the tracker's own header", async () => {
    const actions = [numbered('1', 'red', { objective: 'North PCN' }), numbered('2', 'green', { objective: 'South PCN' })];
    const byPcn = { ...tracker('PCARP', actions), columns: { ref: 0, action: 1, objective: 2 }, headers: ['Ref', 'Action', 'PCN'] };
    const model = summaryModel([byPcn], defaultSettings('2022-12-15'));
    const tableOne = async (m: typeof model) => {
      const { xml, tables } = await readDocx(await summaryDocx(m));
      const grid = (/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(xml.slice(xml.indexOf('Table One')))?.[1] ?? '').match(/w:w="(\d+)"/g);
      return { grid, headers: tables[1]?.rows[0]?.map((c) => c.text) };
    };
    const own = await tableOne(model);
    const plain = await tableOne({ ...model, groupHeaders: { objective: null, ambition: null } });
    expect(own.headers?.[0]).toBe('PCN');
    expect(plain.headers?.[0]).toBe('Objective');
    expect(own.grid).toEqual(plain.grid);
  });

  it('widens the Ref column of the exceptions and the due list to its longest ref, from the action', async () => {
    const grid = (xml: string, heading: string) =>
      (/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(xml.slice(xml.indexOf(heading)))?.[1] ?? '').match(/w:w="(\d+)"/g)?.map((w) => Number(w.slice(5, -1))) ?? [];
    const paper = async (refs: string[]) => {
      const actions = refs.map((ref) => numbered(ref, 'red', { focus: 'update_due', nextDue: '2024-11-01' }));
      return (await readDocx(await summaryDocx(summaryModel([tracker('Medicine', actions)], defaultSettings('2024-11-20'))))).xml;
    };
    const short = grid(await paper(['1', '12']), 'Exceptions');
    const long = grid(await paper(['MED-002', '2023/24-07']), 'Exceptions');
    // 8 pt text runs about 90 twips a character, plus 120 of cell margins.
    expect(long[0]).toBeGreaterThanOrEqual(10 * 90 + 120);
    expect(short[0]).toBeLessThan(long[0] ?? 0);
    // Widths are floored to whole twips, so the two columns' sum may differ by one.
    expect(Math.abs((long[0] ?? 0) + (long[1] ?? 0) - (short[0] ?? 0) - (short[1] ?? 0))).toBeLessThanOrEqual(1);
    expect(grid(await paper(['MED-002', '2023/24-07']), 'Due by')[0]).toBe(long[0]);
  });

  it('says when a section is empty rather than leaving an empty table', async () => {
    const { paragraphs, tables } = await readDocx(await summaryDocx(plainModel()));
    expect(tables).toHaveLength(3);
    expect(paragraphs).toEqual(expect.arrayContaining(['No updates are due at January ELG meeting.', 'No data-quality problems found.']));
  });

  it('repeats each table’s header row on every page', async () => {
    const { tables } = await readDocx(await summaryDocx(plainModel()));
    for (const t of tables) expect(t.repeated).toEqual(t.rows.map((_, i) => i === 0));
  });

  it('shades every rating cell in the tracker’s colour, with the word always in it', async () => {
    const { tables } = await readDocx(await summaryDocx(plainModel()));
    const body = tables.flatMap((t) => t.rows.slice(1).flat());
    const fills = new Map(body.filter((c) => ['Complete', 'Green', 'Amber', 'Red', 'Not rated'].includes(c.text)).map((c) => [c.text, c.fill]));
    expect(Object.fromEntries(fills)).toEqual({ Complete: '0070C0', Green: '00B050', Amber: 'FFC000', Red: 'C00000', 'Not rated': 'D9D9D9' });
  });

  it('keeps workbook text literal: markup and formulas are text in the document', async () => {
    const { xml, tables } = await readDocx(await summaryDocx(hostileModel()));
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    const cells = tables.flatMap((t) => t.rows.flat().map((c) => c.text));
    expect(cells).toEqual(expect.arrayContaining([HOSTILE.script, HOSTILE.formula, HOSTILE.markdown]));
  });
});
