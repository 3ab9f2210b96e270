import { findHeader } from '../../../src/core/detect/tracker';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Deliverables', rows, merges: [], tables: [], hidden: false, protected: false });
const date = (iso: string): CellValue => ({ kind: 'date', iso });

// An operational plan's deliverables: each with a metric, its baseline, the target and a trajectory.
const HEADER = ['Workstream', 'Deliverable', 'Metric', 'Baseline', 'Target', 'Trajectory (Sep-24)', 'Lead', 'Due', 'RAG'];
const ROWS: CellValue[][] = [
  ['UEC', 'Improve A&E 4-hour performance', '% seen within 4 hours', 0.71, 0.78, 0.755, 'Chief Operating Officer', date('2025-03-31'), 'A'],
  ['UEC', 'Improve category 2 ambulance response times', 'Mean Cat 2 response (minutes)', 41, 30, 34, 'Chief Operating Officer', date('2025-03-31'), 'A'],
  ['Primary care', 'Improve GP appointment availability', 'Appointments per month', 512000, 545000, 530000, 'Director of Primary Care', date('2025-03-31'), 'G'],
];

describe('a "Target" column of figures is a measure, not a date', () => {
  it('is not reported as a rival of the due date column', () => {
    const found = findHeader(grid([HEADER, ...ROWS]), undefined);
    expect(found?.reading.columns.timeframe).toBe(7);
    expect(found?.reading.duplicates).toEqual([]);
  });

  it('is not read as the time frame when it is the only date-like header', () => {
    const header = HEADER.slice(0, 7);
    const found = findHeader(grid([header, ...ROWS.map((r) => r.slice(0, 7))]), undefined);
    expect(found?.reading.columns.timeframe).toBeUndefined();
    expect(found?.reading.columns.action).toBe(1);
  });

  it('gives way to the date column that lost to it', () => {
    const header = ['Deliverable', 'Target', 'Lead', 'Date'];
    const rows = [header, ['Reduce 65-week waiters', 0, 'COO', date('2024-09-30')], ['Faster diagnosis standard', 0.77, 'Cancer Alliance', date('2025-03-31')]];
    const found = findHeader(grid(rows), undefined);
    expect(found?.reading.columns.timeframe).toBe(3);
    expect(found?.reading.duplicates).toEqual([]);
  });

  it('stays the time frame when it holds dates, typed with or without a date format', () => {
    const header = ['Action', 'Lead', 'Target'];
    const rows = [header, ['Publish the plan', 'Ann', date('2025-01-31')], ['Agree the budget', 'Raj', 45657], ['Recruit', 'Bo', 'End of March']];
    expect(findHeader(grid(rows), undefined)?.reading.columns.timeframe).toBe(2);
  });
});

describe('figures as the sheet shows them', () => {
  it('count as figures when formatted as text ("78%", "13,400")', () => {
    const header = ['Deliverable', 'Baseline', 'Target', 'Lead', 'Due'];
    const rows = [header, ['Improve A&E 4-hour performance', '71%', '78%', 'COO', date('2025-03-31')], ['More GP appointments', '512,000', '545,000', 'Primary care', date('2025-03-31')]];
    const found = findHeader(grid(rows), undefined);
    expect(found?.reading.columns.timeframe).toBe(4);
    expect(found?.reading.duplicates).toEqual([]);
  });

  it('leave a column of years as the time frame', () => {
    const header = ['Action', 'Lead', 'Target'];
    const rows = [header, ['Publish the plan', 'Ann', 2025], ['Agree the budget', 'Raj', '2026']];
    expect(findHeader(grid(rows), undefined)?.reading.columns.timeframe).toBe(2);
  });
});
