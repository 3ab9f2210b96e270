import { defaultSettings } from '../../../src/core/settings';
import { summaryModel, summaryTables } from '../../../src/core/summary';
import type { Tracker } from '../../../src/core/types';
import { action, smallTracker } from '../output/fixtures';

/*
 * An audit tracker numbers each report's recommendations 1, 2, 3: "2" in the exceptions could be any
 * report's. Where a tracker's refs repeat across its groups, the board paper names the group with the ref.
 */
const settings = { ...defaultSettings('2025-12-01'), nextMeeting: { date: '2026-01-15', name: 'Audit and Risk Committee January 2026' } };
const rec = (row: number, ref: string, objective: string, rating: 'red' | 'amber' | 'green', ambition: string | null = null) =>
  action({ row, rows: [row], ref, objective, ambition, rating, focus: 'update_due', nextDue: '2025-12-15' });

function tracker(actions: Tracker['actions']): Tracker {
  return { ...smallTracker(), actions };
}

const refs = (t: Tracker) => {
  const tables = summaryTables(summaryModel([t], settings));
  return [tables.exceptions.rows.map((r) => r.cells[0]?.text), tables.due.rows.map((r) => r.cells[0]?.text)];
};

describe('refs in the exceptions and due lists', () => {
  it('are named with their group where they repeat across the groups of one tracker', () => {
    const audit = tracker([rec(5, '1', 'Payroll (RA-2526-06)', 'red'), rec(6, '2', 'Payroll (RA-2526-06)', 'amber'), rec(7, '1', 'Business Continuity', 'amber')]);
    const named = ['Payroll (RA-2526-06): 1', 'Payroll (RA-2526-06): 2', 'Business Continuity: 1'];
    expect(refs(audit)).toEqual([named, named]);
    // Refs that each name one action stand alone.
    expect(refs(tracker([rec(5, 'MD1', 'Must do', 'red'), rec(6, 'SD1', 'Should do', 'amber')]))[0]).toEqual(['MD1', 'SD1']);
  });

  it('are named with the ambition where they start again under each ambition of one objective', () => {
    const plan = tracker([rec(5, '1', 'Safe', 'red', 'Sepsis'), rec(6, '1', 'Safe', 'red', 'Falls')]);
    expect(refs(plan)[0]).toEqual(['Sepsis: 1', 'Falls: 1']);
  });
});
