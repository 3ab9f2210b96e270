import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { reportsSetUp, setUpMet } from '../../../src/core/analyse/setUpMet';
import { defaultSettings } from '../../../src/core/settings';
import type { Action, CellValue, SheetGrid } from '../../../src/core/types';

/*
 * An update that reports a set-up running ("Group established and meeting monthly", "Pilot live on
 * Ward 12 since 1 Nov", "Live on Wards 7 and 8") reads as under way, since the status cell never
 * sees the step. Where the step asks for exactly that set-up ("Set up patient experience group",
 * "Pilot the sensors on Ward 12", "Implement handover on Wards 7 and 8"), the step is done.
 */

const GROUP = 'Group established and meeting monthly';
const PILOT = 'Pilot live on Ward 12 since 1 Nov';

describe('reportsSetUp: the status shapes of a set-up under way', () => {
  it.each([
    [GROUP, true],
    ['Steering committee formed, meets monthly', true],
    [PILOT, true],
    ['Trial running on Ward 12', true],
    ['Live on Wards 7 and 8', true],
    ['Alert live on Wards 7 and 8', true],
    ['Group to be established; first meeting in January', false],
    ['Group not yet established', false],
    ['Recruitment under way', false],
    ['On track', false],
  ])('"%s" → %s', (status, expected) => {
    expect(reportsSetUp(status)).toBe(expected);
  });
});

describe('setUpMet: the step asks for the set-up its status reports', () => {
  it.each([
    ['Set up patient experience group', GROUP, true],
    ['Establish a nursing retention steering group', GROUP, true],
    ['Convene a falls committee', 'Steering committee formed, meets monthly', true],
    ['Reduce falls by 20%', GROUP, false],
    ['Pilot the new falls sensor technology on Ward 12', PILOT, true],
    ['Trial the new handover tool', 'Trial running on Ward 12', true],
    ['Roll out the falls sensor trust-wide', 'Pilot live on Ward 12', false],
    ['Pilot the new falls sensor technology on Ward 3', PILOT, false],
    ['Implement electronic handover on Wards 7 and 8', 'Live on Wards 7 and 8', true],
    ['Implement e-obs escalation alert across all wards', 'Alert live on Wards 7 and 8', false],
    ['Implement e-obs across the Trust', 'Live on Wards 7 and 8', false],
    ['Implement electronic handover on Wards 7, 8 and 9', 'Live on Wards 7 and 8', false],
    ['Implement electronic handover on Wards 7 and 8', 'Live on Sites 7 and 8', false],
    ['Set up patient experience group', 'Live on Wards 7 and 8', false],
    ['Implement electronic handover on Wards 7 and 8', GROUP, false],
  ])('"%s" with "%s" → %s', (step, status, expected) => {
    expect(setUpMet(status, step)).toBe(expected);
  });
});

function grid(rows: CellValue[][]): SheetGrid {
  return { name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false };
}

/** Each row one action with no next steps, due as given, with the update given; refreshed at 2026-12-07. */
function actionsOf(rows: [action: string, due: string, update: string][]): Action[] {
  const cells: CellValue[][] = [
    ['Ref', 'Action', 'Lead', 'Time frame', 'Update'],
    ...rows.map(([action, due, update], i): CellValue[] => [`${i + 1}`, action, 'Ann', due, update]),
  ];
  return analyseWorkbook([grid(cells)], defaultSettings('2026-12-07')).trackers[0]?.actions ?? [];
}

describe('a whole sheet: the step that asks for the set-up reported is Complete', () => {
  const cases: [string, string, string, string][] = [
    ['Set up patient experience group', 'Oct 2026', GROUP, 'complete'],
    ['Establish a nursing retention steering group', 'Oct 2026', GROUP, 'complete'],
    ['Pilot the new falls sensor technology on Ward 12', 'Nov 2026', PILOT, 'complete'],
    ['Implement electronic handover on Wards 7 and 8', 'Nov 2026', 'Live on Wards 7 and 8', 'complete'],
  ];
  const actions = actionsOf(cases.map(([action, due, update]) => [action, due, update]));

  it.each(cases.map((c, i) => [...c, i] as const))('"%s" due %s with "%s" is %s', (_a, _d, _u, rating, i) => {
    expect(actions[i]?.steps[0]?.status).toBe('complete');
    expect(actions[i]?.rating).toBe(rating);
  });
});

describe('a whole sheet: an action asking for more stays under way', () => {
  const cases: [string, string, string][] = [
    ['Implement e-obs escalation alert across all wards', 'Nov 2026', 'Alert live on Wards 7 and 8'],
    ['Implement e-obs across the Trust', 'Nov 2026', 'Live on Wards 7 and 8'],
    ['Reduce falls by 20%', 'Oct 2026', GROUP],
    ['Roll out the falls sensor trust-wide', 'Nov 2026', 'Pilot live on Ward 12'],
  ];
  const actions = actionsOf(cases);

  it.each(cases.map((c, i) => [...c, i] as const))('"%s" due %s with "%s" is on track', (_a, _d, _u, i) => {
    expect(actions[i]?.steps[0]?.status).toBe('on_track');
    expect(actions[i]?.rating).not.toBe('complete');
  });
});
