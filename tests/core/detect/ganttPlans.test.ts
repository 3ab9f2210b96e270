import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import type { CellRange, CellValue, SheetGrid, Tracker } from '../../../src/core/types';

/*
 * Delivery plans laid out as Gantt charts, read end to end: on a sheet with no time frame column,
 * each action's marked months (or quarters) are its time frame (SPEC 3, a range due at its end),
 * rated as any typed time frame is (SPEC 5), and no user cell is changed (SPEC 1).
 */

const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
const date = (iso: string): CellValue => ({ kind: 'date', iso });

function grid(name: string, rows: CellValue[][], merges: CellRange[] = []): SheetGrid {
  return { name, rows, merges, tables: [], hidden: false, protected: false };
}

function analyse(sheet: SheetGrid, asOf: string, settings: Partial<Settings> = {}): Tracker | undefined {
  return analyseWorkbook([sheet], { ...defaultSettings(asOf), ...settings }).trackers[0];
}

/** A row's marks in the months named ("Apr", "May"), blank elsewhere. */
const marked = (mark: CellValue, ...months: string[]): CellValue[] => MONTHS.map((m) => (months.includes(m) ? mark : null));
const byRef = (t: Tracker | undefined) => t?.actions.map((a) => [a.ref, a.rating, a.steps[0]?.timeframeText ?? null, a.steps[0]?.timeframe.end ?? null]);
const codes = (t: Tracker | undefined) => t?.issues.map((i) => i.code);

describe('an ICS delivery plan: Apr to Mar under a merged "2024/25", an X in each month an action runs', () => {
  const rows: CellValue[][] = [
    ['Northshire ICS Joint Forward Plan – delivery plan'],
    ['Ref', 'Action', 'SRO', '2024/25', ...MONTHS.slice(1).map(() => null), 'Update'],
    [null, null, null, ...MONTHS, null],
    ['UEC1', 'Open a same day emergency care unit at the General', 'Chief Operating Officer', ...marked('X', 'Apr', 'May', 'Jun'), 'Complete: unit open since June.'],
    ['UEC2', 'Virtual ward for frailty: 40 beds', 'Director of Community Services', ...marked('X', 'Apr', 'May', 'Jun'), 'Recruitment behind plan.'],
    ['UEC3', 'Winter plan signed off by the ICB board', 'Director of Strategy', ...marked('X', 'Oct', 'Nov', 'Dec'), 'On track.'],
    ['PC1', 'Extend the enhanced access hubs to Saturdays', 'Primary Care Lead', ...marked('X', 'Sep', 'Nov'), null],
    ['PC2', 'Review the GP estates strategy', 'Primary Care Lead', ...marked(null), null],
  ];
  const sheet = grid('Delivery plan', rows, [{ top: 1, bottom: 1, left: 3, right: 14 }]);
  const t = analyse(sheet, '2024-11-20');

  it('rates each action by the end of its last marked month of 2024/25, over gaps, and leaves an action with no marks unrated', () => {
    expect(byRef(t)).toEqual([
      ['UEC1', 'complete', 'Apr 2024 to Jun 2024', '2024-06-30'],
      ['UEC2', 'red', 'Apr 2024 to Jun 2024', '2024-06-30'],
      ['UEC3', 'green', 'Oct 2024 to Dec 2024', '2024-12-31'],
      ['PC1', 'amber', 'Sep 2024 to Nov 2024', '2024-11-30'],
      ['PC2', 'not_rated', null, null],
    ]);
  });

  it('explains each rating by the date the chart gives, in words a board reads', () => {
    expect(t?.actions[1]?.reason).toMatch(/was due 30 Jun 2024 and is 143 days overdue/);
    expect(t?.actions[2]?.reason).toMatch(/due in 41 days \(31 Dec 2024\)/);
    expect(t?.actions[3]?.reason).toMatch(/due in 10 days \(30 Nov 2024\) and no update says it is under way/);
  });

  it('warns of no missing time frame, only of the action the chart gives no months, and keeps the time frame out of the sheet\'s columns', () => {
    expect(codes(t)).toEqual(['undated']);
    expect(t?.issues[0]?.cell).toBe('D8');
    expect(t?.columns).toEqual({ ref: 0, action: 1, lead: 2, status: 15 });
  });

  it('writes its RAG columns right of the chart and the update, and changes no cell of the sheet', () => {
    expect(t?.outputColumns.RAG).toBe(16);
    const before = JSON.stringify(rows);
    analyse(sheet, '2024-11-20');
    expect(JSON.stringify(sheet.rows)).toBe(before);
  });
});

describe('a quarterly plan ticked in the quarters each milestone is worked on', () => {
  const rows: CellValue[][] = [
    ['Elective Recovery Delivery Plan 2025/26'],
    ['No.', 'Milestone', 'Lead', 'Q1', 'Q2', 'Q3', 'Q4', 'Progress'],
    ['1', 'Community diagnostic centre extension live', 'COO', '✓', '✓', null, null, 'Build delayed by the contractor'],
    ['2', 'Patient-initiated follow-up in 5 specialties', 'Outpatient Lead', null, null, '✓', '✓', 'Two specialties live'],
    ['3', 'Validate the 52-week waiting list', 'Head of Access', null, '✓', null, null, 'Complete'],
  ];

  it('dates each by the end of its last ticked quarter of the plan\'s year', () => {
    expect(byRef(analyse(grid('ERF', rows), '2025-11-20'))).toEqual([
      ['1', 'red', 'Q1 2025/26 to Q2 2025/26', '2025-09-30'],
      ['2', 'green', 'Q3 2025/26 to Q4 2025/26', '2026-03-31'],
      ['3', 'complete', 'Q2 2025/26', '2025-09-30'],
    ]);
  });

  it('reads the quarters of the as-of date\'s financial year when the plan names none, as a typed "Q2" is read', () => {
    const untitled = rows.slice(1);
    expect(byRef(analyse(grid('Plan', untitled), '2025-11-20'))?.map((r) => r[3])).toEqual(['2025-09-30', '2026-03-31', '2025-09-30']);
  });
});

describe('a plan of checkboxes, one a month, mostly unticked', () => {
  it('reads the ticked months as the time frame, an unticked box as a blank', () => {
    const rows: CellValue[][] = [
      ['Action', 'Lead', ...MONTHS, 'Status'],
      ['Recruit two frailty consultants', 'Clinical Director', ...MONTHS.map((m) => ['Apr', 'May', 'Jun'].includes(m)), 'In progress'],
      ['Open the frailty assessment unit', 'Clinical Director', ...MONTHS.map((m) => m === 'Dec'), 'On track'],
    ];
    const t = analyse(grid('Frailty 2024/25', rows), '2024-11-20');
    expect(byRef(t)?.map((r) => r.slice(1))).toEqual([
      ['red', 'Apr 2024 to Jun 2024', '2024-06-30'],
      ['green', 'Dec 2024', '2024-12-31'],
    ]);
    expect(codes(t)).toEqual([]);
  });
});

describe('a plan whose months are date cells', () => {
  const rows: CellValue[][] = [
    ['Ref', 'Action', 'Owner', ...['2024-10-01', '2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01', '2025-03-01'].map(date), 'Comments'],
    ['D1', 'Replace the PAS', 'CIO', 'X', 'X', 'X', 'X', 'X', 'X', 'Go-live agreed for March'],
    ['D2', 'Switch off the fax machines', 'CIO', 'X', 'X', null, null, null, null, null],
  ];

  it('reads each month as the calendar month its date cell is in, whatever the as-of date\'s year', () => {
    expect(byRef(analyse(grid('Digital', rows), '2024-11-20'))).toEqual([
      ['D1', 'green', 'Oct 2024 to Mar 2025', '2025-03-31'],
      ['D2', 'amber', 'Oct 2024 to Nov 2024', '2024-11-30'],
    ]);
    expect(byRef(analyse(grid('Digital', rows), '2025-06-02'))?.map((r) => r[1])).toEqual(['red', 'red']);
  });
});

describe('a plan of months Apr to Mar that names no year', () => {
  const rows: CellValue[][] = [
    ['Action', 'Lead', ...MONTHS, 'Status'],
    ['Recruit two frailty consultants', 'Clinical Director', ...marked('X', 'Apr', 'May', 'Jun'), 'In progress'],
    ['Open the frailty assessment unit', 'Clinical Director', ...marked('X', 'Jan', 'Feb', 'Mar'), 'On track'],
  ];

  it('reads the months in the financial year of the as-of date, as month columns of milestones are', () => {
    expect(byRef(analyse(grid('Frailty', rows), '2024-11-20'))?.map((r) => [r[1], r[3]])).toEqual([
      ['red', '2024-06-30'],
      ['green', '2025-03-31'],
    ]);
  });
});

describe('a Gantt chart beside a time frame of the sheet\'s own', () => {
  it('stays unread: the due date rates the action, as before', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Due date', ...MONTHS, 'Status'],
      ['1', 'Open SDEC', 'CD ED', date('2025-03-31'), ...marked('X', 'Apr', 'May', 'Jun'), 'In progress'],
    ];
    const t = analyse(grid('Plan', rows), '2024-11-20');
    expect(byRef(t)).toEqual([['1', 'green', '2025-03-31', '2025-03-31']]);
    expect(codes(t)).toEqual([]);
  });

  it('is read when the confirmed mapping gives no time frame column, and stays unread once it maps one', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', ...MONTHS, 'Comments', 'Status'],
      ['1', 'Open SDEC', 'CD ED', ...marked('X', 'Apr', 'May', 'Jun'), 'End of March 2025', 'In progress'],
    ];
    const mapped = (columns: Record<string, string>): Tracker | undefined => analyse(grid('Plan', rows), '2024-11-20', { mapping: { Plan: { headerRow: 1, columns } } });
    expect(byRef(mapped({ ref: 'A', action: 'B', lead: 'C', timeframe: 'P', status: 'Q' }))).toEqual([['1', 'green', 'End of March 2025', '2025-03-31']]);
    expect(byRef(mapped({ ref: 'A', action: 'B', lead: 'C', status: 'Q' }))).toEqual([['1', 'red', 'Month 1 to Month 3', '2024-06-30']]);
  });
});

describe('a Gantt chart shaded by hand, its cells blank', () => {
  it('still says the chart is why no deadline could be read', () => {
    const rows: CellValue[][] = [['Action', 'Lead', ...MONTHS, 'Status'], ['Open SDEC', 'CD ED', ...marked(null), 'In progress']];
    const t = analyse(grid('Plan', rows), '2024-11-20');
    expect(t?.actions[0]?.rating).toBe('not_rated');
    expect(t?.issues.find((i) => i.code === 'missing_timeframe')?.message).toMatch(/columns C1:N1 \(Apr to Mar\) mark when each action runs/);
  });
});
