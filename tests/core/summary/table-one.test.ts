import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { defaultSettings } from '../../../src/core/settings';
import { applyTrends } from '../../../src/core/history';
import { summaryModel, summarySheetPlan, summaryTables, tableOneRows } from '../../../src/core/summary';
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

describe('Table One keeps the actions above the first group heading', () => {
  const plan: CellValue[][] = [
    ['1', 'Agree the retention plan', 'CPO', '31/03/2024', 'On track'],
    ['2', 'Publish the falls audit', 'CNO', '31/10/2023', 'Complete'],
    ['Safe', null, null, null, null],
    ['3', 'Audit the ward', 'CNO', '30/11/2023', 'Not started'],
    ['Effective', null, null, null, null],
    ['4', 'Review the pathway', 'CMO', '31/03/2024', 'On track'],
  ];
  const header = ['Ref', 'Action', 'Lead', 'Due date', 'Status'];

  it('as a group of their own, first, named "(no objective)", counted once', () => {
    const grid: SheetGrid = { name: 'Plan', rows: [header, ...plan], merges: [], tables: [], hidden: false, protected: false };
    const tracker = analyseSheet(grid, settings, createParsers(settings));
    if (tracker === null) throw new Error('no tracker found');
    const { rows } = summaryTables(summaryModel([tracker], settings)).tableOne;
    expect(rows.map((r) => r.cells.slice(0, 7).map((c) => c.text))).toEqual([
      ['(no objective)', '2', '1', '1', '0', '0', '0'],
      ['Safe', '1', '0', '0', '0', '1', '0'],
      ['Effective', '1', '0', '1', '0', '0', '0'],
      ['Total', '4', '1', '2', '0', '1', '0'],
    ]);
    expect(rows.map((r) => r.total)).toEqual([false, false, false, true]);
  });

  it('and names them in every CSV row, and per workbook in a roll-up of several', () => {
    const grid = (name: string): SheetGrid => ({ name, rows: [header, ...plan], merges: [], tables: [], hidden: false, protected: false });
    const trackers = ['North', 'South'].map((name) => analyseSheet(grid(name), settings, createParsers(settings)));
    if (trackers.some((t) => t === null)) throw new Error('no tracker found');
    const model = summaryModel(trackers.filter((t) => t !== null), settings);
    const cells = summaryTables(model, true).tableOne.rows.map((r) => [r.cells[0]?.text, r.cells[1]?.text, r.cells[3]?.text]);
    expect(cells).toEqual([
      ['North', '(no objective)', '2'],
      ['North', 'Safe', '1'],
      ['North', 'Effective', '1'],
      ['North', 'Subtotal', '4'],
      ['South', '(no objective)', '2'],
      ['South', 'Safe', '1'],
      ['South', 'Effective', '1'],
      ['South', 'Subtotal', '4'],
      ['', 'Total', '8'],
    ]);
  });

  it('with their own trend, not the whole sheet\'s', () => {
    const grid: SheetGrid = { name: 'Plan', rows: [header, ...plan], merges: [], tables: [], hidden: false, protected: false };
    const tracker = analyseSheet(grid, settings, createParsers(settings));
    if (tracker === null) throw new Error('no tracker found');
    const history = tracker.actions.map((a) => ({ refreshedAt: '2023-11-01T09:00:00Z', asOf: '2023-11-01', sheet: 'Plan', key: a.ref ?? '', rating: a.ref === '4' ? ('amber' as const) : a.rating, status: a.status, nextDue: a.nextDue }));
    const [trended] = applyTrends([tracker], history, settings.asOf).trackers;
    if (trended === undefined) throw new Error('no tracker trended');
    expect(tableOneRows([{ tracker: trended, label: null }], settings).map((r) => [r.objective, r.trend])).toEqual([
      ['(no objective)', 'same'],
      ['Safe', 'same'],
      ['Effective', 'up'],
      [null, 'up'],
    ]);
  });

  it('but leaves the objective blank on a sheet of ambitions with no objectives at all', () => {
    const rows = tableOne(['Ambition', 'Action', 'Lead', 'Due date', 'Status'], [
      ['Keep our staff', 'Agree the retention plan', 'CPO', '31/03/2024', 'On track'],
      ['Grow our own', 'Launch the apprenticeship scheme', 'CPO', '31/03/2024', 'On track'],
    ]);
    expect(rows).toEqual([
      ['', 'Keep our staff', false],
      ['', 'Grow our own', false],
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
    // The group column is headed as the plan heads it ("Theme"), not "Objective".
    expect(tableOne.headers).toEqual(['Theme', 'Actions', 'Complete', 'Green', 'Amber', 'Red', 'Not rated', 'Progress %', 'Confidence %', 'Overall', 'Trend']);
    for (const row of tableOne.rows) expect(row.cells).toHaveLength(tableOne.headers.length);
  });

  it('on the sheet, gives the objective the Ambition column as well, so it does not wrap beside an empty one', () => {
    const plan = summarySheetPlan(objectivesOnly());
    const header = plan.rows.findIndex((r) => r[0]?.value === 'Theme'); // headed as the plan heads it
    expect(plan.rows[header]?.[1]?.value).toBeNull();
    expect(plan.rows[header]?.[2]?.value).toBe('Actions');
    expect(plan.merges).toContainEqual({ top: header, left: 0, bottom: header, right: 1 });
  });

  it('but keeps every column in the CSV tables, so a file read by another tool has the same columns every month', () => {
    expect(summaryTables(objectivesOnly(), true).tableOne.headers).toContain('Ambition');
    expect(summaryTables(objectivesOnly(), true).tableOne.headers).toContain('Supporting strategy');
  });
});
