import { calendar, read, tableAt } from './expect';

/*
 * Round eight: misreads that mislead a board most. Ongoing work with a named deadline went
 * unrated instead of Red; a month misspelt by one slip before a year moved the deadline to 31 December; a
 * quarter of next year was this year's (falsely Red); a date serial typed as text was unread;
 * and a report to a month's meeting was due at the month's end. Read on 20 November 2024.
 */
const asOf = '2024-11-20';
const table = tableAt(asOf);

describe('ongoing work that names a deadline is due then (SPEC 3: a phrase naming a deadline takes it)', () => {
  table([
    ['Ongoing - complete by Sept 24', 'month', null, '2024-09-30'],
    ['Ongoing - complete by Mar 25', 'month', null, '2025-03-31'],
    ['Ongoing – target date 31/08/24', 'date', null, '2024-08-31'],
    ['Continuous - to be completed by Jun 24', 'month', null, '2024-06-30'],
    ['Ongoing - deadline Q2', 'quarter', null, '2024-09-30'],
    ['BAU from Oct 24 (implementation by Sept 24)', 'month', null, '2024-09-30'],
    ['Quarterly, target 95% by Mar 25', 'month', null, '2025-03-31'],
    // Still as before: a date it runs until, and no deadline named at all.
    ['Ongoing until 31/10/24', 'date', null, '2024-10-31'],
    ['Ongoing (due Oct 24)', 'month', null, '2024-10-31'],
    ['Ongoing - reviewed monthly', 'ongoing', null, null],
    ['Ongoing from April 2024', 'ongoing', null, null],
    ['Ongoing - deadline TBC', 'ongoing', null, null],
  ]);
});

describe('a month or season misspelt before a year is that month, not the whole year', () => {
  table([
    ['Setp 2024', 'month', '2024-09-01', '2024-09-30'],
    ['Agust 2024', 'month', '2024-08-01', '2024-08-31'],
    ['Marhc 2025', 'month', '2025-03-01', '2025-03-31'],
    ['Arpil 2025', 'month', '2025-04-01', '2025-04-30'],
    ['Jnauary 2025', 'month', '2025-01-01', '2025-01-31'],
    ['Sumer 2024', 'range', '2024-06-01', '2024-08-31'],
    ['Autum 2024', 'range', '2024-09-01', '2024-11-30'],
    // A changed letter makes real words: "Sprint 24" is no spring.
    ['Sprint 24', 'unparseable', null, null],
  ]);
});

describe('a year after a word of the plan keeps it the whole year (no guess at what an unknown word meant)', () => {
  table([
    ['Implementation 2025', 'range', '2025-01-01', '2025-12-31'],
    ['Net zero 2040', 'range', '2040-01-01', '2040-12-31'],
    ['Launch 2025', 'range', '2025-01-01', '2025-12-31'],
    ['Implemented in 2024', 'range', '2024-01-01', '2024-12-31'],
    ['2025', 'range', '2025-01-01', '2025-12-31'],
  ]);
});

describe('a quarter of next, this or last year is in that financial year', () => {
  table([
    ['Q1 next year', 'quarter', '2025-04-01', '2025-06-30'],
    ['Q1 next FY', 'quarter', '2025-04-01', '2025-06-30'],
    ['Q1 of the next financial year', 'quarter', '2025-04-01', '2025-06-30'],
    ['Next FY Q2', 'quarter', '2025-07-01', '2025-09-30'],
    ['Q3 last year', 'quarter', '2023-10-01', '2023-12-31'],
    ['H2 next FY', 'range', '2025-10-01', '2026-03-31'],
    ['Q1-Q2 next year', 'range', '2025-04-01', '2025-09-30'],
    ['Q4 this year', 'quarter', '2025-01-01', '2025-03-31'],
  ]);

  it('is a calendar quarter of next year when the calendar counts quarters that way', () => {
    const cal = { meetings: [], nextMeeting: null, quarterConvention: 'calendar' as const };
    expect(read('Q1 next year', asOf, cal)).toMatchObject({ start: '2025-01-01', end: '2025-03-31' });
  });
});

describe('an Excel date serial typed as text is that day; a small number is not', () => {
  table([
    ['45627', 'date', '2024-12-01', '2024-12-01'],
    ['45657', 'date', '2024-12-31', '2024-12-31'],
    ['45627.0', 'date', '2024-12-01', '2024-12-01'],
    ['45565', 'date', '2024-09-30', '2024-09-30'],
    ['12345', 'unparseable', null, null],
    ['99999', 'unparseable', null, null],
    ['3', 'unparseable', null, null],
  ]);
});

describe("a report named with a month goes to that month's meeting", () => {
  const cal = calendar([{ date: '2024-12-12', name: 'Trust Board' }]);

  it.each([
    ['Verbal update Dec', '2024-12-12'],
    ['Update Dec 24', '2024-12-12'],
    ['Report to Dec', '2024-12-12'],
    ['Progress report - Dec', '2024-12-12'],
  ])('reads %j as the meeting that month', (text, day) => {
    expect(read(text, asOf, cal)).toEqual({ kind: 'meeting', start: day, end: day, redated: false });
  });

  table([
    ['Verbal update Jan', 'meeting', '2025-01-01', '2025-01-31'],
    // A deadline word keeps the month a deadline; "may" before a verb is no month.
    ['Update by Dec', 'month', null, '2024-12-31'],
    ['Update may be delayed', 'unparseable', null, null],
  ]);
});
