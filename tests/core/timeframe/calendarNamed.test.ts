import { meetingAfter, relativeMeeting } from '../../../src/core/timeframe';
import { calendar, read } from './expect';

/*
 * SPEC 3 meeting kind, SPEC 2.5 nextMeeting/meetings: a committee the static vocabulary does
 * not know ("MSC", "PIEAC") is still a meeting when the settings name it. A cell naming the
 * next meeting, or a calendar meeting, by the distinctive words of its name and in that
 * meeting's month (or "next", or no month) is that meeting; a month with no meeting of that
 * name keeps its ordinary reading.
 */

const asOf = '2026-09-21';
const on = (date: string | null) => ({ kind: 'meeting', start: date, end: date, redated: false });
const month = (start: string, end: string) => ({ kind: 'month', start, end, redated: false });
const msc = calendar([], { date: '2026-10-14', name: 'MSC Oct 26' });
const cal = calendar(
  [
    { date: '2026-10-14', name: 'MSC Oct 26' },
    { date: '2026-11-11', name: 'Medicines Safety Committee' },
    { date: '2026-10-20', name: 'PIEAC' },
    { date: '2026-10-22', name: 'Quality Committee' },
    { date: '2026-10-29', name: 'Patient Experience Group' },
    { date: '2026-10-05', name: 'ELG' },
  ],
  { date: '2026-10-14', name: 'MSC Oct 26' },
);

describe('the next meeting named by its acronym (settings.nextMeeting)', () => {
  it.each([
    ['Oct MSC', '2026-10-14'],
    ['MSC Oct 26', '2026-10-14'],
    ['Next MSC', '2026-10-14'],
    ['MSC', '2026-10-14'],
    ['MSC - October', '2026-10-14'],
    ['October 2026 MSC', '2026-10-14'],
    ['Oct MSC meeting', '2026-10-14'],
    ['Next meeting', '2026-10-14'],
  ])('reads %j as the meeting on %s', (text, date) => {
    expect(read(text, asOf, msc)).toEqual(on(date));
  });

  it.each([
    // Another month than the meeting's: the month, as before.
    ['Nov MSC', month('2026-11-01', '2026-11-30')],
    // An acronym the settings do not name: the month, as before.
    ['Oct QPEC', month('2026-10-01', '2026-10-31')],
    ['Oct', month('2026-10-01', '2026-10-31')],
  ])('keeps %j', (text, want) => {
    expect(read(text, asOf, msc)).toEqual(want);
  });

  it('keeps a cell the settings name nothing in', () => {
    expect(read('Next MSC', asOf).kind).toBe('unparseable');
    expect(read('Oct MSC', asOf)).toEqual(month('2026-10-01', '2026-10-31'));
  });
});

describe('a calendar meeting named by its acronym, initials or words (settings.meetings)', () => {
  it.each([
    ['Nov MSC', '2026-11-11'],
    ['MSC Nov 26', '2026-11-11'],
    ['Oct PIEAC', '2026-10-20'],
    ['Next PIEAC', '2026-10-20'],
    ['Oct Patient Experience', '2026-10-29'],
    ['Oct Quality Committee', '2026-10-22'],
    ['Nov Medicines Safety', '2026-11-11'],
    ['Oct 14 MSC', '2026-10-14'],
    ['Report to Oct PIEAC', '2026-10-20'],
  ])('reads %j as the meeting on %s', (text, date) => {
    expect(read(text, asOf, cal)).toEqual(on(date));
  });

  it.each([
    ['Dec MSC', month('2026-12-01', '2026-12-31')],
    ['Nov PIEAC', month('2026-11-01', '2026-11-30')],
    // One ordinary word of a name is not the committee: "Oct quality" may be a month's quality work.
    ['Oct Quality', month('2026-10-01', '2026-10-31')],
    ['Oct QPEC', month('2026-10-01', '2026-10-31')],
  ])('keeps %j', (text, want) => {
    expect(read(text, asOf, cal)).toEqual(want);
  });

  it.each([
    ['Feb Board 23', '2023-01-10', { kind: 'meeting', start: '2023-02-01', end: '2023-02-28', redated: false }],
    ['January ELG meeting', '2026-12-01', { kind: 'meeting', start: '2027-01-01', end: '2027-01-31', redated: false }],
    ['next meeting', asOf, on('2026-10-14')],
  ])('leaves %j (at %s) as it was', (text, at, want) => {
    expect(read(text, at, cal)).toEqual(want);
  });
});

describe('a committee only the calendar names, counted from the meeting that raised the action', () => {
  it('finds "Next MSC" and "MSC" with the calendar, and not without it', () => {
    expect(relativeMeeting('Next MSC', cal)?.skip).toBe(0);
    expect(relativeMeeting('MSC', cal)?.skip).toBe(0);
    expect(relativeMeeting('Next MSC')).toBeNull();
    expect(relativeMeeting('Oct MSC', cal)).toBeNull();
  });

  it('takes the next meeting of that committee after the one that raised the action', () => {
    const rel = relativeMeeting('Next MSC', cal);
    expect(rel && meetingAfter(cal.meetings, '2026-10-14', rel)).toBe('2026-11-11');
  });
});

describe('a name written all in capitals', () => {
  const caps = calendar([
    { date: '2026-10-20', name: 'MEDICINES SAFETY COMMITTEE' },
    { date: '2026-10-22', name: 'QPEC - PART 2' },
  ]);

  it('names its committee by initials and its words, never one word as an acronym', () => {
    expect(read('Oct MSC', asOf, caps)).toEqual(on('2026-10-20'));
    expect(read('Oct Medicines Safety', asOf, caps)).toEqual(on('2026-10-20'));
    expect(read('Oct QPEC', asOf, caps)).toEqual(on('2026-10-22'));
    expect(read('Safety', asOf, caps).kind).toBe('unparseable');
    expect(read('Oct safety', asOf, caps)).toEqual(month('2026-10-01', '2026-10-31'));
  });
});
