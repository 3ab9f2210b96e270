import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * SPEC 5.1 rule 1: a rating set by hand in the RAG override column stands. One two steps or more
 * better than the action's dates and update ("Green" on an action long overdue) is kept, and the
 * committee is told what it covers; a hand-set rating worse than the rules is a cautious lead's.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });
const HEADER = ['Ref', 'Action', 'Lead', 'Due date', 'Update', 'RAG (set by lead)'];

function read(rows: CellValue[][]) {
  const t = analyseWorkbook([grid([HEADER, ...rows])], defaultSettings('2023-06-15')).trackers[0];
  return {
    rated: (t?.actions ?? []).map((a) => [a.ref, a.rating]),
    warned: (t?.issues ?? []).filter((i) => i.code === 'override_conflict').map((i) => [i.cell, i.message]),
  };
}

describe('a rating set by hand much better than the rules give', () => {
  it('stands, and is warned of at the override cell with what the rules say', () => {
    const { rated, warned } = read([['1', 'Publish the plan', 'Ann', '01/01/2023', 'In progress', 'Green']]);
    expect(rated).toEqual([['1', 'green']]);
    expect(warned).toEqual([['F2', 'The override sets Green, but by its dates and update the action would be Red (the action was due 1 Jan 2023 and is 165 days overdue); the override is used, so check it still holds.']]);
  });

  it('is warned of when it closes an action the update says is at risk', () => {
    expect(read([['2', 'Agree the budget', 'Bob', '31/12/2023', 'Delayed: awaiting finance', 'Complete']]).warned.map(([cell]) => cell)).toEqual(['F2']);
  });
});

describe('a rating set by hand close to, or worse than, the rules', () => {
  it('says nothing', () => {
    const { rated, warned } = read([
      ['3', 'Recruit two nurses', 'Cat', '31/12/2023', 'On track', 'Amber'],
      ['4', 'Open the hub', 'Dan', '31/12/2023', 'On track', 'Red'],
      ['5', 'Audit discharge', 'Eve', '31/12/2023', 'On track', 'Green'],
    ]);
    expect(rated).toEqual([['3', 'amber'], ['4', 'red'], ['5', 'green']]);
    expect(warned).toEqual([]);
  });
});
