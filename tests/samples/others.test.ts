import type ExcelJS from 'exceljs';
import { buildIntoTempDir, readSample, sheetOf, textAt } from './helpers';

/** Rows 2.. of a sheet as arrays of cell values, columns 1..width. */
function body(sheet: ExcelJS.Worksheet, width: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    rows.push(Array.from({ length: width }, (_, c) => sheet.getCell(r, c + 1).value));
  }
  return rows;
}

function header(sheet: ExcelJS.Worksheet, width: number): string[] {
  return Array.from({ length: width }, (_, c) => textAt(sheet, 1, c + 1));
}

describe('the shorter seeds', () => {
  let paths: string[];
  beforeAll(async () => {
    paths = await buildIntoTempDir();
  });

  it('seed 000: lists the six initial actions with one shared status and the strategy\'s due phrases', async () => {
    const sheet = sheetOf(await readSample(paths, 'seed000-nice-initial-actions.xlsx'), 'Initial actions');
    expect(header(sheet, 5)).toEqual(['Ref', 'Action', 'Lead', 'Due', 'Status']);
    const rows = body(sheet, 5);
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[1]).toEqual([2, 'Implementation of the revised non staff payment policy', 'People and communities team', 'August 2024', 'All actions are underway']);
    for (const row of rows.filter((_, i) => i !== 1)) {
      expect(row.slice(2)).toEqual(['People and communities team', 'by end of January 2025', 'All actions are underway']);
    }
  });

  it('seed 000: puts the January-April 2025 plan on its own sheet, due "January-April 2025"', async () => {
    const sheet = sheetOf(await readSample(paths, 'seed000-nice-initial-actions.xlsx'), 'Jan–Apr 2025 plan');
    const rows = body(sheet, 5);
    expect(rows).toHaveLength(3);
    expect(String(rows[0]?.[1])).toMatch(/^The delivery plan for the three months to end of the financial year 2024\/25/);
    for (const row of rows) expect([row[2], row[3], row[4]]).toEqual([null, 'January-April 2025', null]);
  });

  it('seed 001: has one row per standard, its "We will" sentence as the action, the rest blank', async () => {
    const sheet = sheetOf(await readSample(paths, 'seed001-nel-standards.xlsx'), 'Standards');
    expect(header(sheet, 5)).toEqual(['Standard', 'Action', 'Lead', 'Time frame', 'Status']);
    const rows = body(sheet, 5);
    expect(rows.map((r) => r[0])).toEqual(['Commitment', 'Collaboration', 'Insight and evidence', 'Accessibility', 'Responsiveness']);
    for (const row of rows) {
      expect(String(row[1])).toMatch(/^We will /);
      expect(row.slice(2)).toEqual([null, null, null]);
    }
  });

  it('seed 002: has one roadmap row per period phrase, Lead and Status blank', async () => {
    const sheet = sheetOf(await readSample(paths, 'seed002-lsc-roadmap.xlsx'), 'Roadmap');
    expect(header(sheet, 4)).toEqual(['Time frame', 'Milestone', 'Lead', 'Status']);
    const rows = body(sheet, 4);
    expect(rows.map((r) => r[0])).toEqual([
      'May – Jun 23',
      'Jul 23',
      'Aug 23',
      'Aug – Oct 23',
      'Jul – Sep 23',
      'Oct 23 – Mar 24',
      'Apr 24',
      'Apr 24 – Mar 25',
      'Apr 2025',
      'Apr 25 – Mar 26',
    ]);
    expect(rows[0]?.[1]).toBe('Development of revised Working with People and Communities Strategy 2023-26');
    for (const row of rows) expect(row.slice(2)).toEqual([null, null]);
  });

  it('seed 002: keeps the long-term strategic priorities with their three horizons', async () => {
    const sheet = sheetOf(await readSample(paths, 'seed002-lsc-roadmap.xlsx'), 'Priorities');
    expect(header(sheet, 5)).toEqual(['#', 'Priority', 'Short-term 1-3 years', 'Medium-term 4-6 years', 'Long-term 7-10 years']);
    const rows = body(sheet, 5);
    expect(rows.map((r) => r[1])).toEqual([
      'Strengthen our foundations',
      'Improve prevention and reduce inequalities',
      'Integrate and strengthen primary and community care',
      'Improve quality and outcomes',
      'World-class care',
    ]);
    expect(rows[0]?.[4]).toBeNull();
  });
});
