import { calendar, read } from './expect';

const asOf = '2022-11-03';
const meetings = [
  { date: '2022-12-07', name: 'ELG December 22' },
  { date: '2023-01-11', name: 'Engagement Leads Group' },
  { date: '2023-01-26', name: 'THT Board' },
  { date: '2023-02-08', name: 'ELG' },
  { date: '2023-02-23', name: 'THT Partnership Board' },
  { date: '2023-03-30', name: 'THT Board' },
  { date: '2023-05-17', name: 'Engagement Leads Group meeting' },
];
const cal = calendar(meetings, { date: '2022-12-07', name: 'ELG December 22' });

function meetingOn(date: string | null): object {
  return { kind: 'meeting', start: date, end: date, redated: false };
}

describe("a meeting phrase resolves to that month's meeting in the calendar", () => {
  it.each([
    ['Feb Board 23', '2023-02-23'],
    ['March 23 Board', '2023-03-30'],
    ['THT Board March 23', '2023-03-30'],
    ['January ELG meeting', '2023-01-11'], // "ELG" is the initials of Engagement Leads Group
    ['Jan Engagement Leads Group', '2023-01-11'],
    ['Feb Engagement Leads Group meeting', '2023-02-08'],
    ['Jan Board', '2023-01-26'],
    ['May meeting', '2023-05-17'],
    ['April Board', null],
  ])('reads %j as the meeting on %s', (text, date) => {
    const tf = read(text, asOf, cal);
    if (date === null) expect(tf).toEqual({ kind: 'meeting', start: '2023-04-01', end: '2023-04-30', redated: false });
    else expect(tf).toEqual(meetingOn(date));
  });

  it('takes the next meeting when the calendar lists none that month and the phrase names it', () => {
    const next = calendar([], { date: '2023-12-13', name: 'December QSC' });
    expect(read('Dec 23 QSC', '2023-11-15', next)).toEqual(meetingOn('2023-12-13'));
    expect(read('QSC December', '2023-11-15', next)).toEqual(meetingOn('2023-12-13'));
    // Another meeting that month, or one the phrase does not name, stays the month.
    expect(read('Dec Board', '2023-11-15', next)).toEqual({ kind: 'meeting', start: '2023-12-01', end: '2023-12-31', redated: false });
    expect(read('Jan QSC', '2023-11-15', next)).toEqual({ kind: 'meeting', start: '2024-01-01', end: '2024-01-31', redated: false });
  });

  it('prefers the meeting whose name shares a word, else takes any meeting that month', () => {
    expect(read('Feb ELG', asOf, cal)).toEqual(meetingOn('2023-02-08'));
    expect(read('Feb Board', asOf, cal)).toEqual(meetingOn('2023-02-23'));
    expect(read('Feb committee', asOf, cal)).toEqual(meetingOn('2023-02-08'));
  });

  it('is the whole month when the calendar has no meeting then, or is empty', () => {
    expect(read('Feb Board 23', asOf)).toEqual({
      kind: 'meeting',
      start: '2023-02-01',
      end: '2023-02-28',
      redated: false,
    });
    expect(read('April Board', asOf, cal)).toMatchObject({ start: '2023-04-01', end: '2023-04-30' });
  });

  it('reads a day given with the meeting as that day', () => {
    expect(read('Board 15 Feb', asOf, cal).kind).toBe('date');
  });

  it('takes the deadline from a phrase that names the meeting it feeds', () => {
    expect(read('Mid Jan for the Feb QSC', asOf, cal)).toMatchObject({ kind: 'meeting', end: '2023-01-15' });
    expect(read('Mar 24 for information', asOf, cal).kind).toBe('month');
    // SPEC 3 lists it as a meeting; its deadline is the date the paper is due.
    expect(read('End of March for April Board', asOf, cal)).toEqual({
      kind: 'meeting',
      start: '2023-03-31',
      end: '2023-03-31',
      redated: false,
    });
  });

  it('makes "by" a meeting a deadline at the meeting', () => {
    expect(read('by Feb Board', asOf, cal)).toEqual({
      kind: 'meeting',
      start: null,
      end: '2023-02-23',
      redated: false,
    });
  });
});

describe('"next meeting"', () => {
  it("is the calendar's next meeting", () => {
    expect(read('next meeting', asOf, cal)).toEqual(meetingOn('2022-12-07'));
  });

  it('is the next meeting of that name when the phrase names one', () => {
    expect(read('next Board', asOf, cal)).toEqual(meetingOn('2023-01-26'));
    expect(read('the next THT Board meeting', asOf, cal)).toEqual(meetingOn('2023-01-26'));
  });

  it('is the first calendar meeting on or after asOf when no next meeting is set', () => {
    expect(read('next meeting', '2023-01-12', calendar(meetings))).toEqual(meetingOn('2023-01-26'));
  });

  it('is a meeting with no date when nothing is known', () => {
    expect(read('next meeting', asOf)).toEqual(meetingOn(null));
  });

  it('ignores calendar entries whose dates are not real days', () => {
    const bad = calendar([{ date: '2023-02-30', name: 'Board' }], { date: 'soon', name: 'Board' });
    expect(read('Feb Board', asOf, bad)).toMatchObject({ start: '2023-02-01', end: '2023-02-28' });
    expect(read('next Board', asOf, bad)).toEqual(meetingOn(null));
  });
});
