import { applyTrends, historyIssues, historyRows, historyTable, mergeHistory, readHistoryTable } from '../../../src/core/history';
import { numbered, tracker } from './fixtures';

const NOV = '2022-11-03';
const DEC = '2022-12-15';
const T1 = '2022-11-03T09:00:00.000Z';
const HEADER = ['Refreshed at', 'As of', 'Sheet', 'Action key', 'Rating', 'Status', 'Next due'];

describe('a RAG History sheet someone edited by hand: repaired or kept, never silently lost', () => {
  it('reads a date retyped the UK way, a serial, and rating and status words, as what they mean', () => {
    const cells = [
      HEADER,
      [T1, '03/11/2022', 'Action Plan', '1', 'Green', 'On track', '31/12/22'],
      [T1, '3 Nov 2022', 'Action Plan', '2', 'Not rated', 'not started', null],
      [T1, 44868, 'Action Plan', '3', 'RED', 'off-track', null],
    ];
    expect(readHistoryTable(cells)).toEqual([
      { refreshedAt: T1, asOf: NOV, sheet: 'Action Plan', key: '1', rating: 'green', status: 'on_track', nextDue: '2022-12-31' },
      { refreshedAt: T1, asOf: NOV, sheet: 'Action Plan', key: '2', rating: 'not_rated', status: 'not_started', nextDue: null },
      { refreshedAt: T1, asOf: NOV, sheet: 'Action Plan', key: '3', rating: 'red', status: 'off_track', nextDue: null },
    ]);
  });

  it('finds the columns by their headers when one was deleted, and ignores a renamed header', () => {
    const cells = [
      ['As of', 'Sheet', 'Key', 'Rating', 'Status', 'Next due'],
      [NOV, 'Action Plan', '1', 'green', 'on_track', null],
    ];
    expect(readHistoryTable(cells)).toEqual([{ refreshedAt: '', asOf: NOV, sheet: 'Action Plan', key: '1', rating: 'green', status: 'on_track', nextDue: null }]);
  });

  it('keeps a row it cannot read, writes it back unchanged on the next refresh, and leaves it out of trends', () => {
    const cells = [HEADER, [T1, 'last week', 'Action Plan', '1', 'red', 'off_track', null], [T1, NOV, 'Action Plan', '2', 'green', 'on_track', null]];
    const stored = readHistoryTable(cells);
    const later = tracker('Action Plan', [numbered('1', 'green'), numbered('2', 'green')]);
    const merged = mergeHistory(stored, historyRows([later], DEC, 'x'));
    expect(historyTable(merged).slice(0, 3)).toEqual(cells.map((r) => [...r]));
    expect(applyTrends([later], stored, DEC).trackers[0]?.actions.map((a) => a.trend)).toEqual(['new', 'same']);
  });

  it('says which row is wrong, in which cell, and what to do', () => {
    const cells = [HEADER, [T1, 'last week', 'Action Plan', '1', 'red', 'off_track', null], [T1, NOV, 'Action Plan', '', 'red', 'off_track', null]];
    const issues = historyIssues(readHistoryTable(cells));
    expect(issues.map((i) => [i.sheet, i.cell, i.severity, i.code])).toEqual([
      ['RAG History', 'B2', 'warning', 'history_row_unreadable'],
      ['RAG History', 'D3', 'warning', 'history_row_unreadable'],
    ]);
    expect(issues[0]?.message).toMatch(/^RAG History row 2 was left out of the trends: As of "last week" is not a date\. It is kept as it is; correct it .* or delete the row\.$/);
  });

  it('reports nothing for a sheet it wrote itself', () => {
    const rows = historyRows([tracker('Action Plan', [numbered('1', 'green')])], NOV, T1);
    expect(historyIssues(readHistoryTable(historyTable(rows)))).toEqual([]);
  });
});

describe('a ref that becomes repeated or unique between meetings keeps its history', () => {
  it('finds an action whose twin under the same ref was closed and removed', () => {
    const before = tracker('IA recs', [numbered('1', 'amber', { action: 'Reconcile leavers' }), numbered('1', 'green', { action: 'Check payroll' })]);
    const after = tracker('IA recs', [numbered('1', 'complete', { action: 'Reconcile leavers' })]);
    const { trackers, trends } = applyTrends([after], historyRows([before], NOV, 'x'), DEC);
    expect(trackers[0]?.actions.map((a) => a.trend)).toEqual(['up']);
    expect(trends[0]?.completedSinceLastMeeting).toBe(1);
  });

  it('keeps the original action under a ref a newly added audit also uses, and shows the newcomer as new', () => {
    const before = tracker('IA recs', [numbered('1', 'amber', { action: 'Reconcile leavers' })]);
    const after = tracker('IA recs', [numbered('1', 'complete', { action: 'Reconcile leavers' }), numbered('1', 'red', { action: 'Audit the bank' })]);
    const { trackers, trends } = applyTrends([after], historyRows([before], NOV, 'x'), DEC);
    expect(trackers[0]?.actions.map((a) => a.trend)).toEqual(['up', 'new']);
    expect(trends[0]?.completedSinceLastMeeting).toBe(1);
  });
});
