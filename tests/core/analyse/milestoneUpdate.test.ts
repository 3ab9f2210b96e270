import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { Action, CellValue } from '../../../src/core/types';

/*
 * A Green Plan delivery plan: a milestone per financial year in its own column, then one update,
 * one lead RAG and one "% complete" for the row. SPEC 2.3 gives the one update to every step, but
 * the update is the lead's account of the plan as it stands, not of each milestone:
 * - an update that reads complete ("Feasibility complete. Design team appointed.") has finished
 *   the milestones already due; a milestone whose year has not ended is under way or not yet due,
 *   so the row is not Complete (and its 35% complete says as much);
 * - an update at risk ("5 sites slipping to Q1 27/28") speaks of what is left: a past milestone
 *   missed would have been reported missed or off track, so the past ones count as met and the
 *   row is Amber, not Red for a milestone passed in March. An update off track, or one naming the
 *   past milestone's year as missed, keeps it open and overdue.
 */

const TOP = ['', '', '', 'Milestones', 'Milestones', 'Milestones'];
const HEADER = ['Ref', 'Action', 'Lead', '2025/26', '2026/27', '2027/28', 'Q3 update', 'RAG', '% complete'];

function plan(rows: CellValue[][]): Action[] {
  const grid = { name: 'Delivery Plan', rows: [['Green Plan 2025–2028: Delivery Plan'], TOP, HEADER, ...rows], merges: [], tables: [], hidden: false, protected: false };
  return analyseWorkbook([grid], defaultSettings('2026-12-07')).trackers[0]?.actions ?? [];
}

const BOILERS = ['E1', 'Replace steam boilers with heat pumps', 'Head of Estates', 'Feasibility study & PSDS bid', 'PSDS funding secured; detailed design', 'Installation & commissioning', 'Feasibility complete. PSDS bid successful (£4.2m) Oct 26. Design team appointed.', 'G', 0.35];
const LED = ['E2', 'LED lighting across all sites', 'Energy Manager', 'Phase 1 – Main site', 'Phase 2 – community sites', null, 'Phase 1 complete. Phase 2: 6 of 11 sites done; contractor capacity issue – 5 sites slipping to Q1 27/28.', 'A', 0.7];
const FLEET = ['T1', 'Transition Trust fleet to ZEV', 'Transport Manager', '25% of fleet ZEV', '50% of fleet ZEV', '90% of fleet ZEV', 'Fleet at 31% ZEV (Nov). Lease renewals for 12 vans delayed by supplier – forecast 42% by March.', 'A', 0.31];
const INHALERS = ['M2', 'Switch to low-carbon inhalers', 'Chief Pharmacist', 'Baseline audit', 'DPI prescribing ≥50%', 'DPI prescribing ≥70%', 'DPI share 38% (Q2) against 50% target. Engagement sessions planned Jan.', 'A', 0.4];
const CHARGERS = ['T2', 'Install EV charging points', 'Head of Estates', 'Business case approved', '40 charge points live', null, 'Business case not yet written – capacity in estates team.', 'R', 0];
const PRINT = ['D1', 'Reduce printing by 30%', 'Digital Lead', 'Print baseline', 'Follow-Me printing rollout', '30% reduction', '2025/26 baseline still outstanding; rollout slipping to Q1 27/28.', 'A', 0.3];
const RENEWABLE = ['E3', 'Renewable electricity contract', 'Head of Procurement', 'Contract signed', 'Contract live', null, 'Complete – REGO-backed contract from 01/04/26.', 'B', 1];

const byRef = (actions: Action[], ref: string): Action | undefined => actions.find((a) => a.ref === ref);

describe('a milestone plan whose one update reads complete', () => {
  const actions = plan([BOILERS, RENEWABLE]);

  it('closes the milestones already due; those whose year has not ended stay open', () => {
    const boilers = byRef(actions, 'E1');
    expect(boilers?.steps.map((s) => s.status)).toEqual(['complete', 'on_track', 'on_track']);
    expect(boilers?.rating).toBe('green');
    expect(boilers?.focus).toBe('next_step');
    expect(boilers?.reason).toMatch(/^Green: step 2 of 3 "PSDS funding secured; detailed design" is due .*31 Mar 2027/);
  });

  it('gives no warning: the lead\'s Green agrees with a plan under way', () => {
    const grid = { name: 'Delivery Plan', rows: [['Green Plan'], TOP, HEADER, BOILERS, RENEWABLE], merges: [], tables: [], hidden: false, protected: false };
    const issues = analyseWorkbook([grid], defaultSettings('2026-12-07')).trackers[0]?.issues ?? [];
    expect(issues.filter((i) => i.cell?.endsWith('4') === true).map((i) => i.code)).toEqual([]);
  });

  it('is Complete when the lead marks it Blue or its % complete is 100', () => {
    expect(byRef(actions, 'E3')?.rating).toBe('complete');
  });

  it('is Complete when the update is a closure alone ("Complete", "Closed"): the lead closes the row', () => {
    const closed = plan([['E4', 'Boiler controls', 'Head of Estates', 'Survey', 'Install', null, 'Complete', null, null], ['E5', 'Pipe lagging', 'Head of Estates', 'Survey', 'Install', null, 'Closed', null, null]]);
    expect(closed.map((a) => a.rating)).toEqual(['complete', 'complete']);
  });
});

describe('a milestone plan whose one update is at risk', () => {
  const actions = plan([LED, FLEET, INHALERS, CHARGERS, PRINT]);

  it.each([
    ['the update reports slippage of what is left', 'E2', /^Amber: step 2 of 2 "Phase 2 – community sites" is reported as delayed or at risk \(due 31 Mar 2027\)/],
    ['the update reports a delay and a forecast short of the next milestone', 'T1', /^Amber: step 2 of 3 "50% of fleet ZEV"/],
    ['the lead rates Amber an update short of its target', 'M2', /^Amber: step 2 of 3 "DPI prescribing ≥50%"/],
  ])('counts its past milestones met when %s: Amber, not Red', (_why, ref, reason) => {
    const action = byRef(actions, ref);
    expect(action?.steps[0]?.status).toBe('complete');
    expect(action?.rating).toBe('amber');
    expect(action?.focus).toBe('next_step');
    expect(action?.reason).toMatch(reason);
  });

  it('keeps a past milestone open and overdue when the lead says off track', () => {
    expect(byRef(actions, 'T2')?.rating).toBe('red');
    expect(byRef(actions, 'T2')?.reason).toMatch(/^Red: step 1 of 2 "Business case approved" .*31 Mar 2026/);
  });

  it('keeps a past milestone open and overdue when the update names its year as outstanding', () => {
    expect(byRef(actions, 'D1')?.steps.map((s) => s.status)).toEqual(['at_risk', 'at_risk', 'at_risk']);
    expect(byRef(actions, 'D1')?.rating).toBe('red');
    expect(byRef(actions, 'D1')?.reason).toMatch(/^Red: step 1 of 3 "Print baseline" .*31 Mar 2026/);
  });
});
