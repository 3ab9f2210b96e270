import type ExcelJS from 'exceljs';
import { buildIntoTempDir, linesAt, readSample, sheetOf, textAt } from './helpers';

const HEADER_ROW = 8;

/** The sheet row holding a recommendation's ref in column A. */
function rowOfRef(sheet: ExcelJS.Worksheet, ref: number): number {
  for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r++) {
    if (sheet.getCell(r, 1).value === ref) return r;
  }
  throw new Error(`recommendation ${ref} not found`);
}

describe('seed 004: THT Engagement Lead Group action plan', () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    const paths = await buildIntoTempDir();
    sheet = sheetOf(await readSample(paths, 'seed004-tht-elg-action-plan.xlsx'), 'Action Plan');
  });

  it('keeps the report front matter above the header: title, intro, colour key, closing note, a blank row', () => {
    expect(textAt(sheet, 1, 1)).toBe('THT Engagement Lead Group Action Plan - 3 November update – Report to the THT Engagement Leads Group');
    expect(textAt(sheet, 2, 1)).toMatch(/^This report updates on implementation of the THT Engagement Lead Group Action Plan/);
    expect([3, 4, 5].map((r) => textAt(sheet, r, 1))).toEqual(['Actions complete', 'Actions update for ELG December 22', 'Next step Actions']);
    expect(textAt(sheet, 6, 1)).toMatch(/^This Action Plan will become a regular monthly report/);
    expect(sheet.getRow(7).cellCount).toBe(0);
  });

  it('has the header on row 8 with the paper\'s exact column texts', () => {
    expect([1, 2, 3, 4, 5, 6].map((c) => textAt(sheet, HEADER_ROW, c))).toEqual([
      '#',
      'Recommendation',
      'Lead',
      'Next steps',
      'Time frame',
      'Is the action on track/update',
    ]);
    expect(sheet.getRow(HEADER_ROW).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
  });

  it('lists recommendations 1 to 15 in column A, in order', () => {
    const refs: unknown[] = [];
    for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r++) {
      const value = sheet.getCell(r, 1).value;
      if (value !== null) refs.push(value);
    }
    expect(refs).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('puts each page-break continuation on its own row with no ref, right after recommendations 5, 9, 10 and 12', () => {
    for (const [ref, start] of [
      [5, 'information on how people will be engaged'],
      [9, 'involve Tower Hamlets residents'],
      [10, '<ul style="list-style-type: none"> <li>Review Reward and Recognition policy'],
      [12, 'the ladder of participation.'],
    ] as const) {
      const next = rowOfRef(sheet, ref) + 1;
      expect(sheet.getCell(next, 1).value).toBeNull();
      expect(textAt(sheet, next, 2).startsWith(start)).toBe(true);
    }
    const afterFive = rowOfRef(sheet, 5) + 1;
    expect(textAt(sheet, afterFive, 3)).toBe('Engagement Manager)');
    expect(textAt(sheet, afterFive, 5)).toBe('On-going following board decision');
  });

  it('writes several next steps of one cell on separate lines, with their time frames and statuses', () => {
    const r = rowOfRef(sheet, 2);
    expect(linesAt(sheet, r, 4)).toEqual([
      'Draft and circulate Job Description',
      'Review and design recruitment process',
      'Open recruitment and share through local networks and contacts',
      'Interviews',
    ]);
    expect(linesAt(sheet, r, 5)).toEqual(['End Oct 2022', 'Mid Nov', 'Complete by mid Dec', '5/1/23']);
    expect(linesAt(sheet, r, 6)).toEqual(['Done', 'Done (End of Nov)']);
  });

  it('keeps pasted HTML fragments as they are, such as recommendation 1\'s <p> entries', () => {
    const r = rowOfRef(sheet, 1);
    expect(textAt(sheet, r, 4)).toContain('<p>Draft public comms on the purpose and aim of THT</p> <p>Review of other models');
    expect(textAt(sheet, r, 5)).toBe('<p>End of Nov 22</p> <p>End of Dec 22</p> <p>End of Dec 22</p> <p>Feb Board 23</p>');
    expect(textAt(sheet, r, 6)).toBe('<p>Completed</p> <p>On track</p> <p>On track</p>');
    expect(textAt(sheet, rowOfRef(sheet, 11), 4)).toContain('Decide actions &amp; timescales');
  });

  it('keeps status prefixes and vague time frames word for word', () => {
    expect(textAt(sheet, rowOfRef(sheet, 5), 6)).toBe('<b>Update:</b> Deadlines adjusted to reflect more realistic delivery of actions');
    expect(textAt(sheet, rowOfRef(sheet, 8), 5)).toBe('New time frame to be developed');
    expect(linesAt(sheet, rowOfRef(sheet, 7), 5)).toEqual(['Mid February', 'End of April', 'TBC']);
    expect(linesAt(sheet, rowOfRef(sheet, 3), 4)[1]).toBe('<b>NEW ACTION:</b> Discuss with THCVS on programme of presentations from the Equalities Hub');
  });

  it('colours nothing: rating colours are the product\'s to add', () => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const fill = cell.fill as ExcelJS.Fill | undefined;
        expect(fill === undefined || (fill.type === 'pattern' && fill.pattern === 'none')).toBe(true);
        // theme 1 is the default text colour that Excel stores with any font.
        expect(cell.font?.color ?? { theme: 1 }).toEqual({ theme: 1 });
      });
    });
  });
});
