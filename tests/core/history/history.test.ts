import { applyTrends, groupTrend, historyRows, historyTable, mergeHistory, previousSnapshot, readHistoryTable, type HistoryRow } from '../../../src/core/history';
import type { Rating } from '../../../src/core/types';
import { numbered, tracker } from './fixtures';

const NOV = '2022-11-03';
const DEC = '2022-12-15';
const T1 = '2022-11-03T09:00:00.000Z';
const T2 = '2022-12-15T09:00:00.000Z';

const row = (asOf: string, key: string, rating: Rating, sheet = 'Action Plan', refreshedAt = T1): HistoryRow => ({ refreshedAt, asOf, sheet, key, rating, status: 'unknown', nextDue: null });

describe('RAG History rows (SPEC 2.4): one row per action per refresh', () => {
  const plan = tracker('Action Plan', [numbered(' 1 ', 'green', { status: 'on_track', nextDue: '2022-12-31' }), numbered('2', 'complete', { status: 'complete' })]);

  it('records time, as-of date, sheet, action key, rating, status class and next due', () => {
    expect(historyRows([plan], NOV, T1)).toEqual([
      { refreshedAt: T1, asOf: NOV, sheet: 'Action Plan', key: '1', rating: 'green', status: 'on_track', nextDue: '2022-12-31' },
      { refreshedAt: T1, asOf: NOV, sheet: 'Action Plan', key: '2', rating: 'complete', status: 'complete', nextDue: null },
    ]);
  });

  it('keys an action without a ref by its normalised text', () => {
    const unnumbered = tracker('Plan', [numbered('', 'red', { ref: null, action: 'Recruitment of the  successor to the lay member.' })]);
    expect(historyRows([unnumbered], NOV, T1)[0]?.key).toBe('recruitment of the successor to the lay member');
  });
});

describe('mergeHistory: refreshing twice at one as-of date never duplicates rows', () => {
  const nov = historyRows([tracker('Action Plan', [numbered('1', 'green'), numbered('2', 'amber')])], NOV, T1);

  it('appends a refresh at a new as-of date after the rows already stored', () => {
    const dec = historyRows([tracker('Action Plan', [numbered('1', 'red'), numbered('2', 'amber')])], DEC, T2);
    expect(mergeHistory(nov, dec)).toEqual([...nov, ...dec]);
  });

  it("replaces that sheet's rows for the same as-of date when the ratings changed", () => {
    const again = historyRows([tracker('Action Plan', [numbered('1', 'complete'), numbered('2', 'amber')])], NOV, T2);
    expect(mergeHistory(nov, again)).toEqual(again);
  });

  it('keeps the stored rows, timestamps and all, when the refresh says the same again, so nothing changes', () => {
    const same = historyRows([tracker('Action Plan', [numbered('1', 'green'), numbered('2', 'amber')])], NOV, T2);
    expect(mergeHistory(nov, same)).toEqual(nov);
  });

  it("leaves other sheets' rows at the same as-of date alone", () => {
    const other = historyRows([tracker('Conditions', [numbered('1a', 'green')])], NOV, T1);
    const again = historyRows([tracker('Action Plan', [numbered('1', 'red'), numbered('2', 'amber')])], NOV, T2);
    expect(mergeHistory([...nov, ...other], again)).toEqual([...other, ...again]);
  });
});

describe('previousSnapshot: the latest earlier snapshot with a different as-of date (SPEC 5.2)', () => {
  const history = [row('2022-10-06', '1', 'red'), row(NOV, '1', 'green'), row(DEC, '1', 'amber'), row(NOV, '1', 'complete', 'Conditions')];

  it('takes the latest as-of date before the one being refreshed', () => {
    expect(previousSnapshot(history, 'Action Plan', DEC)).toEqual({ sheet: 'Action Plan', asOf: NOV, refreshedAt: T1, ratings: new Map([['1', 'green']]) });
  });

  it('ignores rows at the same as-of date: a repeated refresh is not the last meeting', () => {
    expect(previousSnapshot(history, 'Action Plan', NOV)?.asOf).toBe('2022-10-06');
  });

  it('ignores later snapshots when a report is re-run for an earlier date', () => {
    expect(previousSnapshot(history, 'Action Plan', '2022-11-01')?.asOf).toBe('2022-10-06');
  });

  it('matches the sheet name as Excel does, ignoring case, and is null when nothing earlier is stored', () => {
    expect(previousSnapshot(history, 'action plan', DEC)?.asOf).toBe(NOV);
    expect(previousSnapshot(history, 'Action Plan', '2022-10-06')).toBeNull();
    expect(previousSnapshot(history, 'Other', DEC)).toBeNull();
  });
});

describe('applyTrends: ▲ ▼ ► ● per action and group, and "completed since last meeting"', () => {
  const before = [row(NOV, '1', 'green'), row(NOV, '2', 'green'), row(NOV, '3', 'amber'), row(NOV, '4', 'red')];
  const now = tracker('Action Plan', [numbered('1', 'green'), numbered('2', 'complete'), numbered('3', 'red'), numbered('4', 'amber'), numbered('5', 'green')]);
  const { trackers, trends } = applyTrends([now], before, DEC);

  it('compares every action with its rating at the last meeting', () => {
    expect(trackers[0]?.actions.map((a) => [a.ref, a.trend])).toEqual([
      ['1', 'same'],
      ['2', 'up'],
      ['3', 'down'],
      ['4', 'up'],
      ['5', 'new'],
    ]);
  });

  it('counts the actions that became Complete, names the date compared with, and leaves its input alone', () => {
    expect(trends).toEqual([{ sheet: 'Action Plan', previousAsOf: NOV, completedSinceLastMeeting: 1 }]);
    expect(now.actions.every((a) => a.trend === null)).toBe(true);
  });

  it('shows everything as new, and nothing completed, on a first refresh', () => {
    const first = applyTrends([now], [], NOV);
    expect(first.trackers[0]?.actions.every((a) => a.trend === 'new')).toBe(true);
    expect(first.trackers[0]?.groups.every((g) => g.trend === 'new')).toBe(true);
    expect(first.trends[0]).toEqual({ sheet: 'Action Plan', previousAsOf: null, completedSinceLastMeeting: 0 });
  });

  it('gives each roll-up group a trend from its own actions', () => {
    const byObjective = tracker('Plan', [
      numbered('1', 'complete', { objective: 'Commitment' }),
      numbered('2', 'amber', { objective: 'Commitment' }),
      numbered('3', 'red', { objective: 'Insight and evidence' }),
      numbered('4', 'green', { objective: 'Accessibility' }),
    ]);
    const history = [row(NOV, '1', 'green', 'Plan'), row(NOV, '2', 'green', 'Plan'), row(NOV, '3', 'amber', 'Plan')];
    const groups = applyTrends([byObjective], history, DEC).trackers[0]?.groups ?? [];
    expect(groups.map((g) => [g.objective, g.trend])).toEqual([
      ['Commitment', 'down'],
      ['Insight and evidence', 'down'],
      ['Accessibility', 'new'],
      [null, 'down'],
    ]);
  });
});

describe("groupTrend: a group's progress %, then its worst rating", () => {
  it('is ▲ when more of the rated actions are Complete or Green', () => {
    expect(groupTrend(['green', 'amber'], ['green', 'green'])).toBe('up');
  });

  it('is ▼ when progress falls, counting actions added since', () => {
    expect(groupTrend(['green'], ['green', 'red'])).toBe('down');
  });

  it('falls back to the worst rating when progress is level: Amber → Red is ▼', () => {
    expect(groupTrend(['green', 'amber'], ['green', 'red'])).toBe('down');
  });

  it('is ▲ when the last open actions are completed at 100% progress', () => {
    expect(groupTrend(['green', 'complete'], ['complete', 'complete'])).toBe('up');
  });

  it('is ► when nothing moved, and ● when none of its actions was known before', () => {
    expect(groupTrend(['green', 'not_rated'], ['green', 'not_rated'])).toBe('same');
    expect(groupTrend([], ['green'])).toBe('new');
  });
});

describe('the RAG History sheet as cells', () => {
  const rows = [{ ...row(NOV, '1', 'green'), status: 'on_track' as const, nextDue: '2022-12-31' }, row(NOV, 'recruitment of the successor', 'not_rated')];

  it('is a header row, then one text row per entry', () => {
    expect(historyTable(rows)).toEqual([
      ['Refreshed at', 'As of', 'Sheet', 'Action key', 'Rating', 'Status', 'Next due'],
      [T1, NOV, 'Action Plan', '1', 'green', 'on_track', '2022-12-31'],
      [T1, NOV, 'Action Plan', 'recruitment of the successor', 'not_rated', 'unknown', null],
    ]);
  });

  it('reads back what it wrote', () => {
    expect(readHistoryTable(historyTable(rows))).toEqual(rows);
  });

  it('reads dates Excel stored as date cells', () => {
    const cells = [[T1, { kind: 'date' as const, iso: NOV }, 'Action Plan', '1', 'green', 'on_track', { kind: 'date' as const, iso: '2022-12-31' }]];
    expect(readHistoryTable(cells)).toEqual([{ refreshedAt: T1, asOf: NOV, sheet: 'Action Plan', key: '1', rating: 'green', status: 'on_track', nextDue: '2022-12-31' }]);
  });
});

describe('a ref that several actions carry (an audit tracker numbers each audit\'s recommendations from 1)', () => {
  const first = tracker('IA recs', [
    numbered('1', 'amber', { action: 'Reconcile leavers monthly' }),
    numbered('2', 'green', { action: 'Review overtime authorisation' }),
    numbered('1', 'red', { action: 'Complete the DSPT evidence' }),
  ]);
  const later = tracker('IA recs', [
    numbered('1', 'complete', { action: 'Reconcile leavers monthly' }),
    numbered('2', 'green', { action: 'Review overtime authorisation' }),
    numbered('1', 'amber', { action: 'Complete the DSPT evidence' }),
  ]);

  it('keys each by its ref and its text, and a unique ref by the ref alone', () => {
    expect(historyRows([first], NOV, 'x').map((r) => r.key)).toEqual(['1 reconcile leavers monthly', '2', '1 complete the dspt evidence']);
  });

  it('gives each its own trend', () => {
    const { trackers, trends } = applyTrends([later], historyRows([first], NOV, 'x'), DEC);
    expect(trackers[0]?.actions.map((a) => a.trend)).toEqual(['up', 'same', 'up']);
    expect(trends[0]?.completedSinceLastMeeting).toBe(1);
  });
});
