import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * Two or more tables on one sheet, each under its own title and header ("Workforce actions", its
 * header and rows; then "Digital actions", the header again and its rows): the first table's title
 * names its group as the later titles name theirs, so Table One has no "(no objective)" row. A title
 * above a sheet's only table is the document's, and names no group.
 */

const HEADER: CellValue[] = ['Ref', 'Action', 'Lead', 'Deadline', 'Status'];
const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Trackers', rows, merges: [], tables: [], hidden: false, protected: false });
const groups = (rows: CellValue[][]): (string | null)[] =>
  analyseWorkbook([grid(rows)], defaultSettings('2026-12-07')).trackers[0]?.actions.map((a) => a.objective) ?? [];

describe('the title over the first of several tables on a sheet', () => {
  it('names the first table\'s group, as the title over the second names its', () => {
    const rows: CellValue[][] = [
      ['Workforce actions'],
      HEADER,
      ['W1', 'Reduce agency spend', 'Director of People', 'Mar 27', 'On track'],
      ['W2', 'Launch flexible working policy', 'Head of HR', 'Jan 27', 'On track'],
      [],
      ['Digital actions'],
      HEADER,
      ['D1', 'EPR go-live phase 2', 'CIO', 'Feb 27', 'In progress'],
    ];
    expect(groups(rows)).toEqual(['Workforce actions', 'Workforce actions', 'Digital actions']);
  });

  it('is found past a blank row between it and the header', () => {
    const rows: CellValue[][] = [
      ['Section A: quality'],
      [],
      HEADER,
      ['A1', 'Audit falls', 'Matron', 'Mar 27', 'On track'],
      ['Section B: workforce'],
      HEADER,
      ['B1', 'Recruit HCAs', 'HRBP', 'Mar 27', 'On track'],
    ];
    expect(groups(rows)).toEqual(['Section A: quality', 'Section B: workforce']);
  });

  it('names no group over a sheet\'s only table: it is the document\'s title', () => {
    const rows: CellValue[][] = [['Workforce action plan 2026/27'], HEADER, ['W1', 'Reduce agency spend', 'Director of People', 'Mar 27', 'On track']];
    expect(groups(rows)).toEqual([null]);
  });

  it('names no group when the later table is an archive ("Closed actions")', () => {
    const rows: CellValue[][] = [
      ['Quality improvement plan'],
      HEADER,
      ['Q1', 'Audit falls', 'Matron', 'Mar 27', 'On track'],
      ['Closed actions'],
      HEADER,
      ['Q0', 'Old action', 'Matron', 'Mar 26', 'Closed'],
    ];
    expect(groups(rows)).toEqual([null]);
  });
});
