import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { Action, CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A status that records a go-ahead ("Pilot agreed at Maternity Board.") reads as the approved
 * work under way, since the status cell never sees the step. Where the step itself asks for that
 * decision ("Agree the pilot at Maternity Board"), the approval is the step done (SPEC 4, 5.1).
 */

function grid(rows: CellValue[][]): SheetGrid {
  return { name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false };
}

const settings = defaultSettings('2022-11-03');

/** Each row one action with one next step, due March 2023, and the status given. */
function withSteps(rows: [step: string, status: string][]): Action[] {
  const cells: CellValue[][] = [
    ['Action', 'Lead', 'Next steps', 'Time frame', 'Update'],
    ...rows.map(([step, status]): CellValue[] => ['Improve maternity triage', 'Ann', step, 'March 2023', status]),
  ];
  return analyseWorkbook([grid(cells)], settings).trackers[0]?.actions ?? [];
}

/** Each row one action with no next steps column, due March 2023, and the status given. */
function withoutSteps(rows: [action: string, status: string][]): Action[] {
  const cells: CellValue[][] = [
    ['Action', 'Lead', 'Time frame', 'Update'],
    ...rows.map(([action, status]): CellValue[] => [action, 'Ann', 'March 2023', status]),
  ];
  return analyseWorkbook([grid(cells)], settings).trackers[0]?.actions ?? [];
}

const PILOT_AGREED = 'Pilot agreed at Maternity Board.';

describe('a step that asks for the decision its status records as given is done', () => {
  const cases: [string, string, string][] = [
    ['Agree the pilot at Maternity Board', PILOT_AGREED, 'complete'],
    ['Run the pilot on two wards', PILOT_AGREED, 'green'],
    ['Secure funding for the pilot', 'Funding approved for pilot', 'complete'],
    ['Obtain sign-off for roll-out', 'Roll-out approved by ELG', 'complete'],
    ['Go-live', 'Go-live approved for 1 April', 'green'],
    ['Go-live approval', 'Go-live approved for 1 April', 'complete'],
    ['Seek Maternity Board approval of the pilot', PILOT_AGREED, 'complete'],
    ['Approve roll-out of the triage tool', 'Roll-out approved by ELG', 'complete'],
    ['Present the pilot proposal to Maternity Board for approval', PILOT_AGREED, 'complete'],
    ['Take the roll-out proposal to Board for decision', 'Roll-out approved by ELG', 'complete'],
    ['Pilot to be agreed at Maternity Board', PILOT_AGREED, 'complete'],
    ['Seek approval to proceed', 'Approval to proceed given by Exec', 'complete'],
    ['Gain the go-ahead for recruitment', 'Go-ahead given by Exec', 'complete'],
    ['Recruit two midwives', 'Business case approved for recruitment of 2 WTE', 'green'],
    ['Use the funding to run the pilot', 'Funding approved for pilot', 'green'],
  ];
  const actions = withSteps(cases.map(([step, status]) => [step, status]));

  it.each(cases.map((c, i) => [...c, i] as const))('"%s" with "%s" is rated %s', (_step, _status, rating, i) => {
    expect(actions[i]?.steps[0]?.rating).toBe(rating);
    expect(actions[i]?.rating).toBe(rating);
  });

  it('says so as any completion does', () => {
    expect(actions[0]?.steps[0]?.status).toBe('complete');
    expect(actions[0]?.reason).toBe('Complete: the action is marked complete.');
    expect(actions[1]?.steps[0]?.status).toBe('on_track');
  });
});

describe('a row with no next steps asks through its action', () => {
  const actions = withoutSteps([
    ['Seek approval to pilot the new triage tool', PILOT_AGREED],
    ['Run the pilot of the new triage tool on two wards', PILOT_AGREED],
  ]);

  it('is done when the action asks for the approval', () => {
    expect(actions[0]?.rating).toBe('complete');
  });

  it('is under way when the action is the approved work', () => {
    expect(actions[1]?.rating).toBe('green');
    expect(actions[1]?.status).toBe('on_track');
  });

  it('goes by the step, not the action, when the row has a next step', () => {
    const cells: CellValue[][] = [
      ['Action', 'Lead', 'Next steps', 'Time frame', 'Update'],
      ['Seek approval to pilot the new triage tool', 'Ann', 'Run the pilot on two wards', 'March 2023', PILOT_AGREED],
    ];
    const action = analyseWorkbook([grid(cells)], settings).trackers[0]?.actions[0];
    expect(action?.steps[0]?.status).toBe('on_track');
    expect(action?.rating).toBe('green');
  });
});

describe('several steps each read against their own status entry (SPEC 2.3)', () => {
  const analyse = (steps: string, timeframes: string, statuses: string): Action | undefined =>
    analyseWorkbook(
      [grid([
        ['Action', 'Lead', 'Next steps', 'Time frame', 'Update'],
        ['Improve maternity triage', 'Ann', steps, timeframes, statuses],
      ])],
      settings,
    ).trackers[0]?.actions[0];

  it('closes the approval step and leaves the approved work under way', () => {
    const action = analyse(
      '1. Agree the pilot at Maternity Board\n2. Run the pilot on two wards',
      'Dec 22\nMarch 2023',
      `${PILOT_AGREED}\nPilot agreed; wards chosen`,
    );
    expect(action?.steps.map((s) => s.rating)).toEqual(['complete', 'green']);
    expect(action?.steps[0]?.reason).toBe('Complete: step 1 of 2 "Agree the pilot at Maternity Board" is marked complete.');
  });

  it('reads each step against its own entry, whatever its order', () => {
    const action = analyse(
      '1. Run the pilot on two wards\n2. Agree the roll-out at ELG',
      'Dec 22\nMarch 2023',
      `${PILOT_AGREED}\nRoll-out approved by ELG`,
    );
    expect(action?.steps.map((s) => s.rating)).toEqual(['green', 'complete']);
  });

  it('lets a lone status serve every step, closing only the one asking for it', () => {
    const action = analyse('1. Agree the pilot at Maternity Board\n2. Run the pilot on two wards', 'Dec 22\nMarch 2023', PILOT_AGREED);
    expect(action?.steps.map((s) => s.status)).toEqual(['complete', 'on_track']);
    expect(action?.rating).toBe('green');
  });

  it('leaves the approval step open where its own entry records no approval', () => {
    const action = analyse(
      '1. Agree the pilot at Maternity Board\n2. Agree the roll-out at ELG',
      'Dec 22\nMarch 2023',
      `${PILOT_AGREED}\nIn progress`,
    );
    expect(action?.steps.map((s) => s.status)).toEqual(['complete', 'on_track']);
  });
});

describe('nothing changes when the status records no go-ahead', () => {
  const statuses = [
    'In progress',
    'Not started',
    'Awaiting approval',
    'Paper submitted to Maternity Board for approval',
    'Policy approved at QSC',
    'Pilot evaluation approved at QSC',
    'Extension to 30/06/25 agreed by ARC',
    'Pilot agreed at Maternity Board; training started',
    'Delayed',
    '',
  ];
  const asking = withoutSteps(statuses.map((s) => ['Agree the pilot at Maternity Board', s]));
  const notAsking = withoutSteps(statuses.map((s) => ['Run the pilot on two wards', s]));

  it.each(statuses.map((s, i) => [s, i] as const))('"%s" rates an approval step as it rates any other', (_status, i) => {
    const [a, b] = [asking[i], notAsking[i]];
    expect(a?.status).toBe(b?.status);
    expect(a?.rating).toBe(b?.rating);
    expect(a?.reason).toBe(b?.reason);
  });

  it('keeps a re-dating a re-dating, even for a step seeking the extension', () => {
    const [action] = withSteps([['Agree an extension with ARC', 'Extension to 30/06/25 agreed by ARC']]);
    expect(action?.rating).toBe('amber');
  });
});
