import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { barePeriod } from '../../../src/core/detect/periods';
import { findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellRange, CellValue, SheetGrid, Tracker } from '../../../src/core/types';

const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
const grid = (rows: CellValue[][], merges: CellRange[] = []): SheetGrid => ({ name: 'Delivery plan', rows, merges, tables: [], hidden: false, protected: false });
const analyse = (rows: CellValue[][], asOf: string, merges: CellRange[] = []): Tracker | undefined => analyseWorkbook([grid(rows, merges)], defaultSettings(asOf)).trackers[0];
const steps = (t: Tracker | undefined, i: number) => t?.actions[i]?.steps.map((s) => [s.text, s.timeframeText, s.timeframe.end]);
const codes = (t: Tracker | undefined) => t?.issues.map((i) => i.code);

describe('barePeriod: a header that is a period and nothing else', () => {
  it.each([
    ['Q1', 'Q1'],
    ['Q3 (Oct-Dec)', 'Q3'],
    ['Quarter 2 2025/26', 'Quarter 2 2025/26'],
    ['Apr-24', 'Apr-24'],
    ['Jan 2024/25', 'Jan 2025'],
    ['2024-09-01', 'Sep 2024'],
    ['M7', 'M7'],
  ])('reads "%s" as %s', (header, period) => {
    expect(barePeriod(header)?.text).toBe(period);
  });

  it.each(['Action', 'Q1 update', 'Q1 milestone', 'Apr-Jun', 'May we'])('reads "%s" as no bare period', (header) => {
    expect(barePeriod(header)).toBeNull();
  });
});

describe('a delivery plan with a column per quarter holding each quarter\'s milestone', () => {
  const rows: CellValue[][] = [
    ['Elective Recovery Delivery Plan 2025/26'],
    ['Ref', 'Deliverable', 'SRO', 'Q1', 'Q2', 'Q3', 'Q4', 'RAG', 'Update'],
    ['ER1', 'Open the community diagnostic centre extension', 'COO', 'Business case approved', 'Build complete', 'CT live', null, 'G', 'Build complete in September.'],
    ['ER2', 'Patient-initiated follow-up in 5 specialties', 'Outpatient Lead', null, 'Two specialties live', null, 'Five specialties live', 'A', 'Dermatology delayed.'],
  ];

  it('makes each milestone a step due by the end of its quarter of the plan\'s year, with no missing time frame warned, but no quarter\'s status or account of progress', () => {
    const t = analyse(rows, '2025-11-20');
    expect(steps(t, 1)).toEqual([
      ['Two specialties live', 'Q2 2025/26', '2025-09-30'],
      ['Five specialties live', 'Q4 2025/26', '2026-03-31'],
    ]);
    expect(t?.alsoRead.filter((a) => a.as === 'milestone').map((a) => a.col)).toEqual([3, 4, 5, 6]);
    expect(codes(t)).not.toContain('missing_timeframe');
    const accounts: CellValue[][] = [rows[1] ?? [], ['ER1', 'Open the CDC extension', 'COO', 'Business case approved by the Board in May. Procurement started.', 'Contractor appointed and the site cleared for the new scanner in August.']];
    expect(findHeader(grid(accounts), undefined)?.reading.milestones).toBeUndefined();
    const monthly: CellValue[][] = [rows[1] ?? [], ['ER1', 'Open the CDC extension', 'COO', 'Green', 'Amber', 'Complete', null]];
    expect(findHeader(grid(monthly), undefined)?.reading.milestones).toBeUndefined();
  });

  it('reads the quarters under a merged "2025/26" over a second header row the same way', () => {
    const twoRow: CellValue[][] = [rows[0] ?? [], ['Ref', 'Deliverable', 'SRO', '2025/26', null, null, null, 'RAG', 'Update'], [null, null, null, 'Q1', 'Q2', 'Q3', 'Q4', null, null], ...rows.slice(2)];
    const t = analyse(twoRow, '2025-11-20', [{ top: 1, bottom: 1, left: 3, right: 6 }]);
    expect(steps(t, 1)?.map((s) => s[2])).toEqual(['2025-09-30', '2026-03-31']);
    expect(t?.actions.map((a) => a.row)).toEqual([4, 5]);
    expect(codes(t)).toEqual([]);
  });

  it('keeps reading them once the columns are confirmed', () => {
    const confirmed = { headerRow: 2, columns: { ref: 'A', action: 'B', lead: 'C', status: 'I' } };
    expect(findHeader(grid(rows), confirmed)?.reading.milestones?.map((m) => m.col)).toEqual([3, 4, 5, 6]);
  });
});

describe('a plan with a column per month, Apr to Mar, holding what is due that month', () => {
  it('dates each month in the plan\'s financial year: January of 2024/25 is January 2025', () => {
    const rows: CellValue[][] = [
      ['Urgent and Emergency Care Improvement Plan 2024/25'],
      ['No.', 'Action', 'Lead', ...MONTHS, 'Update'],
      ['2', 'Virtual ward for frailty', 'Frailty Lead', null, null, null, null, null, null, 'Recruit', null, 'Launch', 'Evaluate', null, null, 'Recruiting.'],
    ];
    expect(steps(analyse(rows, '2024-11-20'), 0)).toEqual([
      ['Recruit', 'Oct 2024', '2024-10-31'],
      ['Launch', 'Dec 2024', '2024-12-31'],
      ['Evaluate', 'Jan 2025', '2025-01-31'],
    ]);
  });

  it('reads months in calendar order by their names alone, never with a financial year that would make each the whole year', () => {
    const rows: CellValue[][] = [['EPR programme 2024/25'], ['No.', 'Action', 'Lead', 'Jan', 'Feb', 'Mar', 'Apr', 'Update'], ['1', 'EPR go-live', 'CCIO', 'Build', null, 'Test', 'Go live', 'Testing.']];
    expect(steps(analyse(rows, '2025-02-10'), 0)).toEqual([
      ['Build', 'Jan', '2025-01-31'],
      ['Test', 'Mar', '2025-03-31'],
      ['Go live', 'Apr', '2025-04-30'],
    ]);
  });
});

describe('a Gantt chart of marks beside the actions', () => {
  const header = ['No.', 'Action', 'Lead', ...MONTHS, 'RAG', 'Update'];
  const row: CellValue[] = ['1', 'Open a same day emergency care unit', 'Clinical Director ED', 'X', 'X', 'X', null, null, null, null, null, null, null, null, null, 'G', 'Open since June.'];

  it('reads no mark as a milestone, but the months marked as the action\'s time frame, with no time frame column missing; beside a due date, leaves it alone', () => {
    const t = analyse([header, row], '2024-12-10');
    expect(t?.actions[0]?.steps.map((s) => [s.text, s.timeframe.end])).toEqual([['Open a same day emergency care unit', '2024-06-30']]);
    expect(codes(t)).not.toContain('missing_timeframe');
    const dated = analyse([['No.', 'Action', 'Lead', 'Due date', ...MONTHS, 'Update'], ['1', 'Open SDEC', 'CD ED', { kind: 'date', iso: '2024-06-30' }, 'X', 'X', 'X', ...MONTHS.slice(3).map(() => null), 'Complete']], '2024-12-10');
    expect([dated?.actions[0]?.rating, codes(dated)]).toEqual(['complete', []]);
  });

  it('says the timeline is why no deadline could be read of a chart shaded by hand, whose cells are blank, and reads the marks of months under a merged "Timescale 2024/25" in that year', () => {
    const shaded = analyse([header, row.map((v) => (v === 'X' ? null : v))], '2024-12-10');
    expect(shaded?.issues.find((i) => i.code === 'missing_timeframe')?.message).toMatch(/columns D1:O1 \(Apr to Mar\) mark when each action runs/);
    const twoRow = analyse([['No.', 'Action', 'Lead', 'Timescale 2024/25', ...MONTHS.slice(1).map(() => null), 'RAG', 'Update'], [null, null, null, ...MONTHS, null, null], row], '2024-12-10');
    // Changed on purpose: the lead's "G" on an action its dates make Red (due Jun, open in December) is pointed out at the RAG cell.
    expect(codes(twoRow)).toEqual(['rating_conflict']);
    expect(twoRow?.actions[0]?.steps.map((s) => s.timeframeText)).toEqual(['Apr 2024 to Jun 2024']);
  });
});
