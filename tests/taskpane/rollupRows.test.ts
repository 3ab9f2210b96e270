import { analyseWorkbook } from '../../src/core/analyse/workbook';
import { buildReport } from '../../src/core/report';
import { defaultSettings } from '../../src/core/settings';
import type { CellValue } from '../../src/core/types';
import { rollupRows } from '../../src/taskpane/summary';

const settings = defaultSettings('2024-11-20');
const report = (rows: CellValue[][]) =>
  buildReport(analyseWorkbook([{ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false }], settings), settings);

describe('the roll-up rows the Summary view lists', () => {
  it('name the actions above the first heading "(no objective)", and only the last group "All actions"', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
      ['1', 'Publish the plan', 'Ann', '31/12/2024', 'On track'],
      ['Safe', null, null, null, null],
      ['2', 'Audit sepsis six', 'Ben', '31/10/2024', 'Delayed'],
    ];
    expect(rollupRows(report(rows)).map((r) => [r.name, r.actions])).toEqual([
      ['(no objective)', 1],
      ['Safe', 1],
      ['All actions', 2],
    ]);
  });

  it('name a sheet without headings by its one group', () => {
    const rows: CellValue[][] = [['Ref', 'Action', 'Lead', 'Due date'], ['1', 'Publish the plan', 'Ann', '31/12/2024']];
    expect(rollupRows(report(rows)).map((r) => r.name)).toEqual(['All actions']);
  });
});

describe('the roll-up figures the Summary view shows', () => {
  it('round as the board paper does, half up: 28.5% is 29%', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Due date', 'Status', 'Confidence'],
      ['1', 'Publish the plan', 'Ann', '31/12/2024', 'On track', '28.5%'],
    ];
    expect(rollupRows(report(rows)).map((r) => r.confidence)).toEqual(['29%']);
  });
});
