import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { Action, CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A trust-wide tracker with one status column per directorate, division or site and no overall
 * column (SPEC 5.1, 5.2): the action is complete only when every part has said so; otherwise it
 * is as late or at risk as its worst part. A blank part has not reported; "N/A" leaves a part out.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });
const date = (iso: string): CellValue => ({ kind: 'date', iso });
/** 41 days after the as-of date: Green when open and nothing is wrong. */
const DUE = date('2024-12-31');
/** 8 days after: inside the amber window. */
const SOON = date('2024-11-28');

function actions(rows: CellValue[][]): Action[] {
  return analyseWorkbook([grid(rows)], defaultSettings('2024-11-20')).trackers[0]?.actions ?? [];
}

/** Each action's rating and reason, in row order. */
const rated = (rows: CellValue[][]): [string, string][] => actions(rows).map((a) => [a.rating, a.reason]);

describe('two directorate update columns', () => {
  const HEADER = ['Ref', 'Action', 'Exec lead', 'Due', 'Medicine update', 'Surgery update'];
  const row = (medicine: CellValue, surgery: CellValue, due: CellValue = DUE): CellValue[] => ['1', 'Falls risk assessment on all wards', 'Chief Nurse', due, medicine, surgery];

  it('is not complete when the status column\'s directorate has finished and the other is at risk: Amber', () => {
    const [action] = actions([HEADER, row('Complete on all wards.', 'Delayed: two wards outstanding.')]);
    expect(action?.rating).toBe('amber');
    expect(action?.status).toBe('at_risk');
    expect(action?.reason).toMatch(/^Amber: .* reported as delayed or at risk/);
  });

  it('is not closed by the other directorate\'s "Complete" either: rated by the one still working', () => {
    expect(rated([HEADER, row('On track', 'Complete')])).toEqual([['green', expect.stringMatching(/^Green: .*reported on track/)]]);
    expect(rated([HEADER, row('Behind plan', 'Complete')])[0]?.[0]).toBe('amber');
  });

  it('is complete when both directorates say complete, in any words', () => {
    expect(rated([HEADER, row('Complete', 'All wards completed in October.')])).toEqual([['complete', expect.stringMatching(/^Complete/)]]);
  });

  it('is not complete when one directorate has not reported (blank), whichever column is blank', () => {
    expect(actions([HEADER, row('Complete', null), row(null, 'Complete')]).map((a) => [a.rating, a.status])).toEqual([
      ['green', 'on_track'],
      ['green', 'on_track'],
    ]);
  });

  it('goes Red when the deadline passes with one directorate still to report', () => {
    const [action] = actions([HEADER, row('Complete', null, date('2024-10-31'))]);
    expect(action?.rating).toBe('red');
    expect(action?.reason).toMatch(/overdue/);
  });

  it('leaves out a directorate the action does not apply to (N/A)', () => {
    expect(actions([HEADER, row('Complete', 'N/A'), row('N/A - no inpatient beds', 'Complete')]).map((a) => a.rating)).toEqual(['complete', 'complete']);
  });

  it('is not rated complete when no directorate has reported, and is dated as any silent row is', () => {
    expect(actions([HEADER, row(null, null)]).map((a) => [a.rating, a.status])).toEqual([['green', 'unknown']]);
  });

  it('reads a directorate\'s update written on a continuation row', () => {
    const rows = [HEADER, row('Complete', null), [null, null, null, null, null, 'In progress: two wards left']];
    expect(actions(rows).map((a) => [a.rows, a.rating])).toEqual([[[2, 3], 'green']]);
  });

  it('rates each next step by its own status entry and the other directorate\'s update', () => {
    const header = ['Action', 'Next steps', 'Due', 'Medicine update', 'Surgery update'];
    const [action] = actions([header, ['Falls', 'Audit wards\nTrain staff', DUE, 'Complete\nComplete', 'Delayed']]);
    expect(action?.steps.map((s) => s.status)).toEqual(['at_risk', 'at_risk']);
    const [done] = actions([header, ['Falls', 'Audit wards\nTrain staff', DUE, 'Complete\nOn track', 'Complete']]);
    expect(done?.steps.map((s) => s.rating)).toEqual(['complete', 'green']);
  });

  it('counts a re-dating in either directorate\'s update as slippage', () => {
    expect(rated([HEADER, row('On track', 'Deadline moved to March 2025')])).toEqual([['amber', expect.stringMatching(/re-dated/)]]);
    expect(rated([HEADER, row('Complete', 'Deadline moved to March 2025')])).toEqual([['amber', expect.stringMatching(/re-dated/)]]);
    expect(actions([HEADER, row('Deadline moved to March 2025', 'On track')])[0]?.rating).toBe('amber');
  });
});

describe('three directorate update columns', () => {
  const HEADER = ['Ref', 'Action', 'Exec lead', 'Due', 'Medicine update', 'Surgery update', "Women's & Children's update"];
  const row = (due: CellValue, ...parts: CellValue[]): CellValue[] => ['2', 'Sepsis screening audit', 'Medical Director', due, ...parts];

  it('is rated by the worst open directorate: off track over at risk over on track', () => {
    expect(actions([HEADER, row(DUE, 'Complete', 'Off track: no audit lead', 'On track'), row(DUE, 'Complete', 'Slipped a month', 'On track')]).map((a) => [a.rating, a.status])).toEqual([
      ['red', 'off_track'],
      ['amber', 'at_risk'],
    ]);
  });

  it('takes a directorate not started as worse than one on track: Amber inside the window', () => {
    const [action] = actions([HEADER, row(SOON, 'Complete', 'On track', 'Not started')]);
    expect(action?.status).toBe('not_started');
    expect(action?.rating).toBe('amber');
  });

  it('is complete only when all three say so', () => {
    expect(actions([HEADER, row(DUE, 'Complete', 'Done', 'Completed'), row(DUE, 'Complete', 'Done', null)]).map((a) => a.rating)).toEqual(['complete', 'green']);
  });
});

describe('site columns', () => {
  it('reads "North site update | South site update" as two sites', () => {
    const HEADER = ['Action', 'Lead', 'Due', 'North site update', 'South site update'];
    const rows = [HEADER, ['Replace ward call bells', 'Estates', DUE, 'Complete', 'Awaiting contractor'], ['Fit new sluices', 'Estates', DUE, 'Complete', 'Works booked for January']];
    expect(actions(rows).map((a) => a.rating)).toEqual(['amber', 'green']);
  });

  it('reads sites named under a merged "Position by site" header', () => {
    const rows: CellValue[][] = [
      ['Action', 'Lead', 'Due', 'Position by site', null],
      [null, null, null, 'North site', 'South site'],
      ['Replace ward call bells', 'Estates', DUE, 'Complete', 'Delayed by supplier'],
      ['Repaint corridors', 'Estates', DUE, 'Complete', 'Complete'],
    ];
    expect(actions(rows).map((a) => a.rating)).toEqual(['amber', 'complete']);
  });

  it('reads directorates named under a merged "Update by directorate" header', () => {
    const rows: CellValue[][] = [
      ['Action', 'Lead', 'Due', 'Update by directorate', null, null],
      [null, null, null, 'Medicine', 'Surgery', "Women's & Children's"],
      ['Learning from deaths reviews', 'Medical Director', DUE, 'Complete', 'Complete', 'Reviews not yet started'],
    ];
    expect(actions(rows).map((a) => [a.rating, a.status])).toEqual([['green', 'not_started']]);
  });
});

describe('parts beside other status columns', () => {
  it('still closes the action on an explicit closure in an Open/Closed column beside the parts', () => {
    const HEADER = ['Action', 'Lead', 'Due', 'Medicine update', 'Surgery update', 'Open/Closed'];
    const rows = [HEADER, ['Closed by the board', 'COO', DUE, 'Complete', 'In progress', 'Closed'], ['Still open', 'COO', DUE, 'Complete', 'In progress', 'Open']];
    expect(actions(rows).map((a) => a.rating)).toEqual(['complete', 'green']);
  });

  it('reads a RAG per directorate as its own group: a completion the updates report stands over a Green', () => {
    const HEADER = ['Action', 'Lead', 'Due', 'Medicine update', 'Medicine RAG', 'Surgery update', 'Surgery RAG'];
    const rows = [
      HEADER,
      ['Both finished', 'COO', DUE, 'Complete', 'B', 'Complete', 'G'],
      ['Surgery behind', 'COO', DUE, 'Complete', 'B', 'In progress', 'A'],
      ['Both rated Blue', 'COO', DUE, 'In progress', 'B', 'In progress', 'B'],
    ];
    expect(actions(rows).map((a) => a.rating)).toEqual(['complete', 'amber', 'complete']);
  });

  it('reads RAGs per directorate beside a single update: one Blue does not close the action', () => {
    const HEADER = ['Action', 'Lead', 'Due', 'Update', 'Medicine RAG', 'Surgery RAG'];
    const rows = [HEADER, ['Ward moves', 'COO', DUE, 'Moves under way', 'B', 'A'], ['Signage', 'COO', DUE, 'In progress', 'B', 'Blue']];
    expect(actions(rows).map((a) => a.rating)).toEqual(['amber', 'complete']);
  });
});

describe('status columns that are not parts keep their own rules', () => {
  const row = (update: CellValue, flag: CellValue): CellValue[] => ['Publish the plan', 'Ann', DUE, update, flag];

  it.each<[string, CellValue, CellValue, string]>([
    ['Open/Closed', 'In progress', 'Closed', 'complete'],
    ['Complete?', 'In progress', 'Complete', 'complete'],
    ['Lead RAG', 'In progress', 'R', 'red'],
    ['Lead RAG', 'Complete', 'R', 'complete'],
    ['RAG status', 'On track', 'Blue', 'complete'],
  ])('a lone "%s" beside the update: %j and %j is %s', (flag, update, value, rating) => {
    expect(actions([['Action', 'Lead', 'Due', 'Update', flag], row(update, value)])[0]?.rating).toBe(rating);
  });

  it('reads "Latest update" beside "Previous update" as before: not as two parts', () => {
    const rows = [['Action', 'Lead', 'Due', 'Latest update', 'Previous update'], row('On track', 'Not started'), row('Complete', 'On track')];
    expect(actions(rows).map((a) => a.rating)).toEqual(['green', 'complete']);
  });

  it('reads the latest of dated updates ("Q1 update | Q2 update") as the status', () => {
    const rows = [['Action', 'Lead', 'Due', 'Q1 update', 'Q2 update'], row('Complete', 'Delayed'), row('Not started', 'Complete')];
    expect(actions(rows).map((a) => a.rating)).toEqual(['amber', 'complete']);
  });

  it('keeps reading an overall position as the status, the directorates left unread', () => {
    const HEADER = ['Action', 'Lead', 'Due', 'Medicine update', 'Surgery update', 'Overall position'];
    const rows = [HEADER, ['Falls', 'Chief Nurse', DUE, 'Delayed', 'Off track', 'Complete'], ['Sepsis', 'Chief Nurse', DUE, 'Complete', 'Complete', 'On track']];
    expect(actions(rows).map((a) => a.rating)).toEqual(['complete', 'green']);
  });
});
