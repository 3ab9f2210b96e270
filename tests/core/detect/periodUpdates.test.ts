import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { periodCellReading, readsAsUpdates } from '../../../src/core/detect/periodReports';
import { findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid, Tracker } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Action plan', rows, merges: [], tables: [], hidden: false, protected: false });
const analyse = (rows: CellValue[][], asOf: string): Tracker | undefined => analyseWorkbook([grid(rows)], defaultSettings(asOf)).trackers[0];

describe('periodCellReading: a period cell as a report of progress or a name of what to deliver', () => {
  it.each([
    ['Down to 4 – ahead of trajectory', 'report'],
    ['9 placements against a trajectory of 6', 'report'],
    ['Audit 70% complete; data validation delayed', 'report'],
    ['18 of 24 wards', 'report'],
    ['Staff consultation under way', 'report'],
    ['Slipped – awaiting funding decision', 'report'],
    ['Extended hours live from 3 Nov. Complete.', 'report'],
    ['Business case approved', 'name'],
    ['Contractor appointed', 'name'],
    ['Go live', 'name'],
    ['Build complete', 'name'],
    ['Green', 'neither'],
    ['X', 'neither'],
  ])('reads "%s" as %s', (text, reading) => {
    expect(periodCellReading(text)).toBe(reading);
  });

  it('leans to updates beside a time frame column of its own, where a third of the cells reporting is enough', () => {
    const rows: CellValue[][] = [['Action', 'Q1', 'Q2', 'Q3'], ['A', 'Contractor appointed', 'Site cleared', 'On track']];
    expect(readsAsUpdates(rows, 0, [1, 2, 3], false)).toBe(false);
    expect(readsAsUpdates(rows, 0, [1, 2, 3], true)).toBe(true);
  });
});

describe('bare quarter columns of reports beside a deadline: the quarterly update history', () => {
  // A quarterly action plan: each quarter's column holds that quarter's update; the deadline is the Deadline column.
  const rows: CellValue[][] = [
    ['Mental Health Improvement Action Plan 2025/26'],
    ['Ref', 'Recommendation action', 'Owner', 'Deadline', 'Q1 (Apr-Jun)', 'Q2 (Jul-Sep)', 'Q3 (Oct-Dec)', 'Q4 (Jan-Mar)', 'RAG'],
    ['1', 'Reduce out-of-area placements to zero', 'Associate Director MH', '31/03/2026', '9 placements against a trajectory of 6', 'Down to 4 – ahead of trajectory', null, null, 'G'],
    ['2', 'Sepsis screening audit in ED', 'Lead Nurse ED', 'Sep 2025', 'Audit tool drafted', 'Audit 70% complete; data validation delayed', null, null, 'A'],
    ['3', 'Discharge lounge extended hours', 'Deputy COO', 'Dec 2025', 'Contractor appointed', 'Staff consultation under way', 'Extended hours live from 3 Nov. Complete.', null, 'B'],
    ['4', 'Crisis line answered within 60 seconds', 'Crisis Service Manager', 'Mar 2026', '61% answered in 60s', '74%', '82% – on track', null, 'G'],
  ];

  it('reads them as dated updates, the latest filled one the status and the RAG beside it, not as milestones due each quarter', () => {
    const reading = findHeader(grid(rows), undefined)?.reading;
    expect([reading?.milestones, reading?.updates, reading?.columns.status, reading?.columns.timeframe]).toEqual([undefined, [4, 5, 6, 7], 4, 3]);
    expect(reading?.extraStatus).toContain(8);
  });

  it('rates each action by its deadline and latest update: no quarter is an overdue step', () => {
    const t = analyse(rows, '2025-11-05');
    expect(t?.actions.map((a) => a.rating)).toEqual(['green', 'red', 'complete', 'green']);
    expect(t?.actions[0]?.nextDue).toBe('2026-03-31');
    expect(t?.actions[1]?.reason).toContain('30 Sep 2025');
    expect(t?.actions.some((a) => a.steps.length > 1)).toBe(false);
  });

  it('still reads quarters of milestone names beside a deadline as milestones', () => {
    const plan: CellValue[][] = [
      ['Ref', 'Deliverable', 'SRO', 'Target date', 'Q1', 'Q2', 'Q3', 'Q4'],
      ['1', 'Open the community diagnostic centre extension', 'COO', 'Mar 2026', 'Business case approved', 'Contractor appointed', 'Build complete', 'CT live'],
      ['2', 'Patient-initiated follow-up in 5 specialties', 'Outpatient Lead', 'Mar 2026', null, 'Two specialties live', null, 'Five specialties live'],
    ];
    const reading = findHeader(grid(plan), undefined)?.reading;
    expect([reading?.milestones?.length, reading?.updates]).toEqual([4, undefined]);
  });
});
