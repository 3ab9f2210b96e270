import { planRules } from '../../../src/core/output/rules';
import { smallTracker } from './fixtures';

/*
 * An audit tracker's first column names the report each recommendation comes from and has no role;
 * the meeting-focus tint still covers it, or the row reads as two tables.
 */
describe('the colour rules\' range', () => {
  const focusLefts = (headers: string[], columns = { ref: 1, action: 2, lead: 3, timeframe: 4, status: 5 }) =>
    planRules({ ...smallTracker(), columns, headers }).filter((r) => r.id.startsWith('focus-')).map((r) => r.range.left);

  it('starts at the tracker\'s first headed column, whether or not it has a role', () => {
    expect(new Set(focusLefts(['Report', 'Rec No', 'Recommendation', 'Owner', 'Due date', 'Status']))).toEqual(new Set([0]));
    // A headed cell beyond a gap in the headers is no column of the tracker.
    expect(new Set(focusLefts(['Notes', '', 'Ref', 'Action', 'Lead', 'Due', 'Status'], { ref: 2, action: 3, lead: 4, timeframe: 5, status: 6 }))).toEqual(new Set([2]));
  });
});
