import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A formula error in a time-frame cell (#N/A, #REF!, #VALUE!) is warned of once, as the
 * formula error it is (SPEC 9, 'formula_error'): the same cell is not also said to hold no
 * time frame ('undated'). A time-frame cell simply left blank keeps its 'undated' warning.
 */

const settings = defaultSettings('2024-10-01');

function issues(rows: CellValue[][]): [string | null, string][] {
  const grid: SheetGrid = { name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false };
  const found = analyseWorkbook([grid], settings).trackers[0]?.issues ?? [];
  return found.filter((i) => i.code === 'formula_error' || i.code === 'undated').map((i) => [i.cell, i.code]);
}

describe('a formula error in a time-frame cell', () => {
  it('is a formula error, not also an action with no time frame', () => {
    expect(issues([
      ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
      ['1', 'Publish the plan', 'CEO', { kind: 'error', code: '#N/A' }, 'On track'],
      ['2', 'Agree the budget', 'DoF', { kind: 'error', code: '#REF!' }, 'On track'],
      ['3', 'Open the hub', 'COO', { kind: 'error', code: '#VALUE!' }, 'On track'],
    ])).toEqual([
      ['D2', 'formula_error'],
      ['D3', 'formula_error'],
      ['D4', 'formula_error'],
    ]);
  });

  it('leaves a blank time-frame cell its undated warning', () => {
    expect(issues([
      ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
      ['1', 'Publish the plan', 'CEO', { kind: 'error', code: '#N/A' }, 'On track'],
      ['2', 'Agree the budget', 'DoF', null, 'On track'],
      ['3', 'Open the hub', 'COO', '31/12/2024', 'On track'],
    ]).sort()).toEqual([
      ['D2', 'formula_error'],
      ['D3', 'undated'],
    ]);
  });
});
