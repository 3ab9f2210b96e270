import { read } from './expect';
import type { Calendar } from '../../../src/core/types';

/*
 * Review 18, read on Monday 7 December 2026 (Q3 of 2026/27) unless a test says otherwise.
 * A date moved ("Delayed until Q1") points ahead of when it was moved, so with no year it is never
 * a period already over at asOf; "next month", "this quarter" and "within 2 weeks" count from asOf;
 * two dates side by side with nothing between them are a revision whose strike-through was lost.
 */
const asOf = '2026-12-07';

describe('a date moved to, with no year and no date replaced, points ahead when a year on is as near', () => {
  it.each([
    // Q1 ended in June, five months gone; next April is four months on.
    ['Delayed until Q1', 'quarter', '2027-04-01', '2027-06-30'],
    ['Deferred to Q1', 'quarter', '2027-04-01', '2027-06-30'],
    ['Slipped to Q1', 'quarter', '2027-04-01', '2027-06-30'],
    ['Pushed back to Q1', 'quarter', '2027-04-01', '2027-06-30'],
    ['Moved to Q1', 'quarter', '2027-04-01', '2027-06-30'],
    // Month 3 is June: six months gone or six to come, and a move points ahead.
    ['Deferred to M3', 'month_number', '2027-06-01', '2027-06-30'],
    ['Delayed until Month 2', 'month_number', '2027-05-01', '2027-05-31'],
    ['Deferred to June', 'month', '2027-06-01', '2027-06-30'],
    ['Postponed to 30/06', 'date', '2027-06-30', '2027-06-30'],
    ['Deferred - now Q1', 'quarter', '2027-04-01', '2027-06-30'],
  ])('reads %j as re-dated, still to come', (text, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: true });
  });

  it.each([
    ['Now Q1', 'quarter', '2027-04-01', '2027-06-30'],
    ['New: Q1', 'quarter', '2027-04-01', '2027-06-30'],
  ])('reads %j, a new date with no old one, as still to come', (text, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: false });
  });

  it.each([
    // Just gone, nearer than a year on: a deadline missed, overdue.
    ['Delayed until November', 'month', '2026-11-01', '2026-11-30', true],
    ['Delayed until mid Nov', 'month', '2026-11-15', '2026-11-15', true],
    ['Pushed back to Q2', 'quarter', '2026-07-01', '2026-09-30', true],
    // Still running at asOf, or still to come: as SPEC 3 reads them alone.
    ['Moved to Dec', 'month', '2026-12-01', '2026-12-31', true],
    ['Deferred to Q4', 'quarter', '2027-01-01', '2027-03-31', true],
    ['Delayed until Q3', 'quarter', '2026-10-01', '2026-12-31', true],
    // A year written is kept, however long ago.
    ['Deferred to Q1 2026/27', 'quarter', '2026-04-01', '2026-06-30', true],
    ['Delayed until November 2026', 'month', '2026-11-01', '2026-11-30', true],
    // A date replaced anchors the new one: "was Oct now Nov" is the November just gone, overdue.
    ['was Oct now Nov', 'month', '2026-11-01', '2026-11-30', true],
    ['Q3 - slipped to Q1', 'quarter', '2027-04-01', '2027-06-30', true],
    ['Q1 - slipped to Q2', 'quarter', '2027-07-01', '2027-09-30', true],
    // A date written first and labelled after is a record of the move, read as SPEC 3 reads it alone.
    ['Q1 (rescheduled)', 'quarter', '2026-04-01', '2026-06-30', true],
    // No moving word: SPEC 3's bare quarter and nearest month.
    ['Q1', 'quarter', '2026-04-01', '2026-06-30', false],
    ['November', 'month', '2026-11-01', '2026-11-30', false],
  ] as const)('keeps %j', (text, kind, start, end, redated) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated });
  });

  it('keeps a quarter two months gone as a deadline missed, and never moves a quarter back', () => {
    expect(read('Deferred to Q1', '2026-09-20')).toEqual({ kind: 'quarter', start: '2026-04-01', end: '2026-06-30', redated: true });
    expect(read('Deferred to Q4', '2027-05-15')).toEqual({ kind: 'quarter', start: '2028-01-01', end: '2028-03-31', redated: true });
  });
});

describe('a week, month or quarter named from now counts from asOf', () => {
  it.each([
    ['End of the month', 'month', '2026-12-31', '2026-12-31'],
    ['End of this month', 'month', '2026-12-31', '2026-12-31'],
    ['End of month', 'month', '2026-12-31', '2026-12-31'],
    ['Month end', 'month', '2026-12-31', '2026-12-31'],
    ['This month', 'month', '2026-12-01', '2026-12-31'],
    ['Next month', 'month', '2027-01-01', '2027-01-31'],
    ['End of next month', 'month', '2027-01-31', '2027-01-31'],
    ['By mid next month', 'month', null, '2027-01-15'],
    ['This quarter', 'quarter', '2026-10-01', '2026-12-31'],
    ['Next quarter', 'quarter', '2027-01-01', '2027-03-31'],
    ['End of next quarter', 'quarter', '2027-03-31', '2027-03-31'],
    ['End of the quarter', 'quarter', '2026-12-31', '2026-12-31'],
    ['This week', 'range', '2026-12-07', '2026-12-13'],
    ['Next week', 'range', '2026-12-14', '2026-12-20'],
    ['End of the week', 'date', '2026-12-13', '2026-12-13'],
    ['End of next week', 'date', '2026-12-20', '2026-12-20'],
    ['Within 2 weeks', 'date', null, '2026-12-21'],
    ['Within the next 6 weeks', 'date', null, '2027-01-18'],
    ['Within a month', 'date', null, '2027-01-07'],
    ['In 3 months', 'date', '2027-03-07', '2027-03-07'],
    ["In two weeks' time", 'date', '2026-12-21', '2026-12-21'],
  ])('reads %j', (text, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: false });
  });

  it('counts from another asOf the same way', () => {
    expect(read('Next quarter', '2027-05-15')).toEqual({ kind: 'quarter', start: '2027-07-01', end: '2027-09-30', redated: false });
    expect(read('End of the month', '2027-05-15')).toEqual({ kind: 'month', start: '2027-05-31', end: '2027-05-31', redated: false });
    expect(read('In 3 months', '2026-11-30')).toEqual({ kind: 'date', start: '2027-02-28', end: '2027-02-28', redated: false });
  });

  it.each([
    ['Due next month', 'month', '2027-01-01', '2027-01-31'],
    ['Target: end of next quarter', 'quarter', '2027-03-31', '2027-03-31'],
    ['Due within 7 days', 'date', null, '2026-12-14'],
  ])('reads %j after a deadline word', (text, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: false });
  });

  it('reads next quarter under calendar quarters as the same three months', () => {
    const calendar: Calendar = { meetings: [], nextMeeting: null, quarterConvention: 'calendar' };
    expect(read('Next quarter', asOf, calendar)).toEqual({ kind: 'quarter', start: '2027-01-01', end: '2027-03-31', redated: false });
  });

  it('reads a date moved to next quarter as re-dated', () => {
    expect(read('Q3 - moved to next quarter', asOf)).toEqual({ kind: 'quarter', start: '2027-01-01', end: '2027-03-31', redated: true });
  });

  it.each([
    // A period named in passing is no deadline: only at the start, or after a deadline or move word.
    ['No progress this month', 'unparseable'],
    ['Weekend rota not agreed', 'unparseable'],
    ['Completed in 2 weeks', 'unparseable'],
    ['Every month', 'ongoing'],
    ['Reviewed each quarter', 'ongoing'],
    ['Monthly', 'ongoing'],
    ['Within 3 months of approval', 'unparseable'],
    ['3 months', 'unparseable'],
  ])('leaves %j as it was', (text, kind) => {
    expect(read(text, asOf).kind).toBe(kind);
  });

  it('keeps a numbered month and quarter', () => {
    expect(read('End of quarter 4', asOf).end).toBe('2027-03-31');
    expect(read('Month 9', asOf)).toEqual({ kind: 'month_number', start: '2026-12-01', end: '2026-12-31', redated: false });
  });
});

describe('two dates side by side with nothing between are a revision: the last is the deadline', () => {
  it.each([
    ['Sep-26 Dec-26', 'month', '2026-12-01', '2026-12-31'],
    ['Sep 26 Dec 26', 'month', '2026-12-01', '2026-12-31'],
    ['Sept 2026 Dec 2026', 'month', '2026-12-01', '2026-12-31'],
    ['30/09/26 31/12/26', 'date', '2026-12-31', '2026-12-31'],
    ['Q2 Q4', 'quarter', '2027-01-01', '2027-03-31'],
    ['Sep-26 Dec-26 Mar-27', 'month', '2027-03-01', '2027-03-31'],
  ])('reads %j as re-dated', (text, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: true });
  });

  it.each([
    ['Sep-Dec 26', 'range', '2026-09-01', '2026-12-31'],
    ['Sep 26 - Dec 26', 'range', '2026-09-01', '2026-12-31'],
    ['Sep 26 to Dec 26', 'range', '2026-09-01', '2026-12-31'],
    ['Sep 26; Dec 26', 'range', '2026-09-01', '2026-12-31'],
    // An earlier second date is no revision (revisions move dates later): read as before.
    ['Dec-26 Sep-26', 'month', '2026-12-01', '2026-12-31'],
    ['30 Sep 26', 'date', '2026-09-30', '2026-09-30'],
    // Dates on lines of their own may be a history or a list: left as they were read.
    ['Sep-26\nDec-26', 'month', '2026-09-01', '2026-09-30'],
  ])('keeps %j', (text, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: false });
  });
});

describe('a quarter and its year side by side are one quarter', () => {
  it.each([
    ['Q3 26/27', '2026-10-01', '2026-12-31'],
    ['Q1 27/28', '2027-04-01', '2027-06-30'],
    ['Q4 2026/27', '2027-01-01', '2027-03-31'],
  ])('reads %j', (text, start, end) => {
    expect(read(text, asOf)).toEqual({ kind: 'quarter', start, end, redated: false });
  });
});

describe('a date written wins over one counted from now', () => {
  it.each([
    ['Due in 14 days (3 Jan 2027)', 'date', '2027-01-03', '2027-01-03'],
    ['31/01/2027 - within 2 weeks of approval', 'date', '2027-01-31', '2027-01-31'],
    ['Feb 27, next month if possible', 'month', '2027-02-01', '2027-02-28'],
  ])('reads %j', (text, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: false });
  });
});
