import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { defaultSettings } from '../../../src/core/settings';
import { summaryModel, summarySheetPlan, summaryTables } from '../../../src/core/summary';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const settings = defaultSettings('2023-12-01');

function tableOne(header: string[], rows: CellValue[][]) {
  const grid: SheetGrid = { name: 'Plan', rows: [header, ...rows], merges: [], tables: [], hidden: false, protected: false };
  const tracker = analyseSheet(grid, settings, createParsers(settings));
  if (tracker === null) throw new Error('no tracker found');
  return summaryTables(summaryModel([tracker], settings)).tableOne.rows.map((r) => [r.cells[0]?.text, r.cells[1]?.text, r.total]);
}

describe('Table One shows totals bold, and only totals', () => {
  it('shows an objective without ambitions as a row of its own, not a total', () => {
    const rows = tableOne(['Theme', 'Action', 'Lead', 'Due date', 'Status'], [
      ['Workforce', 'Agree the retention plan', 'CPO', '31/03/2024', 'On track'],
      ['Quality', 'Publish the falls audit', 'CNO', '31/10/2023', 'Complete'],
    ]);
    // No row has an ambition, so the Ambition column is left out: the second cell is the count.
    expect(rows).toEqual([
      ['Workforce', '1', false],
      ['Quality', '1', false],
      ['Total', '2', true],
    ]);
  });

  it('shows an objective after its ambitions as its total', () => {
    const rows = tableOne(['Objective', 'Ambition', 'Action', 'Lead', 'Due date', 'Status'], [
      ['Workforce', 'Keep our staff', 'Agree the retention plan', 'CPO', '31/03/2024', 'On track'],
      ['Workforce', 'Grow our own', 'Launch the apprenticeship scheme', 'CPO', '31/03/2024', 'On track'],
    ]);
    expect(rows).toEqual([
      ['Workforce', 'Keep our staff', false],
      ['', 'Grow our own', false],
      ['Workforce', 'Objective total', true],
      ['Total', '', true],
    ]);
  });
});

describe('Table One leaves out the columns no row fills', () => {
  const objectivesOnly = () => {
    const grid: SheetGrid = { name: 'QI Plan', rows: [['Theme', 'Action', 'Lead', 'Due date', 'Status'], ['Workforce', 'Agree the retention plan', 'CPO', '31/03/2024', 'On track'], ['Quality', 'Publish the falls audit', 'CNO', '31/10/2023', 'Complete']], merges: [], tables: [], hidden: false, protected: false };
    const tracker = analyseSheet(grid, settings, createParsers(settings));
    if (tracker === null) throw new Error('no tracker found');
    return summaryModel([tracker], settings);
  };

  it('has no Ambition or Supporting strategy column for a plan grouped by objective alone', () => {
    const { tableOne } = summaryTables(objectivesOnly());
    expect(tableOne.headers).toEqual(['Objective', 'Actions', 'Complete', 'Green', 'Amber', 'Red', 'Not rated', 'Progress %', 'Confidence %', 'Overall', 'Trend']);
    for (const row of tableOne.rows) expect(row.cells).toHaveLength(tableOne.headers.length);
  });

  it('on the sheet, gives the objective the Ambition column as well, so it does not wrap beside an empty one', () => {
    const plan = summarySheetPlan(objectivesOnly());
    const header = plan.rows.findIndex((r) => r[0]?.value === 'Objective');
    expect(plan.rows[header]?.[1]?.value).toBeNull();
    expect(plan.rows[header]?.[2]?.value).toBe('Actions');
    expect(plan.merges).toContainEqual({ top: header, left: 0, bottom: header, right: 1 });
  });

  it('but keeps every column in the CSV tables, so a file read by another tool has the same columns every month', () => {
    expect(summaryTables(objectivesOnly(), true).tableOne.headers).toContain('Ambition');
    expect(summaryTables(objectivesOnly(), true).tableOne.headers).toContain('Supporting strategy');
  });
});
