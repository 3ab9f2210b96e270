import { readHeader } from '../../../src/core/detect/columns';
import { narrativeColumns } from '../../../src/core/detect/narrative';
import { pairStepDates } from '../../../src/core/detect/stepDates';
import type { CellValue } from '../../../src/core/types';

const read = (rows: CellValue[][]) => narrativeColumns(readHeader(rows[0] ?? []), rows, 0);

describe('pairStepDates: the date column dates the step-like column it lines up with', () => {
  // A CIP scheme tracker: milestones, one per line, dated one per line; a single next step after them.
  const header = ['Ref', 'Scheme', 'SRO', 'Key milestones', 'Milestone date', 'Next steps', 'Latest update'];
  const rows: CellValue[][] = [
    header,
    ['W01', 'Reduce agency nursing', 'Chief Nurse', '1. Price cap live\n2. Off-framework agency stopped\n3. Bank incentive review', '1. Jun 24\n2. Sep 24\n3. Jan 25', 'Review January bank rates', 'Off-framework use stopped.'],
    ['W02', 'Medical e-rostering', 'Medical Director', 'Job plans signed off', 'Oct 24', 'Escalate unsigned job plans', 'Job plans 64% signed off.'],
  ];

  it('takes the milestones as the next steps, not the "Next steps" beside the dates', () => {
    const reading = read(rows);
    expect(reading.columns.next_steps).toBe(3);
    expect(reading.columns.timeframe).toBe(4);
  });

  it('does not report the other step-like column as a rival', () => {
    expect(read(rows).duplicates.filter(([role]) => role === 'next_steps')).toEqual([]);
  });

  it('pairs by the noun the headers share when no cell lists several dates', () => {
    const single = rows.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 3 || c === 4 ? cellOne(v) : v))));
    expect(read(single).columns.next_steps).toBe(3);
  });

  it('pairs by the entries when the date header names no noun', () => {
    const plain = [['Ref', 'Scheme', 'SRO', 'Next steps', 'Due date', 'Key milestones', 'Latest update'], ...rows.slice(1).map((r) => [r[0], r[1], r[2], r[5], r[4], r[3], r[6]] as CellValue[])];
    expect(read(plain).columns.next_steps).toBe(5);
  });

  it('keeps the reading and its warning when nothing tells the two apart', () => {
    const flat: CellValue[][] = [['Action', 'Steps', 'Deadline', 'Next steps', 'Lead'], ['Publish', 'Draft', 'Mar 25', 'Share', 'Ann']];
    const before = readHeader(flat[0] ?? []);
    expect(pairStepDates(before, flat, 0)).toBe(before);
  });

  it('dates an action column listing as many actions as its dates when the headers share "Action"', () => {
    const actions: CellValue[][] = [
      ['Objective', 'Actions', 'Action due date', 'Next steps', 'Lead'],
      ['Safe staffing', '1. Recruit\n2. Train', '1. Jan 25\n2. Mar 25', 'Advert out', 'Ann'],
    ];
    const reading = read(actions);
    expect(reading.columns.action).toBe(1);
    expect(reading.columns.next_steps).toBeUndefined();
  });

  it('leaves next steps beside a single dated action as they are', () => {
    const actions: CellValue[][] = [['Objective', 'Action', 'Action due date', 'Next steps', 'Lead'], ['Safe staffing', 'Recruit', 'Jan 25', '1. Advert\n2. Interview', 'Ann']];
    expect(read(actions).columns.next_steps).toBe(3);
  });
});

function cellOne(v: CellValue): CellValue {
  return typeof v === 'string' ? (v.split('\n')[0] ?? v) : v;
}
