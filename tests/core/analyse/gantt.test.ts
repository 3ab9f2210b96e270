import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellRange, CellValue, SheetGrid, Tracker } from '../../../src/core/types';

/*
 * A Gantt chart read as each action's time frame, made visible: the chart's columns listed as
 * read (Tracker.alsoRead, kind 'timeline') though no time frame column is shown, and an action
 * the chart gives no months warned of at its row of the chart, in words that say to mark it.
 */

const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];

function grid(name: string, rows: CellValue[][], merges: CellRange[] = []): SheetGrid {
  return { name, rows, merges, tables: [], hidden: false, protected: false };
}

function analyse(sheet: SheetGrid, asOf: string): Tracker | undefined {
  return analyseWorkbook([sheet], defaultSettings(asOf)).trackers[0];
}

const marked = (mark: CellValue, ...months: string[]): CellValue[] => MONTHS.map((m) => (months.includes(m) ? mark : null));
const undated = (t: Tracker | undefined) => t?.issues.filter((i) => i.code === 'undated').map((i) => [i.cell, i.message]);

describe('an ICS delivery plan: Apr to Mar (D to O) under a merged "2024/25"', () => {
  const rows: CellValue[][] = [
    ['Northshire ICS Joint Forward Plan – delivery plan'],
    ['Ref', 'Action', 'SRO', '2024/25', ...MONTHS.slice(1).map(() => null), 'Update'],
    [null, null, null, ...MONTHS, null],
    ['UEC1', 'Open a same day emergency care unit at the General', 'Chief Operating Officer', ...marked('X', 'Apr', 'May', 'Jun'), 'Complete: unit open since June.'],
    ['UEC2', 'Winter plan signed off by the ICB board', 'Director of Strategy', ...marked('X', 'Oct', 'Nov', 'Dec'), 'On track.'],
    ['PC2', 'Review the GP estates strategy', 'Primary Care Lead', ...marked(null), null],
  ];
  const t = analyse(grid('Delivery plan', rows, [{ top: 1, bottom: 1, left: 3, right: 14 }]), '2024-11-20');

  it('lists the chart\'s columns as read for the time frame, while the sheet\'s columns still show none', () => {
    expect(t?.columns.timeframe).toBeUndefined();
    expect(t?.alsoRead).toEqual(MONTHS.map((_, i) => ({ col: 3 + i, as: 'timeline' })));
  });

  it('warns of an action with no month marked at its row of the chart, saying to mark the months or add a due date column', () => {
    expect(undated(t)).toEqual([
      ['D6', 'No month is marked for this action in the Gantt chart (D6:O6), so it cannot be rated; mark the months it runs in, or add a due date column.'],
    ]);
  });
});

describe('a quarterly plan ticked in the quarters each milestone is worked on', () => {
  const rows: CellValue[][] = [
    ['Elective Recovery Delivery Plan 2025/26'],
    ['No.', 'Milestone', 'Lead', 'Q1', 'Q2', 'Q3', 'Q4', 'Progress'],
    ['1', 'Community diagnostic centre extension live', 'COO', '✓', '✓', null, null, 'Build delayed by the contractor'],
    ['2', 'Validate the 52-week waiting list', 'Head of Access', null, null, null, null, 'Not started'],
  ];
  const t = analyse(grid('ERF', rows), '2025-11-20');

  it('lists the quarters as read for the time frame, and speaks of quarters in the warning', () => {
    expect(t?.alsoRead).toEqual([3, 4, 5, 6].map((col) => ({ col, as: 'timeline' })));
    expect(undated(t)).toEqual([
      ['D4', 'No quarter is marked for this action in the Gantt chart (D4:G4), so it cannot be rated; mark the quarters it runs in, or add a due date column.'],
    ]);
  });
});

describe('a chart the engine does not read as time frames', () => {
  it('lists no chart columns, and warns of a missing date as before, beside a time frame column of its own', () => {
    const rows: CellValue[][] = [
      ['Action', 'Lead', 'Target date', 'Q1', 'Q2', 'Q3', 'Q4', 'Status'],
      ['Open the discharge lounge', 'COO', 'December 2024', null, 'X', 'X', null, 'On track'],
      ['Review the bed model', 'COO', null, null, null, null, null, 'Not started'],
    ];
    const t = analyse(grid('Plan', rows), '2024-11-20');
    expect(t?.columns.timeframe).toBe(2);
    expect(t?.alsoRead.filter((a) => a.as === 'timeline')).toEqual([]);
    expect(undated(t)).toEqual([['C3', 'This action has no time frame, so it cannot be rated; set a date when one is agreed.']]);
  });
});
