import type { Report, ReportTracker } from '../../src/core/report';
import { FOCUS_TINTS } from '../../src/core/output';
import { actionAbove } from '../../src/taskpane/model';
import { issuePlace } from '../../src/taskpane/quality';
import { resultSentence, rowKey } from '../../src/taskpane/result';
import { exceptionsHeading } from '../../src/taskpane/views/RefreshView';

/*
 * What the Refresh view says a refresh did, and the row-colour key; where Data quality says an
 * issue is. Reports are built by hand: only the fields these read matter.
 */

type Action = ReportTracker['actions'][number];
const action = (row: number, rating: Action['rating'], ref = String(row), words = `Action on row ${row}`): Action =>
  ({ row, ref, action: words, lead: '', rating, focus: 'next_step', reason: '', steps: [] }) as unknown as Action;

function report(actions: Action[], issues = 0): Report {
  const issue = { sheet: 'Plan', cell: 'D9', severity: 'warning' as const, code: 'no_date', message: 'm' };
  const tracker = { sheet: 'Plan', headerRow: 3, columns: { action: 'B' }, actions, groups: [], issues: Array.from({ length: issues }, (_, i) => ({ ...issue, cell: `D${i + 4}` })) };
  return { version: 1, asOf: '2022-08-18', nextMeeting: null, trackers: [tracker], issues: [] };
}

describe('resultSentence', () => {
  it('says how many were rated when all were', () => {
    expect(resultSentence(report([action(4, 'green'), action(5, 'red')]))).toBe('Rated 2 actions as at 18 Aug 2022.');
  });

  it('says none could be rated, and where to look, rather than "Rated 5 actions"', () => {
    const r = report([4, 5, 6, 7, 8].map((row) => action(row, 'not_rated')), 5);
    expect(resultSentence(r)).toBe('Read 5 actions as at 18 Aug 2022; none could be rated: see Data quality (5).');
  });

  it('counts the Not rated ones and points to Data quality with its count', () => {
    expect(resultSentence(report([action(4, 'green'), action(5, 'not_rated')], 3))).toBe('Rated 2 actions as at 18 Aug 2022. 1 is Not rated: see Data quality (3).');
    expect(resultSentence(report([action(4, 'amber'), action(5, 'not_rated'), action(6, 'not_rated')], 2))).toMatch(/ 2 are Not rated: see Data quality \(2\)\.$/);
  });

  it('keeps to the plain sentence for a tracker with no actions', () => {
    expect(resultSentence(report([]))).toBe('Rated 0 actions as at 18 Aug 2022.');
  });
});

describe('rowKey', () => {
  it("names each row tint as the sheet's legend does, with the meeting's name", () => {
    const key = rowKey({ date: '2022-12-15', name: 'ELG December 22' });
    expect(key.map((k) => `${k.swatch.colourName}: ${k.words}`)).toEqual(['light yellow: Update due at ELG December 22', 'light blue: Complete', 'light green: Next step']);
    expect(key[0]?.swatch).toBe(FOCUS_TINTS.update_due);
  });

  it('names a meeting with no name by its date, and no meeting as "next meeting", as the Meeting focus cells do', () => {
    expect(rowKey({ date: '2022-12-15', name: ' ' })[0]?.words).toBe('Update due at the meeting on 15 Dec 2022');
    expect(rowKey(null)[0]?.words).toBe('Update due at next meeting');
  });
});

describe('exceptionsHeading', () => {
  it('counts Red and Amber apart', () => {
    const items = [action(4, 'red'), action(5, 'amber'), action(6, 'amber')].map((a) => ({ key: String(a.row), sheet: 'Plan', address: '', action: a }));
    expect(exceptionsHeading(items)).toBe('Other exceptions: 1 Red, 2 Amber');
    expect(exceptionsHeading([])).toBe('Other exceptions: 0 Red, 0 Amber');
  });
});

describe('where a data-quality issue is', () => {
  const r = report([action(4, 'green', '1', 'Publish the strategy'), action(12, 'amber', '3', 'Agree the terms of reference'), action(20, 'red', '', 'Cut paper use')]);
  const at = (cell: string, sheet = 'Plan') => issuePlace({ sheet, cell, severity: 'warning', code: 'x', message: '' }, r);

  it("names a continuation row's action, the nearest one above it", () => {
    expect(at('E14')).toBe('Row 14, under Ref 3: Agree the terms of reference (row 12)');
    expect(at('E21')).toBe('Row 21, under Cut paper use (row 20)');
    expect(actionAbove(r, 'Plan', 13)?.row).toBe(12);
  });

  it("names the action on its own row as before, and a row above the first action or off the tracker's sheet by number", () => {
    expect(at('E12')).toBe('Ref 3: Agree the terms of reference (row 12)');
    expect(at('A2')).toBe('Row 2');
    expect(at('E14', 'Notes')).toBe('Row 14');
  });
});
