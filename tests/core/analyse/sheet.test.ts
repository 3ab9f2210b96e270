import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

function grid(rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false, ...extra };
}

const settings = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings('2022-11-03'), ...over });

describe('a row without next steps given several dates (SPEC 2.3: one step, more entries than steps)', () => {
  const rows: CellValue[][] = [
    ['Action', 'Lead', 'Delivery date', 'Update'],
    ['Recruit four advisers', 'Chief Nurse', 'Sept 22\nDec 22', 'Two posts recruited\nRemaining two out to advert'],
    ['Publish the plan', 'Ann', 'End of Oct 22\nRevised: End of Jan 23', 'In progress'],
  ];
  const tracker = analyseWorkbook([grid(rows)], settings()).trackers[0];

  it('rates the step against its latest date, not its first', () => {
    expect(tracker?.actions[0]?.steps[0]?.timeframe).toEqual({ kind: 'range', start: '2022-09-01', end: '2022-12-31', redated: false });
    expect(tracker?.actions[0]?.rating).toBe('green');
  });

  it('warns, naming the cell, so the dates can be given their own next steps', () => {
    const warning = tracker?.issues.find((i) => i.code === 'extra_timeframes');
    expect(warning?.cell).toBe('C2');
    expect(warning?.message).toMatch(/2 time frames for the action's one step, so it is rated against the latest, 31 Dec 2022/);
  });

  it('reads a revised date as one deadline, re-dated, without the warning', () => {
    expect(tracker?.actions[1]?.steps[0]?.timeframe).toMatchObject({ end: '2023-01-31', redated: true });
    expect(tracker?.issues.filter((i) => i.cell === 'C3')).toEqual([]);
  });
});

describe('a comments column beside the status', () => {
  const rows: CellValue[][] = [
    ['Recommendation', 'Responsible officer', 'Due date', 'Status', 'Comments'],
    ['Reconcile leavers monthly', 'Head of Payroll', '31/12/2022', 'Partially implemented', 'Process in place from November; two months evidenced'],
    ['Review overtime', 'Head of Payroll', '31/12/2022', 'Not implemented', 'Closed'],
    ['Report IG training', 'IG Manager', '31/12/2022', 'See comments', 'Training completed by all staff in October'],
  ];
  const actions = analyseWorkbook([grid(rows)], settings()).trackers[0]?.actions ?? [];

  it('does not close an action on a sentence that reads as complete when the status says otherwise', () => {
    expect(actions[0]?.status).toBe('at_risk');
  });

  it('closes it on a flag such as "Closed", as an explicit closure', () => {
    expect(actions[1]?.rating).toBe('complete');
  });

  it('reads the sentence as the status where the status column says nothing', () => {
    expect(actions[2]?.rating).toBe('complete');
  });
});

describe('analyseWorkbook on hand-made sheets', () => {
  it('reads an explicit closure in an Open/Closed column over the narrative', () => {
    const rows: CellValue[][] = [
      ['Action', 'Lead', 'Time frame', 'Update', 'Open/Closed'],
      ['Publish the plan', 'Ann', 'End of Oct 22', 'Awaiting sign-off', 'Closed'],
      ['Recruit', 'Bo', 'End of Oct 22', 'In progress', 'Open'],
    ];
    const [closed, open] = analyseWorkbook([grid(rows)], settings()).trackers[0]?.actions ?? [];
    expect(closed?.rating).toBe('complete');
    expect(open?.rating).toBe('red');
  });

  it('counts a RAG colour the lead wrote as the lead’s status, not an override', () => {
    const rows: CellValue[][] = [
      ['Action', 'Lead', 'Time frame', 'RAG status'],
      ['Publish the plan', 'Ann', 'March 2023', 'Amber'],
    ];
    const action = analyseWorkbook([grid(rows)], settings()).trackers[0]?.actions[0];
    expect(action?.status).toBe('at_risk');
    expect(action?.reason).not.toMatch(/set by hand/);
  });

  it('applies a RAG override and reports one it cannot read', () => {
    const rows: CellValue[][] = [
      ['Action', 'Lead', 'Time frame', 'Status', 'RAG override'],
      ['Publish the plan', 'Ann', 'End of Oct 22', 'Delayed', 'Green'],
      ['Recruit', 'Bo', 'March 2023', 'On track', 'Purple'],
    ];
    const t = analyseWorkbook([grid(rows)], settings()).trackers[0];
    expect(t?.actions[0]?.rating).toBe('green');
    expect(t?.issues.find((i) => i.code === 'invalid_override')?.cell).toBe('E3');
  });

  it('reads a date cell as that day', () => {
    const rows: CellValue[][] = [['Action', 'Deadline'], ['Publish', { kind: 'date', iso: '2022-10-01' }]];
    const action = analyseWorkbook([grid(rows)], settings()).trackers[0]?.actions[0];
    expect(action?.nextDue).toBe('2022-10-01');
    expect(action?.rating).toBe('red');
  });

  it('reports formula errors, numbers stored as text and percentages over 100 with their cells', () => {
    const rows: CellValue[][] = [
      ['Action', 'Lead', 'Time frame', 'Confidence'],
      ['Publish', { kind: 'error', code: '#N/A' }, 'March 2023', '75'],
      ['Recruit', 'Bo', 'March 2023', -0.1],
    ];
    const issues = analyseWorkbook([grid(rows)], settings()).trackers[0]?.issues ?? [];
    expect(issues.map((i) => [i.code, i.cell])).toEqual(
      expect.arrayContaining([['formula_error', 'B2'], ['number_as_text', 'D2'], ['percent_out_of_range', 'D3']]),
    );
  });

  it('uses a confirmed mapping over detection', () => {
    const rows: CellValue[][] = [['Item', 'Words', 'Who', 'When'], ['1', 'Publish the plan', 'Ann', 'End of Oct 22']];
    const mapping = { Plan: { headerRow: 1, columns: { ref: 'A', action: 'B', lead: 'C', timeframe: 'D' } } };
    const t = analyseWorkbook([grid(rows)], settings({ mapping })).trackers[0];
    expect(t?.columns).toEqual({ ref: 0, action: 1, lead: 2, timeframe: 3 });
    expect(t?.actions[0]?.rating).toBe('red');
  });

  it('uses an Excel table as the tracker region and leaves out its totals row', () => {
    const rows: CellValue[][] = [['Notes above'], ['Action', 'Lead', 'Time frame'], ['Publish', 'Ann', 'March 2023'], ['Total', null, null]];
    const tables = [{ name: 'Actions', range: { top: 1, left: 0, bottom: 3, right: 2 }, hasHeaderRow: true, hasTotalsRow: true }];
    const t = analyseWorkbook([grid(rows, { tables })], settings()).trackers[0];
    expect(t?.actions).toHaveLength(1);
  });

  it('reports a protected sheet and still rates it', () => {
    const rows: CellValue[][] = [['Action', 'Lead'], ['Publish', 'Ann']];
    const t = analyseWorkbook([grid(rows, { protected: true })], settings()).trackers[0];
    expect(t?.issues.find((i) => i.code === 'protected_sheet')?.severity).toBe('error');
    expect(t?.actions).toHaveLength(1);
  });

  // Said the same way by validate, which writes nothing, and by refresh: what cannot happen, not what did.
  it('says the protected sheet cannot be written, not that it was not', () => {
    const rows: CellValue[][] = [['Action', 'Lead'], ['Publish', 'Ann']];
    const message = analyseWorkbook([grid(rows, { protected: true })], settings()).trackers[0]?.issues.find((i) => i.code === 'protected_sheet')?.message;
    expect(message).toMatch(/^Sheet "[^"]+" is protected, so its RAG columns cannot be written\. Ask the sheet's owner to unprotect it/);
  });

  it('puts the output columns after the last used column and finds them again', () => {
    const rows: CellValue[][] = [['Action', 'Lead', null, 'Notes'], ['Publish', 'Ann', null, 'x']];
    expect(analyseWorkbook([grid(rows)], settings()).trackers[0]?.outputColumns).toEqual({ RAG: 4, 'RAG reason': 5, 'Meeting focus': 6, 'Next due': 7, Trend: 8 });
    const again: CellValue[][] = [['Action', 'Lead', 'RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend'], ['Publish', 'Ann', 'Green', 'x', 'Next step', null, null]];
    expect(analyseWorkbook([grid(again)], settings()).trackers[0]?.outputColumns).toEqual({ RAG: 2, 'RAG reason': 3, 'Meeting focus': 4, 'Next due': 5, Trend: 6 });
  });

  it('says so when no sheet holds a tracker, naming each sheet with data', () => {
    const analysis = analyseWorkbook([grid([['Minutes'], ['Apologies']])], settings());
    expect(analysis.trackers).toEqual([]);
    expect(analysis.issues.map((i) => i.code)).toEqual(['no_header_row', 'no_tracker']);
  });

  it('rates a board Table One from the confidence it gives and carries its figures through', () => {
    const rows: CellValue[][] = [
      ['Strategic objectives', 'It is our ambition that by 2026:', 'Progress with high-level actions as at 2023-24 Q2', 'Confidence in delivering high-level actions by 2023-24 Q4', 'Supporting strategy'],
      ['Provide outstanding care', '1. Our services are inclusive and easy to access', 1, 1, 'People, Quality'],
      [null, '2. Our services are innovative and drive improvements in outcomes for people', 1, 0.75, 'People, Quality, Digital'],
    ];
    const t = analyseWorkbook([grid(rows)], { ...settings(), asOf: '2023-09-30' }).trackers[0];
    expect(t?.ambitionLevel).toBe(true);
    expect(t?.actions.map((a) => [a.objective, a.rating])).toEqual([['Provide outstanding care', 'green'], ['Provide outstanding care', 'amber']]);
    const ambition2 = t?.groups.find((g) => g.ambition?.startsWith('2.'));
    expect([ambition2?.progress, ambition2?.confidence, ambition2?.given]).toEqual([1, 0.75, true]);
  });

  it('asks a Table One for confidence figures, not dates: no "undated" warning per ambition, one "no_confidence" where a figure is missing', () => {
    const rows: CellValue[][] = [
      ['Strategic objectives', 'It is our ambition that by 2026:', 'Progress with high-level actions as at 2023-24 Q2', 'Confidence in delivering high-level actions by 2023-24 Q4'],
      ['Provide outstanding care', '1. Our services are inclusive and easy to access', 1, 1],
      [null, '2. Our services are innovative', 0.5, null],
    ];
    const t = analyseWorkbook([grid(rows)], { ...settings(), asOf: '2023-09-30' }).trackers[0];
    expect(t?.actions.map((a) => a.rating)).toEqual(['green', 'not_rated']);
    expect(t?.issues.map((i) => [i.code, i.cell])).toEqual([['no_confidence', 'D3']]);
  });
});

describe('a Table One whose confidence is given as a colour', () => {
  it('rates each ambition the colour given', () => {
    const rows: CellValue[][] = [
      ['Strategic objective', 'Ambition', 'Progress', 'Confidence in delivery'],
      ['Outstanding care', 'Every patient has a named clinician', '50%', 'Green'],
      ['Outstanding care', 'Waiting times fall', '30%', 'Amber'],
      ['Sustainable', 'Net zero by 2040', '10%', 'Red'],
    ];
    const tracker = analyseWorkbook([grid(rows)], settings()).trackers[0];
    expect(tracker?.ambitionLevel).toBe(true);
    expect(tracker?.actions.map((a) => a.rating)).toEqual(['green', 'amber', 'red']);
    expect(tracker?.issues).toEqual([]);
  });
});

describe('the columns read with a role\'s column (Tracker.alsoRead)', () => {
  it('lists flags beside the status, a revised date column and dated updates, in sheet order', () => {
    const rows: CellValue[][] = [
      ['Action', 'Lead', 'Target date', 'Revised target date', 'Q1 update', 'Q2 update', 'RAG status'],
      ['Audit discharge letters', 'Medical Director', 'October 2022', null, 'Started', 'Delayed', 'Amber'],
    ];
    const tracker = analyseWorkbook([grid(rows)], settings()).trackers[0];
    expect(tracker?.columns.status).toBe(4);
    expect(tracker?.alsoRead).toEqual([
      { col: 3, as: 'revised_timeframe' },
      { col: 5, as: 'update' },
      { col: 6, as: 'status' },
    ]);
  });

  it('lists a plan\'s start dates and a log\'s meeting dates, which hold no role but are read', () => {
    const plan: CellValue[][] = [
      ['Ref', 'Deliverable', 'Lead', 'Start', 'End', 'Status'],
      ['D1', 'Roll out the frailty virtual ward', 'COO', 'September 2022', 'March 2023', 'Not started'],
    ];
    expect(analyseWorkbook([grid(plan)], settings()).trackers[0]?.alsoRead).toEqual([{ col: 3, as: 'start' }]);
    const log: CellValue[][] = [
      ['Meeting date', 'Action', 'Lead', 'Due', 'Update'],
      ['15/09/2022', 'Bring the audit back', 'Medical Director', 'Next meeting', 'On track'],
    ];
    expect(analyseWorkbook([grid(log)], settings()).trackers[0]?.alsoRead).toEqual([{ col: 0, as: 'raised' }]);
  });
});

describe('"Completed" written in the time-frame column', () => {
  const rows: CellValue[][] = [
    ['Action', 'Lead', 'Timescale', 'Update'],
    ['Recruit advisers', 'Chief Nurse', 'Completed', 'Done'],
    ['Publish the plan', 'HR', 'Complete', null],
    ['Refresh the policy', 'HR', 'Completed by March 2023', null],
    ['Run the audit', 'HR', 'Whenever possible', null],
  ];
  const tracker = analyseWorkbook([grid(rows)], settings()).trackers[0];

  it('says the step is done when nothing else gives a status and there is no date', () => {
    expect(tracker?.actions.map((a) => a.rating)).toEqual(['complete', 'complete', 'green', 'not_rated']);
  });

  it('raises no "not a date" warning for a step that is done, but still does for one that is open', () => {
    expect(tracker?.issues.map((i) => [i.cell, i.code])).toEqual([['C5', 'unparseable_timeframe']]);
  });
});

describe('a completion dated in the time-frame column, with no status given', () => {
  // As of 3 Nov 2022: a lead who closes an action writes when it was done where its deadline was.
  const rows: CellValue[][] = [
    ['Action', 'Lead', 'Timescale', 'Update'],
    ['Recruit advisers', 'Chief Nurse', 'Done (End of Oct)', null],
    ['Publish the plan', 'HR', 'Closed - Sept 22', null],
    ['Run the audit', 'HR', 'Completed Oct 22', null],
    ['Refresh the policy', 'HR', 'Done by Oct 22', null],
    ['Train the ward staff', 'HR', 'Completed Dec 22', null],
    ['Review the pathway', 'HR', 'Closed - Sept 22', 'Delayed: awaiting sign-off'],
  ];
  const tracker = analyseWorkbook([grid(rows)], settings()).trackers[0];

  it('is the step done, when the date has come', () => {
    expect(tracker?.actions.slice(0, 3).map((a) => a.rating)).toEqual(['complete', 'complete', 'complete']);
  });

  it('is a deadline after "by", and a date still to come is no completion', () => {
    expect(tracker?.actions.slice(3, 5).map((a) => a.rating)).toEqual(['red', 'green']);
  });

  it('gives way to a status that says otherwise', () => {
    expect(tracker?.actions[5]?.rating).toBe('red');
  });
});

describe('an overdue action whose status cell is blank', () => {
  // As of 3 Nov 2022: the board sees Red with nothing said, the gap the tracker's owner most needs to fill.
  const rows: CellValue[][] = [
    ['Ref', 'Action', 'Lead', 'Due date', 'Update'],
    ['1', 'Recruit advisers', 'Chief Nurse', 'End of Sept 22', null],
    ['2', 'Publish the plan', 'HR', 'End of Sept 22', 'Delayed: awaiting sign-off'],
    ['3', 'Run the audit', 'HR', 'End of Dec 22', null],
  ];

  it('is named at its status cell, so the owner knows whose update is missing', () => {
    const tracker = analyseWorkbook([grid(rows)], settings()).trackers[0];
    expect(tracker?.issues.filter((i) => i.code === 'overdue_without_status').map((i) => [i.cell, i.message])).toEqual([
      ['E2', 'This action was due 30 Sep 2022 but has no update in its status column; add one so the board sees its position.'],
    ]);
  });

  it('is not, on a sheet with no status column to write in', () => {
    const bare = rows.map((row) => row.slice(0, 4));
    expect(analyseWorkbook([grid(bare)], settings()).trackers[0]?.issues.map((i) => i.code)).not.toContain('overdue_without_status');
  });
});
