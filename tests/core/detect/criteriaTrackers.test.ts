import { findHeader } from '../../../src/core/detect/tracker';
import { figure } from '../../../src/core/detect/measures';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Exit criteria', rows, merges: [], tables: [], hidden: false, protected: false });
const date = (iso: string): CellValue => ({ kind: 'date', iso });

// A recovery programme's exit criteria: each with its metric, where it stands, the target value and a forecast date.
const HEADER = ['Ref', 'Exit criterion', 'Metric', 'Current position', 'Target', 'SRO', 'Forecast date', 'RAG', 'Commentary'];
const ROWS: CellValue[][] = [
  ['1.1', 'Agency spend below 3.2% of pay bill', 'Agency % of pay', '3.0%', '<3.2%', 'Chief People Officer', date('2027-03-31'), 'Green', 'Met for 5 consecutive months'],
  ['1.2', 'ED 4-hour performance at 78%', '% within 4h', '74.6% (Oct)', '78%', 'Chief Operating Officer', 'March 2027', 'Amber', 'Evidence submitted to NHSE in September'],
  ['1.3', 'Eliminate 65-week waits', 'No. of 65+ week waiters', 37, 0, 'Chief Operating Officer', date('2026-09-30'), 'Red', 'Missed September target'],
  ['1.4', 'Freedom to Speak Up recommendations in place', 'Recs implemented', '6 of 8', '8 of 8', 'Director of Corporate Affairs', date('2026-11-27'), 'Green', 'Two left, due at November Board'],
  ['1.5', 'Board-approved improvement plan', 'Plan approved', 'Approved by Board July 2026', 'Approved', 'Chief Executive', date('2026-07-31'), 'Complete', 'Signed off at July Board'],
];

describe('a criteria tracker names its rated items "Exit criterion"', () => {
  it('reads the criterion as the action where no column names one', () => {
    expect(findHeader(grid([HEADER, ...ROWS]), undefined)?.reading.columns.action).toBe(1);
  });

  it('reads "Criteria" the same, and a plain "Action" column beside it still wins', () => {
    expect(findHeader(grid([['Ref', 'Criteria', 'Lead', 'Due date'], ['1', 'Plan approved', 'CEO', date('2026-07-31')]]), undefined)?.reading.columns.action).toBe(1);
    expect(findHeader(grid([['Ref', 'Criterion', 'Action', 'Lead'], ['1', 'Plan approved', 'Take plan to Board', 'CEO']]), undefined)?.reading.columns.action).toBe(2);
  });

  it('leaves a CQC requirement beside its "Actions to be taken" as it was', () => {
    const header = ['Ref', 'Requirement (CQC report wording)', 'Actions to be taken', 'Lead', 'Due date'];
    const found = findHeader(grid([header, ['MD1', 'The trust must ensure…', 'Audit monthly', 'Chief Nurse', date('2026-12-31')]]), undefined);
    expect(found?.reading.columns.action).toBe(2);
  });
});

describe('performance columns are measures, not dates or updates', () => {
  const found = findHeader(grid([HEADER, ...ROWS]), undefined);

  it('does not read a "Current position" of figures as the status: the commentary is', () => {
    expect(found?.reading.columns.status).toBe(8);
    expect(found?.reading.extraStatus).toEqual([7]);
  });

  it('does not read a "Target" of values and thresholds as the time frame', () => {
    expect(found?.reading.columns.timeframe).not.toBe(4);
  });

  it('reads the forecast date as the deadline, not as a revision of the target', () => {
    expect(found?.reading.columns.timeframe).toBe(6);
    expect(found?.reading.revisedTimeframe).toBeUndefined();
  });

  it('keeps a lone status column of percentages as it was', () => {
    const lone = findHeader(grid([['Action', 'Lead', 'Status'], ['Publish', 'Ann', '50%'], ['Train', 'Bob', '100%']]), undefined);
    expect(lone?.reading.columns.status).toBe(2);
  });

  it('takes thresholds, counts of a whole and a noted month as figures, but not years or words', () => {
    expect(['<3.2%', '≥ 95%', '6 of 8', '74.6% (Oct)', 37].map(figure)).toEqual([true, true, true, true, true]);
    expect(['2026', 'Approved', 'Q4 2026/27', 'March 2027'].map(figure)).toEqual([false, false, false, false]);
  });
});

describe('a column naming the part of the service groups the actions', () => {
  it.each(['Tumour site', 'Specialty', 'Service line', 'Care group', 'Pathway'])('reads "%s" as the objective', (head) => {
    const rows: CellValue[][] = [
      [head, 'Ref', 'Action', 'Owner', 'Milestone date', 'Status'],
      ['Lower GI', 'LGI1', 'Roll out FIT triage', 'Clinical Lead', date('2026-06-30'), 'Complete'],
      ['Lower GI', 'LGI2', 'Add CT colonography capacity', 'CDC Manager', 'Oct-26', 'On track'],
      ['Urology', 'URO1', 'MRI-first prostate pathway', 'CNS Lead', 'Q2 2026/27', 'Green'],
    ];
    expect(findHeader(grid(rows), undefined)?.reading.columns.objective).toBe(0);
  });

  it('does not read a "Pathway milestone" or "Specialty lead" as a group', () => {
    const found = findHeader(grid([['Action', 'Specialty lead', 'Pathway milestone date'], ['Publish', 'Ann', date('2026-06-30')]]), undefined);
    expect(found?.reading.columns.objective).toBeUndefined();
  });
});
