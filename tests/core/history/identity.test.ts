import { applyTrends, type HistoryRow } from '../../../src/core/history';
import type { Rating } from '../../../src/core/types';
import { numbered, tracker } from './fixtures';

/*
 * SPEC 5.2: an action's identity across refreshes is its ref when present, else its normalised
 * text; its trend is against the latest earlier snapshot with a different as-of date, and
 * "Completed since last meeting" counts the actions that became Complete.
 */

const NOV = '2022-11-03';
const DEC = '2022-12-15';
const row = (key: string, rating: Rating, asOf = NOV): HistoryRow => ({ refreshedAt: `${asOf}T09:00:00.000Z`, asOf, sheet: 'Plan', key, rating, status: 'unknown', nextDue: null });

describe('an action keeps its history by its ref, whatever happens to its text', () => {
  it('compares an action whose wording was edited with its own earlier rating', () => {
    const now = tracker('Plan', [numbered('7', 'complete', { action: 'Recruit a lay member (revised wording)' })]);
    const { trackers, trends } = applyTrends([now], [row('7', 'amber')], DEC);
    expect(trackers[0]?.actions[0]?.trend).toBe('up');
    expect(trends[0]?.completedSinceLastMeeting).toBe(1);
  });

  it('keys an action without a ref by its text, so re-punctuating it keeps its history', () => {
    const now = tracker('Plan', [numbered('', 'red', { ref: null, action: 'Recruit a lay-member.' })]);
    expect(applyTrends([now], [row('recruit a lay member', 'green')], DEC).trackers[0]?.actions[0]?.trend).toBe('down');
  });
});

describe('an action removed or renumbered between snapshots', () => {
  const before = [row('1', 'green'), row('2', 'red'), row('3', 'amber')];

  it('leaves a removed action out: no trend, not completed, and not in any group', () => {
    // Action 2 (Red) was taken off the plan; 1 and 3 did not move.
    const now = tracker('Plan', [numbered('1', 'green'), numbered('3', 'amber')]);
    const { trackers, trends } = applyTrends([now], before, DEC);
    expect(trackers[0]?.actions.map((a) => [a.ref, a.trend])).toEqual([['1', 'same'], ['3', 'same']]);
    expect(trackers[0]?.groups.at(-1)?.trend).toBe('same');
    expect(trends[0]).toEqual({ sheet: 'Plan', previousAsOf: NOV, completedSinceLastMeeting: 0 });
  });

  it('shows a renumbered action as new under its new ref, and compares its old ref with whatever carries it now', () => {
    // 3 was renumbered 4; 2 was closed and its number reused for a new Complete action.
    const now = tracker('Plan', [numbered('1', 'green'), numbered('2', 'complete'), numbered('4', 'amber')]);
    const { trackers, trends } = applyTrends([now], before, DEC);
    expect(trackers[0]?.actions.map((a) => [a.ref, a.trend])).toEqual([['1', 'same'], ['2', 'up'], ['4', 'new']]);
    expect(trends[0]?.completedSinceLastMeeting).toBe(1);
  });

  it('counts nothing as completed since the last meeting for an action that arrives already Complete', () => {
    const now = tracker('Plan', [...['1', '2', '3'].map((ref, i) => numbered(ref, (['green', 'red', 'amber'] as const)[i] ?? 'green')), numbered('9', 'complete')]);
    const { trackers, trends } = applyTrends([now], before, DEC);
    expect(trackers[0]?.actions.at(-1)?.trend).toBe('new');
    expect(trends[0]?.completedSinceLastMeeting).toBe(0);
  });
});

describe('which snapshot the trend is against', () => {
  it('ignores a snapshot taken later in time for an earlier as-of date, comparing with the latest earlier as-of', () => {
    const history = [row('1', 'red', '2022-10-06'), row('1', 'green', DEC)];
    const now = tracker('Plan', [numbered('1', 'amber')]);
    const { trackers, trends } = applyTrends([now], history, NOV);
    expect(trends[0]?.previousAsOf).toBe('2022-10-06');
    expect(trackers[0]?.actions[0]?.trend).toBe('up');
  });

  it('treats a refresh with only same-day history as the first: every action and group new, nothing counted', () => {
    const now = tracker('Plan', [numbered('1', 'complete')]);
    const { trackers, trends } = applyTrends([now], [row('1', 'green', DEC)], DEC);
    expect(trackers[0]?.actions[0]?.trend).toBe('new');
    expect(trackers[0]?.groups.every((g) => g.trend === 'new')).toBe(true);
    expect(trends[0]).toEqual({ sheet: 'Plan', previousAsOf: null, completedSinceLastMeeting: 0 });
  });
});

describe('actions that share their text and have no ref (one commitment per PCN, ward or site)', () => {
  const pcn = (rating: Rating, objective: string | null) => numbered('', rating, { ref: null, action: 'All practices live on CBT', objective });

  it('keeps each its own history by its group, so one going Amber is not hidden by its twins', () => {
    const before = [row('all practices live on cbt / north pcn', 'green'), row('all practices live on cbt / south pcn', 'green')];
    const now = tracker('Plan', [pcn('amber', 'North PCN'), pcn('complete', 'South PCN')]);
    const { trackers, trends } = applyTrends([now], before, DEC);
    expect(trackers[0]?.actions.map((a) => a.trend)).toEqual(['down', 'up']);
    expect(trends[0]?.completedSinceLastMeeting).toBe(1);
  });

  it('tells twins in one group apart by their order, the first keeping the plain key', () => {
    const before = [row('all practices live on cbt', 'green'), row('all practices live on cbt #2', 'red')];
    const now = tracker('Plan', [pcn('green', null), pcn('complete', null)]);
    const { trackers, trends } = applyTrends([now], before, DEC);
    expect(trackers[0]?.actions.map((a) => a.trend)).toEqual(['same', 'up']);
    expect(trends[0]?.completedSinceLastMeeting).toBe(1);
  });

  it('leaves the key of an action whose text is its own as it was', () => {
    const now = tracker('Plan', [pcn('green', 'North PCN'), numbered('', 'red', { ref: null, action: 'Recruit a lay member', objective: 'North PCN' })]);
    const { trackers } = applyTrends([now], [row('recruit a lay member', 'green'), row('all practices live on cbt', 'green')], DEC);
    expect(trackers[0]?.actions.map((a) => a.trend)).toEqual(['same', 'down']);
  });
});
