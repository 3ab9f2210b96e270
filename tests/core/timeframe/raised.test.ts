import { meetingAfter, relativeMeeting } from '../../../src/core/timeframe';

// A time frame naming a meeting only as "the next one" is counted from the meeting that raised
// the action when the log dates it (SPEC 3 "meeting").
describe('relativeMeeting', () => {
  it.each(['Next meeting', 'next Board', 'Following meeting', 'The next committee', 'Next QSC', 'next meeting.'])('finds "%s"', (text) => {
    expect(relativeMeeting(text)?.skip).toBe(0);
  });

  it('skips one meeting for "Board after next"', () => {
    expect(relativeMeeting('Board after next')?.skip).toBe(1);
  });

  it.each(['Next Board (Jan 24)', 'Next meeting - 30/01/25', 'Following Board approval', 'March Board', 'Dec-25', 'TBC'])('leaves "%s", which says more', (text) => {
    expect(relativeMeeting(text)).toBeNull();
  });
});

describe('meetingAfter', () => {
  const meetings = [
    { date: '2025-05-01', name: '' },
    { date: '2025-07-03', name: '' },
    { date: '2025-10-02', name: '' },
  ];
  const next = relativeMeeting('Next meeting');

  it('is the first meeting after the day the action was raised', () => {
    expect(next && meetingAfter(meetings, '2025-07-03', next)).toBe('2025-10-02');
    expect(next && meetingAfter(meetings, '2025-06-12', next)).toBe('2025-07-03');
  });

  it('is null when no meeting after it is known', () => {
    expect(next && meetingAfter(meetings, '2025-10-02', next)).toBeNull();
  });

  it('takes only a meeting of the body the phrase names', () => {
    const calendar = [{ date: '2025-07-20', name: 'Finance & Performance Committee' }, { date: '2025-09-04', name: 'Trust Board' }];
    const board = relativeMeeting('Next Board');
    const fp = relativeMeeting('Next F&P');
    expect(board && meetingAfter(calendar, '2025-07-03', board)).toBe('2025-09-04');
    expect(fp && meetingAfter(calendar, '2025-07-03', fp)).toBe('2025-07-20');
  });
});
