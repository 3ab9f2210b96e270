import { readHeader } from '../../../src/core/detect/columns';
import { eachRowOwn } from '../../../src/core/detect/eachRowOwn';
import { findHeader } from '../../../src/core/detect/tracker';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'IPC BAF', rows, merges: [], tables: [], hidden: false, protected: false });

// An IPC board assurance framework: criteria as heading rows, a key line of enquiry per row, the action answering it.
const header = ['Ref', 'Key lines of enquiry', 'Gaps in assurance', 'Mitigating actions', 'Lead', 'Date', 'RAG'];
const baf: CellValue[][] = [
  header,
  ['Criterion 1. Systems to manage and monitor the prevention and control of infection', null, null, null, null, null, null],
  ['1.1', 'Surveillance data are reported to the board', 'No ward-level data', 'Add ward-level data to the IPR', 'Head of IPC', 'Q3 24/25', 'A'],
  ['1.2', 'A programme of audit is in place to provide assurance', 'Completion 78%', 'Matrons to follow up non-completion', 'Deputy Chief Nurse', '31/03/2025', 'A'],
  ['Criterion 2. Provide and maintain a clean and appropriate environment', null, null, null, null, null, null],
  ['2.1', 'Cleaning standards are audited against the national standards', 'FR1 areas below 98%', 'Recruit domestic staff', 'Head of Facilities', '31/01/2025', 'R'],
  ['2.2', 'Ventilation systems are maintained and verified', 'None identified', null, null, null, 'G'],
];

describe('eachRowOwn: a grouping column with a sentence of its own on every row groups nothing', () => {
  it('is true of a key line of enquiry per row', () => {
    expect(eachRowOwn(baf, 0, 1, 3)).toBe(true);
  });

  it('is false of an objective repeated down its rows', () => {
    const repeated = baf.map((r, i): CellValue[] => (i === 0 || r[1] === null ? r : [r[0] ?? null, i < 4 ? 'Deliver safe and clean care for all' : 'Keep our estate clean and safe', ...r.slice(2)]));
    expect(eachRowOwn(repeated, 0, 1, 3)).toBe(false);
  });

  it('is false of an objective written once over its rows (a merge reads blank below)', () => {
    const rows: CellValue[][] = [
      ['Strategic objective', 'Action', 'Lead'],
      ['We will deliver safe care every time', 'Recruit nurses', 'Ann'],
      [null, 'Train staff', 'Raj'],
      ['We will be a great place to work', 'Run survey', 'Sue'],
      [null, 'Agree plan', 'Ann'],
      ['We will live within our means', 'Close beds', 'Raj'],
      ['We will work with our partners', 'Join ICS board', 'Sue'],
    ];
    expect(eachRowOwn(rows, 0, 0, 1)).toBe(false);
  });

  it('is false of short labels, and of too few rows to tell', () => {
    const labels: CellValue[][] = [['Theme', 'Action'], ['Safe', 'a'], ['Effective', 'b'], ['Caring', 'c'], ['Responsive', 'd']];
    expect(eachRowOwn(labels, 0, 0, 1)).toBe(false);
    expect(eachRowOwn(baf.slice(0, 4), 0, 1, 3)).toBe(false);
  });

  it('is false on a sheet with no action column, where the grouping is what is rated', () => {
    expect(eachRowOwn(baf, 0, 1, undefined)).toBe(false);
  });

  it('leaves the column unread, so the criteria headings group the actions', () => {
    expect(readHeader(header).columns.objective).toBe(1);
    const found = findHeader(grid(baf), undefined);
    expect(found?.reading.columns.objective).toBeUndefined();
    expect(found?.reading.columns.ambition).toBeUndefined();
    expect(found?.reading.columns.action).toBe(3);
  });
});
