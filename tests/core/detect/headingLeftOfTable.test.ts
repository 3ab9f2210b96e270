import { analyseSheet } from '../../../src/core/analyse/sheet';
import { createParsers } from '../../../src/core/analyse/parsers';
import { findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellRange, CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][], merges: CellRange[] = []): SheetGrid => ({ name: 'Plan', rows, merges, tables: [], hidden: false, protected: false });
const settings = defaultSettings('2026-12-07');
const analyse = (rows: CellValue[][], merges: CellRange[] = []) => analyseSheet(grid(rows, merges), settings, createParsers(settings));

/*
 * A population-health plan divides its rows by population ("ADULTS", "CHILDREN AND YOUNG PEOPLE"),
 * written in column A and merged across the table, where column A holds no role the product reads:
 * the heading sits left of the first column read, under a header of its own.
 */
describe('a heading row merged across the table from a column left of it', () => {
  const rows: CellValue[][] = [
    ['Population note', 'Ref', 'Key action', 'Lead', 'Timescale', 'Progress to date'],
    ['ADULTS', null, null, null, null, null],
    [null, 'A1', 'Launch MCoC team', 'Consultant Midwife', 'March 2027', 'On track'],
    [null, 'A2', 'Physical health checks', 'Liaison lead', 'March 2027', 'On track'],
    ['CHILDREN AND YOUNG PEOPLE', null, null, null, null, null],
    [null, 'C1', 'Asthma-friendly schools', 'Paeds nurse', 'July 2027', 'On track'],
  ];
  const merges = [{ top: 1, left: 0, bottom: 1, right: 5 }, { top: 4, left: 0, bottom: 4, right: 5 }];

  it('heads the actions under it', () => {
    expect(analyse(rows, merges)?.actions.map((a) => [a.ref, a.objective])).toEqual([
      ['A1', 'ADULTS'],
      ['A2', 'ADULTS'],
      ['C1', 'CHILDREN AND YOUNG PEOPLE'],
    ]);
  });

  it('heads nothing unmerged, under a header of its own: a note beside the tracker', () => {
    expect(analyse(rows)?.actions.map((a) => a.objective)).toEqual([null, null, null]);
  });
});

describe('"Clinical area" groups the actions', () => {
  it('is the objective where no column names one', () => {
    const rows: CellValue[][] = [
      ['Clinical area', 'Key action', 'Lead', 'Timescale', 'Progress to date'],
      ['Maternity', 'Launch MCoC team', 'Consultant Midwife', 'March 2027', 'On track'],
    ];
    expect(findHeader(grid(rows), undefined)?.reading.columns.objective).toBe(0);
  });

  it('sits under a heading merged across the table in its own column', () => {
    const rows: CellValue[][] = [
      ['Clinical area', 'Key action', 'Lead', 'Timescale', 'Progress to date'],
      ['ADULTS', null, null, null, null],
      ['Maternity', 'Launch MCoC team', 'Consultant Midwife', 'March 2027', 'On track'],
      ['SMI', 'Physical health checks', 'Liaison lead', 'March 2027', 'On track'],
      ['CHILDREN AND YOUNG PEOPLE', null, null, null, null],
      ['Asthma', 'Asthma-friendly schools', 'Paeds nurse', 'July 2027', 'On track'],
    ];
    const merges = [{ top: 1, left: 0, bottom: 1, right: 4 }, { top: 4, left: 0, bottom: 4, right: 4 }];
    const groups = analyse(rows, merges)?.actions.map((a) => [a.objective, a.ambition]);
    expect(groups?.map((g) => g.includes('ADULTS') || g.includes('CHILDREN AND YOUNG PEOPLE'))).toEqual([true, true, true]);
    expect(groups?.map((g) => g.includes('Maternity') || g.includes('SMI') || g.includes('Asthma'))).toEqual([true, true, true]);
  });
});
