import { createParsers } from '../../../src/core/analyse/parsers';
import { defaultSettings } from '../../../src/core/settings';

/*
 * SPEC 2.5 nextMeeting: the name set with the next meeting reaches the time-frame reader of a
 * refresh (the add-in and the command line both build their readers here), so a committee
 * named only there ("MSC") is a meeting in the tracker's cells.
 */
describe('a refresh reads the committee its next meeting names', () => {
  const settings = { ...defaultSettings('2026-09-21'), nextMeeting: { date: '2026-10-14', name: 'MSC Oct 26' } };
  const parsers = createParsers(settings);

  it.each(['Oct MSC', 'MSC Oct 26', 'Next MSC'])('reads %j as the meeting on 14 Oct', (text) => {
    expect(parsers.timeframe(text)).toEqual({ kind: 'meeting', start: '2026-10-14', end: '2026-10-14', redated: false });
  });

  it('knows "Next MSC" as relative to the meeting that raised an action', () => {
    expect(parsers.relativeMeeting('Next MSC')?.skip).toBe(0);
  });
});
