import { defaultSettings } from '../../../src/core/settings';
import { summaryModel, summaryTables } from '../../../src/core/summary';
import type { Tracker } from '../../../src/core/types';
import { action, smallTracker } from '../output/fixtures';
import { Work } from '../../../src/core/chunks';
import { actionGroups, actionGroupsInChunks } from '../../../src/core/summary/same-text';

/*
 * A plan that sets every PCN the same actions lists each once per PCN: in the exceptions, identical
 * lines with blank refs told the board nothing about where. Each is named with the group that tells it apart.
 */
const settings = { ...defaultSettings('2024-12-20'), nextMeeting: { date: '2025-01-09', name: 'Primary Care Board' } };
const CBT = 'All practices live on CBT (Digital Telephony)';
const act = (row: number, text: string, objective: string | null, ambition: string | null = null, ref: string | null = null) =>
  action({ row, rows: [row], ref, action: text, objective, ambition, rating: 'red', focus: 'update_due', nextDue: '2024-09-30' });

const tracker = (actions: Tracker['actions'], sheet = 'PCARP tracker'): Tracker => ({ ...smallTracker(), sheet, actions });

const listed = (trackers: Tracker[]) => {
  const tables = summaryTables(summaryModel(trackers, settings));
  const at = tables.exceptions.headers.indexOf('Action');
  return [tables.exceptions.rows.map((r) => r.cells[at]?.text), tables.due.rows.map((r) => r.cells[at]?.text)];
};

describe('actions listed with the same words', () => {
  it('are each named with their group, in the exceptions and in the due list; an action of its own words is not', () => {
    const plan = tracker([act(10, CBT, 'North PCN'), act(13, 'Increase Pharmacy First referrals', 'North PCN'), act(20, CBT, 'South PCN')]);
    const named = [`${CBT} (North PCN)`, 'Increase Pharmacy First referrals', `${CBT} (South PCN)`];
    expect(listed([plan])).toEqual([named, named]);
    // The Ref column still finds the row.
    expect(summaryTables(summaryModel([plan], settings)).exceptions.rows.map((r) => r.cells[0]?.text)).toEqual(['Row 10', 'Row 13', 'Row 20']);
  });

  it('are named with the ambition where they share an objective', () => {
    expect(listed([tracker([act(5, CBT, 'Access', 'North PCN'), act(6, CBT, 'Access', 'South PCN')])])[0]).toEqual([`${CBT} (North PCN)`, `${CBT} (South PCN)`]);
  });

  it('are left alone where no group tells them apart, or the Source column already does', () => {
    expect(listed([tracker([act(5, CBT, 'North PCN'), act(6, CBT, 'North PCN')])])[0]).toEqual([CBT, CBT]);
    expect(listed([tracker([act(5, CBT, 'North PCN')], 'North'), tracker([act(5, CBT, 'South PCN')], 'South')])[0]).toEqual([CBT, CBT]);
  });

  it('are not named again with a group their ref already shows', () => {
    const audit = tracker([act(5, 'Review the policy', 'Payroll', null, '1'), act(6, 'Review the policy', 'Pensions', null, '1')]);
    const tables = summaryTables(summaryModel([audit], settings));
    expect(tables.exceptions.rows.map((r) => [r.cells[0]?.text, r.cells[1]?.text])).toEqual([
      ['Payroll: 1', 'Review the policy'],
      ['Pensions: 1', 'Review the policy'],
    ]);
  });

  it('are read alike whatever their spacing and case, and a blank action shows its group alone', () => {
    expect(listed([tracker([act(5, CBT, 'North PCN'), act(6, ` ${CBT.toUpperCase()}\n`, 'South PCN')])])[0]).toEqual([`${CBT} (North PCN)`, ` ${CBT.toUpperCase()} (South PCN)`]);
    expect(listed([tracker([act(5, '', 'North PCN'), act(6, '', 'South PCN')])])[0]).toEqual(['North PCN', 'South PCN']);
  });
});

describe('actionGroupsInChunks: a long list named a stretch at a time (SPEC 10)', () => {
  it('pauses within the bound it is given and names the rows as the whole pass does', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ source: null, action: i % 2 === 0 ? CBT : `Action ${i}`, group: null }));
    const actions = rows.map((_, i) => ({ objective: `PCN ${i}`, ambition: null }));
    const chunks = actionGroupsInChunks(rows, actions, new Work(5));
    let pauses = 0;
    let step = chunks.next();
    for (; step.done !== true; step = chunks.next()) {
      // A repeat's row counts 2 (its group is worked out): a stretch may end one row's work past the bound.
      expect(step.value).toBeLessThanOrEqual(6);
      pauses += 1;
    }
    expect(pauses).toBeGreaterThan(5);
    expect(step.value).toEqual(actionGroups(rows, actions));
    expect(step.value[0]).toBe('PCN 0');
    expect(step.value[1]).toBeNull();
  });
});
