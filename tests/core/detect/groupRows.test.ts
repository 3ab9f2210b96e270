import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { readHeader } from '../../../src/core/detect/columns';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });
const analyse = (rows: CellValue[][], asOf = '2024-11-15') => analyseWorkbook([grid(rows)], defaultSettings(asOf)).trackers[0];

describe('a row that only names a group', () => {
  /* A programme plan: each workstream's number, name and SRO on a row of their own, over its deliverables. */
  const PLAN: CellValue[][] = [
    ['ID', 'Workstream', 'Deliverable', 'SRO / Lead', 'End date', 'RAG', 'Commentary'],
    ['1', '1. Community teams', null, 'Dr P Shah', null, null, null],
    ['1.1', null, 'Teams live in all clusters', 'K Lowe', '31/03/2025', 'G', 'On track'],
    ['2', '2. Crisis care', null, 'A Hughes', null, null, null],
    ['2.1', null, 'Open a crisis café', 'A Hughes', '31/01/2025', 'A', 'Venue found'],
  ];

  it('is a heading that groups the rows under it, not an action left Not rated', () => {
    const t = analyse(PLAN);
    expect(t?.actions.map((a) => [a.ref, a.objective])).toEqual([
      ['1.1', '1. Community teams'],
      ['2.1', '2. Crisis care'],
    ]);
    expect(t?.issues).toEqual([]);
  });

  it('is still an action when it has a date or status of its own, or names the group already carried', () => {
    const dated = PLAN.map((r, i) => (i === 3 ? ['2', '2. Crisis care', null, 'A Hughes', '31/12/2024', null, null] : r));
    // Changed on purpose: numbered over "2.1", the dated row is the workstream's summary row, a heading (outline.ts); with nothing under it, it is an action.
    expect(analyse(dated)?.actions.map((a) => [a.ref, a.objective])).toEqual([['1.1', '1. Community teams'], ['2.1', '2. Crisis care']]);
    expect(analyse(dated.slice(0, 4))?.actions.map((a) => a.ref)).toEqual(['1.1', '2']);
    const same: CellValue[][] = [
      ['Ref', 'Workstream', 'Action', 'Lead', 'Due date', 'Status'],
      ['1', 'Safe care', 'Audit the wards', 'Ann', '31/03/2025', 'On track'],
      ['2', 'Safe care', null, 'Bo', null, null],
    ];
    expect(analyse(same)?.actions.map((a) => a.ref)).toEqual(['1', '2']);
  });
});

describe('columns that group the actions without naming an objective', () => {
  it.each(['MD/SD', 'Must do / Should do', 'Core service', 'Area of focus', 'Service area', 'Work stream', 'Workstream', 'Theme'])(
    'reads "%s" as the objective where no column names one',
    (head) => {
      expect(readHeader(['Ref', head, 'Action', 'Lead', 'Due date', 'Status']).columns.objective).toBe(1);
    },
  );

  it('groups a CQC plan by must do and should do, with its core service no rival, and leaves a named objective the objective', () => {
    const r = readHeader(['Ref', 'MD/SD', 'Core service', 'Requirement', 'Actions to be taken', 'Action owner', 'Timescale', 'Progress update']);
    expect([r.columns.objective, r.columns.action, r.duplicates]).toEqual([1, 4, []]);
    expect(readHeader(['Strategic objective', 'Area of focus', 'Action', 'Lead', 'Due date']).columns.objective).toBe(0);
  });

  it('gives Table One its two groups from a column of two values', () => {
    const rows: CellValue[][] = [
      ['Ref', 'MD/SD', 'Actions to be taken', 'Action owner', 'Timescale', 'Progress update'],
      ['MD1', 'Must do', 'Revise the rapid tranquilisation policy', 'Matron', '31/12/2024', 'On track'],
      ['MD2', 'Must do', 'Complete ligature risk assessments', 'Head of Estates', '30/06/2024', 'Complete'],
      ['SD1', 'Should do', 'Care planning QI project', 'Ward managers', '31/12/2024', 'On track'],
    ];
    expect(analyse(rows, '2024-10-01')?.actions.map((a) => a.objective)).toEqual(['Must do', 'Must do', 'Should do']);
  });

  it('takes numbered headings that repeat the column’s groups for the same groups, not a level above them', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Theme', 'Action', 'Lead', 'Target date', 'Progress update'],
      ['1. Estates & Facilities'],
      ['EF1', 'Estates & facilities', 'Replace lighting with LED', 'Director of Estates', '31/03/2025', 'On track'],
      ['2. Supply chain & procurement'],
      ['SC1', 'Supply chain', 'Net zero weighting in tenders', 'Director of Finance', '31/03/2025', 'On track'],
    ];
    const t = analyse(rows);
    expect(t?.columns).toMatchObject({ objective: 1 });
    expect(t?.actions.map((a) => [a.objective, a.ambition])).toEqual([
      ['Estates & facilities', null],
      ['Supply chain', null],
    ]);
  });
});
