import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import { asksForDecision, readStatus } from '../../../src/core/status';
import type { CellValue } from '../../../src/core/types';
import { table } from './table';

/*
 * Round 26, from a reviewer's false completes: an enabler approved (funding, capital, a budget) is the go-ahead
 * for the work it pays for, not the work delivered; a completion still awaiting its validation, handover,
 * sign-off or evidence is under way; running above a trajectory is on track; a paper moved on to a later
 * meeting ("now to Jan CAB") has slipped.
 */

describe('1: an enabler approved is a go-ahead, as "Pilot agreed at Maternity Board" is', () => {
  it.each(['Funding agreed', 'Funding approved', 'Capital approved', 'Budget agreed', 'Capital agreed', 'Budget approved'])(
    '"%s" is under way, decided by a go-ahead',
    (text) => {
      expect(readStatus(text)).toMatchObject({ status: 'on_track', goAhead: true });
    },
  );
  table([
    // Funding in hand is the work's money secured, a step done (round 6), as before.
    ['Funding secured', 'complete'],
    ['Funding secured for 2024/25', 'complete'],
    // Conditions and slippage still decide.
    ['Funding agreed subject to business case approval', 'at_risk'],
    ['Behind programme. Funding approved', 'at_risk'],
    ['Policy approved', 'complete'],
    // A bid approved is the bidding done (round 21), a capital plan approved the plan.
    ['Capital bid approved', 'complete'],
    ['Capital plan approved', 'complete'],
  ]);
});

describe('1: a step that asks for the enabler is the decision', () => {
  it.each([
    'Secure funding for the pilot',
    'Agree the contract',
    'Sign the contract',
    'Agree the budget',
    'Obtain capital approval',
    'Secure capital funding',
    'Secure capital',
  ])('"%s"', (text) => {
    expect(asksForDecision(text)).toBe(true);
  });
  it.each(['Run the pilot on two wards', 'Sign up all wards to the audit', 'Use the capital to refurbish the unit'])('not "%s"', (text) => {
    expect(asksForDecision(text)).toBe(false);
  });
});

describe('1: a step that asks for the enabler is done by it, other steps are under way (as approvalSteps.test.ts)', () => {
  const cases: [string, string, string][] = [
    ['Secure funding for the pilot', 'Funding agreed', 'complete'],
    ['Agree the budget', 'Budget agreed', 'complete'],
    ['Obtain capital approval', 'Capital approved', 'complete'],
    ['Refurbish the birthing suite', 'Capital approved', 'green'],
  ];
  const rows: CellValue[][] = [
    ['Action', 'Lead', 'Next steps', 'Time frame', 'Update'],
    ...cases.map(([step, status]): CellValue[] => ['Improve maternity triage', 'Ann', step, 'March 2023', status]),
  ];
  const grid = { name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false };
  const actions = analyseWorkbook([grid], defaultSettings('2022-11-03')).trackers[0]?.actions ?? [];
  it.each(cases.map((c, i) => [...c, i] as const))('"%s" with "%s" is rated %s', (_step, _status, rating, i) => {
    expect(actions[i]?.steps[0]?.rating).toBe(rating);
  });
});

describe('2: a completion awaiting validation, handover, sign-off or evidence is under way', () => {
  table([
    ['Complete – AP(MGPS) validation awaited', 'on_track'],
    ['Works complete, awaiting handover', 'on_track'],
    ['Works complete – awaiting AP sign-off', 'on_track'],
    ['Works complete; handover due 1 May', 'on_track'],
    ['Build complete, awaiting commissioning', 'on_track'],
    // Evidence awaited after a completion is closing paperwork (rounds 8 and 14: "Implemented - awaiting evidence",
    // "Complete - evidence awaited" are complete), so "Delivered; awaiting evidence" stays complete with them.
    ['Delivered; awaiting evidence', 'complete'],
    ['Complete, awaiting sign-off', 'complete'],
    ['Complete; awaiting sign-off by Exec Committee on 19/01', 'complete'],
    // A handover in a later sentence is the next stage, not acceptance awaited.
    ['Complete.\nHandover to BAU team from April.', 'complete'],
    ['Complete - evidence uploaded', 'complete'],
    // A closure with its evidence to follow is the lead closing it.
    ['Closed – evidence to be uploaded', 'complete'],
    ['Evidence submitted, awaiting LMNS sign off', 'complete'],
    ['Complete, awaiting formal approval', 'complete'],
  ]);
});

describe('3: running above or ahead of a trajectory is on track', () => {
  table([
    ['Above trajectory', 'on_track'],
    ['Ahead of trajectory', 'on_track'],
    ['Ahead of plan', 'on_track'],
    ['Activity 4% above trajectory', 'on_track'],
    // Above is bad news for a measure better lower (round 32: the measure's direction, status/targetSide.ts).
    ['Waiting list above trajectory', 'at_risk'],
    ['DNA rate above plan', 'at_risk'],
    ['On track; waiting list above trajectory', 'on_track'],
  ]);
});

describe('4: a paper moved on to a later meeting has slipped', () => {
  table([
    ['Position paper now to Jan CAB', 'at_risk'],
    ['Paper deferred to Jan CAB', 'at_risk'],
    ['Paper to Dec Board for approval', 'on_track'],
    ['In progress; paper now going to next Board', 'at_risk'],
    // After a completion it is the next stage; "now to" before a verb sets no meeting.
    ['Policy approved; now to Jan Board for noting', 'complete'],
    ['SOP now to be ratified', 'unknown'],
  ]);
});
