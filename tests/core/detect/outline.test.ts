import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { outlineChild, outlineColumn } from '../../../src/core/detect/outline';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });
const analyse = (rows: CellValue[][], asOf = '2024-09-16') => analyseWorkbook([grid(rows)], defaultSettings(asOf)).trackers[0];
const layout = (rows: CellValue[][], columns: Record<string, number>) => ({ columns, extraStatus: [], headerIndex: 0, lastIndex: rows.length - 1, skip: new Set<number>() });

/* An MS Project task table: summary tasks carry their own dates and % complete, rolled up from the tasks under them. */
const PROJECT: CellValue[][] = [
  ['ID', 'WBS', 'Task Name', 'Start', 'Finish', '% Complete', 'Resource Names', 'Notes'],
  [1, '1', 'Diagnostic centre mobilisation', '01/07/2024', '28/03/2025', '46%', null, null],
  [2, '1.1', 'Estates and build', '01/07/2024', '30/09/2024', '78%', null, null],
  [3, '1.1.1', 'Planning permission', '01/07/2024', '26/07/2024', '100%', 'Estates PM', 'Granted 24/07/24.'],
  [4, '1.1.2', 'Modular build', '29/07/2024', '27/09/2024', '80%', 'Estates PM', 'On programme.'],
  [5, '1.2', 'Equipment', '01/07/2024', '25/10/2024', '55%', null, null],
  [6, '1.2.1', 'CT scanner procurement', '01/07/2024', '09/08/2024', '100%', 'Head of Procurement', null],
  [7, '1.2.2', 'MRI installation', '26/08/2024', '13/09/2024', '50%', 'Equipment Lead', 'Crane lift delayed.'],
  [8, '1.3', 'Benefits review', '01/03/2025', '28/03/2025', '0%', 'Programme Manager', null],
  [9, '2', 'Second site', '01/04/2025', '30/09/2025', '0%', 'Programme Manager', null],
];

describe('summary rows over the tasks numbered under them (a WBS)', () => {
  it('heads the tasks under them, nested as numbered headings are, though they have dates and % complete', () => {
    const t = analyse(PROJECT);
    expect(t?.actions.map((a) => [a.ref, a.action, a.objective, a.ambition])).toEqual([
      ['3', 'Planning permission', 'Diagnostic centre mobilisation', 'Estates and build'],
      ['4', 'Modular build', 'Diagnostic centre mobilisation', 'Estates and build'],
      ['6', 'CT scanner procurement', 'Diagnostic centre mobilisation', 'Equipment'],
      ['7', 'MRI installation', 'Diagnostic centre mobilisation', 'Equipment'],
      // Nothing is numbered under 1.3 or 2: each is a task, and stays an action, in the groups its number is in.
      ['8', 'Benefits review', 'Diagnostic centre mobilisation', null],
      ['9', 'Second site', null, null],
    ]);
  });

  it('reads the outline from the ref column where it nests', () => {
    const rows = PROJECT.map((r) => [r[1] ?? null, ...r.slice(2)]);
    rows[0] = ['Ref', 'Task Name', 'Start', 'Finish', '% Complete', 'Resource Names', 'Notes'];
    expect(analyse(rows)?.actions.map((a) => a.ref)).toEqual(['1.1.1', '1.1.2', '1.2.1', '1.2.2', '1.3', '2']);
  });

  it('leaves a row the action where the rows numbered under it have no lead, date or status: they are its steps', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
      ['1', 'Improve triage', 'Ann', '31/12/2024', 'On track'],
      ['1.1', 'Train the staff', null, null, null],
      ['2', 'Recruit four nurses', 'Bo', '31/03/2025', 'On track'],
    ];
    expect(analyse(rows)?.actions.map((a) => a.action)).toContain('Improve triage');
  });
});

describe('outlineColumn', () => {
  it('finds a WBS column beside an ID that numbers the rows 1, 2, 3', () => {
    expect(outlineColumn(PROJECT, layout(PROJECT, { ref: 0, action: 2, timeframe: 4 }))).toBe(1);
  });

  it('takes no column of decimals (a score, a cost) for an outline, nor one with other text in it', () => {
    const scores: CellValue[][] = [['Score', 'Action'], [1, 'Audit'], [1.5, 'Train'], [2, 'Recruit']];
    expect(outlineColumn(scores, layout(scores, { action: 1 }))).toBe(-1);
    const mixed: CellValue[][] = [['Code', 'Action'], ['1', 'Audit'], ['1.1', 'Train'], ['CQC2', 'Recruit']];
    expect(outlineColumn(mixed, layout(mixed, { action: 1 }))).toBe(-1);
  });

  it('takes no column whose numbers never nest', () => {
    const flat: CellValue[][] = [['Ref', 'Action'], ['1', 'Audit'], ['2', 'Train'], ['3', 'Recruit']];
    expect(outlineColumn(flat, layout(flat, { ref: 0, action: 1 }))).toBe(-1);
  });
});

describe('outlineChild', () => {
  it.each<[string, string, boolean]>([
    ['1', '1.1', true],
    ['1.1', '1.1.1', true],
    ['2.3', '2.3.1', true],
    ['1.', '1.2', true],
    ['1', '10', false],
    ['1', '2', false],
    ['1.1', '1.10', false],
    ['1', '1a', false],
    ['A', 'A.1', false],
  ])('%s over %s: %s', (parent, child, expected) => {
    expect(outlineChild(parent, child)).toBe(expected);
  });
});

describe('rows that stay actions over rows numbered under them', () => {
  it('keeps a deliverable the action over its milestones named in a column of their own', () => {
    const rows: CellValue[][] = [
      ['ID', 'Deliverable', 'Milestone', 'Lead', 'End date', 'RAG'],
      ['1.1', 'Community teams live in all clusters', null, 'K Lowe', '31/03/2025', 'A'],
      ['1.1.3', null, 'Cluster D go-live', 'K Lowe', '31/12/2024', 'R'],
    ];
    expect(analyse(rows, '2024-11-15')?.actions.map((a) => a.ref)).toEqual(['1.1', '1.1.3']);
  });
});
