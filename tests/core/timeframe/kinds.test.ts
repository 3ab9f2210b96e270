import { read, type Row, tableAt } from './expect';

/* SPEC 3's table, kind by kind, read on 3 November 2022 unless a row says otherwise. */
const asOf = '2022-11-03';

const table = tableAt(asOf);

describe('date: one day, always day before month', () => {
  table([
    ['5/1/23', 'date', '2023-01-05', '2023-01-05'],
    ['05/01/2023', 'date', '2023-01-05', '2023-01-05'],
    ['10.05.2023', 'date', '2023-05-10', '2023-05-10'],
    ['2023-05-10', 'date', '2023-05-10', '2023-05-10'],
    ['2022-11-30T00:00:00', 'date', '2022-11-30', '2022-11-30'],
    ['2 Dec', 'date', '2022-12-02', '2022-12-02'],
    ['2nd of December', 'date', '2022-12-02', '2022-12-02'],
    ['23 March', 'date', '2023-03-23', '2023-03-23'],
    ['14 September 2023', 'date', '2023-09-14', '2023-09-14'],
    ['02-Dec-22', 'date', '2022-12-02', '2022-12-02'],
    ['Dec 15 2023', 'date', '2023-12-15', '2023-12-15'],
    ['December 15, 2023', 'date', '2023-12-15', '2023-12-15'],
    ['Nov 22nd', 'date', '2022-11-22', '2022-11-22'],
    ['5/1', 'date', '2023-01-05', '2023-01-05'],
    ['Monday 5 December 2022', 'date', '2022-12-05', '2022-12-05'],
    ['Mon 5 Dec', 'date', '2022-12-05', '2022-12-05'],
    ['Due: 5/1/23', 'date', '2023-01-05', '2023-01-05'],
    ['29/02/2024', 'date', '2024-02-29', '2024-02-29'],
    ['1999-12-31', 'date', '1999-12-31', '1999-12-31'],
    ['2101-01-01', 'date', '2101-01-01', '2101-01-01'],
  ]);

  it('gives a deadline only with "by", "no later than" and "before" (the day before)', () => {
    expect(read('by 5/1/23', asOf)).toEqual({ kind: 'date', start: null, end: '2023-01-05', redated: false });
    expect(read('no later than 5 Jan', asOf)).toEqual({ kind: 'date', start: null, end: '2023-01-05', redated: false });
    expect(read('before 5 Jan', asOf)).toEqual({ kind: 'date', start: null, end: '2023-01-04', redated: false });
  });
});

describe('month: the month, or the part a qualifier names', () => {
  table([
    ['Jul 23', 'month', '2023-07-01', '2023-07-31'],
    ['Apr 2025', 'month', '2025-04-01', '2025-04-30'],
    ['December 2023', 'month', '2023-12-01', '2023-12-31'],
    ['Sept 23', 'month', '2023-09-01', '2023-09-30'],
    ['Sept. 2023', 'month', '2023-09-01', '2023-09-30'],
    ["Nov'22", 'month', '2022-11-01', '2022-11-30'],
    ['2023-05', 'month', '2023-05-01', '2023-05-31'],
    ['End of Nov 22', 'month', '2022-11-30', '2022-11-30'],
    ['End of Feb 24', 'month', '2024-02-29', '2024-02-29'],
    ['Mid Nov', 'month', '2022-11-15', '2022-11-15'],
    ['middle of March', 'month', '2023-03-15', '2023-03-15'],
    ['Early Jan', 'month', '2023-01-01', '2023-01-10'],
    ['beginning of January', 'month', '2023-01-01', '2023-01-10'],
    ['Late Feb', 'month', '2023-02-21', '2023-02-28'],
    ['By Mid Jan', 'month', null, '2023-01-15'],
    ['Complete by mid Dec', 'month', null, '2022-12-15'],
    ['by Jan 23', 'month', null, '2023-01-31'],
    ['no later than end of January', 'month', null, '2023-01-31'],
    ['before end of March', 'month', null, '2023-03-31'],
    ['Before April', 'month', null, '2023-03-31'],
    ['Jan 23 (TBC)', 'month', '2023-01-01', '2023-01-31'],
  ]);
});

describe('range: start of the first end to the end of the second', () => {
  table([
    ['May – Jun 23', 'range', '2023-05-01', '2023-06-30'],
    ['Oct 23 – Mar 24', 'range', '2023-10-01', '2024-03-31'],
    ['Nov 22 – Jan', 'range', '2022-11-01', '2023-01-31'],
    ['Nov – Feb 23', 'range', '2022-11-01', '2023-02-28'],
    ['Late Feb to Late March', 'range', '2023-02-21', '2023-03-31'],
    ['Feb & March 23', 'range', '2023-02-01', '2023-03-31'],
    ['Through mid-March to end of March', 'range', '2023-03-15', '2023-03-31'],
    ['January-April 2025', 'range', '2025-01-01', '2025-04-30'],
    ['Jan/Feb 23', 'range', '2023-01-01', '2023-02-28'],
    ['From Jan 23 to Mar 23', 'range', '2023-01-01', '2023-03-31'],
    ['between 5 Jan and 10 Feb 23', 'range', '2023-01-05', '2023-02-10'],
    ['5/1/23 - 10/2/23', 'range', '2023-01-05', '2023-02-10'],
    ['5-10 March', 'range', '2023-03-05', '2023-03-10'],
    ['March 5-10 2023', 'range', '2023-03-05', '2023-03-10'],
    ['this autumn', 'range', '2022-09-01', '2022-11-30'],
    ['spring 2024', 'range', '2024-03-01', '2024-05-31'],
    ['summer 23', 'range', '2023-06-01', '2023-08-31'],
    ['winter 2022/23', 'range', '2022-12-01', '2023-02-28'],
    ['winter', 'range', '2022-12-01', '2023-02-28'],
    ['next spring', 'range', '2023-03-01', '2023-05-31'],
    ['Summer/Autumn 2023', 'range', '2023-06-01', '2023-11-30'],
    ['winter/spring 2024', 'range', '2023-12-01', '2024-05-31'],
    ['2024', 'range', '2024-01-01', '2024-12-31'],
    ['end of 2024', 'range', '2024-12-31', '2024-12-31'],
    ['Early 2023', 'range', '2023-01-01', '2023-04-30'],
    ['Dec 2022 - Jan 2023', 'range', '2022-12-01', '2023-01-31'],
    ['Mar 24 – Oct 23', 'unparseable', null, null],
  ]);
});

describe('halves of a financial year: two quarters, as a range', () => {
  table(
    [
      ['H1 2023/24', 'range', '2023-04-01', '2023-09-30'],
      ['H2', 'range', '2023-10-01', '2024-03-31'],
      ['Second half of 2023/24', 'range', '2023-10-01', '2024-03-31'],
      ['1st half 2024/25', 'range', '2024-04-01', '2024-09-30'],
      ['second half of the year', 'range', '2023-10-01', '2024-03-31'],
      // Halves in words of a calendar year are that year's, as people say them.
      ['First half of 2024', 'range', '2024-01-01', '2024-06-30'],
    ],
    '2023-09-30',
  );
});

describe('quarter: NHS financial quarters by default', () => {
  table(
    [
      ['2023-24 Q2', 'quarter', '2023-07-01', '2023-09-30'],
      // Two quarters written together run from the first to the end of the second, in the year written after them.
      ['Q3/Q4', 'range', '2023-10-01', '2024-03-31'],
      ['Q1 & Q2 2024/25', 'range', '2024-04-01', '2024-09-30'],
      ['Q1 and Q2 2024/25', 'range', '2024-04-01', '2024-09-30'],
      ['2024/25 Q1-Q2', 'range', '2024-04-01', '2024-09-30'],
      ['FY24/25 Q3 to Q4', 'range', '2024-10-01', '2025-03-31'],
      ['Q4 2023/24', 'quarter', '2024-01-01', '2024-03-31'],
      ['Q2 23/24', 'quarter', '2023-07-01', '2023-09-30'],
      ['quarter 4', 'quarter', '2024-01-01', '2024-03-31'],
      ['quarter one', 'quarter', '2023-04-01', '2023-06-30'],
      ['fourth quarter', 'quarter', '2024-01-01', '2024-03-31'],
      ['Q3', 'quarter', '2023-10-01', '2023-12-31'],
      ['Q1 2024', 'quarter', '2024-04-01', '2024-06-30'],
      ['end of quarter 4', 'quarter', '2024-03-31', '2024-03-31'],
      ['end Q4', 'quarter', '2024-03-31', '2024-03-31'],
      ['late Q4', 'quarter', '2024-03-01', '2024-03-31'],
      ['mid Q3', 'quarter', '2023-11-15', '2023-11-15'],
      ['by the end of quarter 4', 'quarter', null, '2024-03-31'],
      ['quarter 4 2023-26', 'quarter', '2024-01-01', '2024-03-31'],
      ['Q1 - Q2', 'range', '2023-04-01', '2023-09-30'],
      ['Q5', 'unparseable', null, null],
    ],
    '2023-09-30',
  );

  it('takes the financial year containing asOf when none is written, even early in the calendar year', () => {
    expect(read('Q4', '2024-02-01')).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
    expect(read('Q1', '2024-02-01')).toMatchObject({ start: '2023-04-01', end: '2023-06-30' });
  });

  it("reads calendar quarters when the calendar's quarterConvention is 'calendar'", () => {
    const cal = { meetings: [], nextMeeting: null, quarterConvention: 'calendar' as const };
    expect(read('Q1 2024', '2023-09-30', cal)).toEqual({
      kind: 'quarter',
      start: '2024-01-01',
      end: '2024-03-31',
      redated: false,
    });
    expect(read('Q3', '2023-09-30', cal)).toMatchObject({ start: '2023-07-01', end: '2023-09-30' });
    expect(read('2023-24 Q2', '2023-09-30', cal)).toMatchObject({ start: '2023-07-01', end: '2023-09-30' });
    expect(read('Q4 2023/24', '2023-09-30', cal)).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
  });
});

describe('financial_year: 1 April to 31 March', () => {
  table(
    [
      ['2023-24', 'financial_year', '2023-04-01', '2024-03-31'],
      ['2023/24', 'financial_year', '2023-04-01', '2024-03-31'],
      ['23/24', 'financial_year', '2023-04-01', '2024-03-31'],
      ['FY 2024/25', 'financial_year', '2024-04-01', '2025-03-31'],
      ['FY25', 'financial_year', '2024-04-01', '2025-03-31'],
      ['the financial year 2024/25', 'financial_year', '2024-04-01', '2025-03-31'],
      ['end of the financial year 2024/25', 'financial_year', '2025-03-31', '2025-03-31'],
      ['by end of 2025-26', 'financial_year', null, '2026-03-31'],
      ['2023-2026', 'financial_year', '2023-04-01', '2026-03-31'],
      ['end of the financial year', 'financial_year', '2024-03-31', '2024-03-31'],
      ['year end', 'financial_year', '2024-03-31', '2024-03-31'],
      ['next financial year', 'financial_year', '2024-04-01', '2025-03-31'],
      ['early 2023-24', 'financial_year', '2023-04-01', '2023-07-31'],
      ['2023/24 to 2025/26', 'financial_year', '2023-04-01', '2026-03-31'],
    ],
    '2023-09-30',
  );

  it('reads "11/12" as 11 December, not the long-gone 2011/12', () => {
    expect(read('11/12', '2023-09-30')).toMatchObject({ kind: 'date', start: '2023-12-11' });
  });
});

describe('month_number: NHS months count from April', () => {
  table(
    [
      ['Month 9 2023/24', 'month_number', '2023-12-01', '2023-12-31'],
      ['M9', 'month_number', '2023-12-01', '2023-12-31'],
      ['M1', 'month_number', '2023-04-01', '2023-04-30'],
      ['Month 12', 'month_number', '2024-03-01', '2024-03-31'],
      ['end of M10', 'month_number', '2024-01-31', '2024-01-31'],
      ['M13', 'unparseable', null, null],
    ],
    '2023-09-30',
  );
});

describe('month_number spans: a run of NHS months, due at the end of the last', () => {
  table(
    [
      ['Month 1 to Month 3', 'month_number', '2023-04-01', '2023-06-30'],
      ['M1-M3', 'month_number', '2023-04-01', '2023-06-30'],
      ['Month 4 to 6', 'month_number', '2023-07-01', '2023-09-30'],
      ['M10 - M12 2024/25', 'month_number', '2025-01-01', '2025-03-31'],
      // A year after a dash is the plan's year, not a second month.
      ['M3 - 2024/25', 'month_number', '2024-06-01', '2024-06-30'],
      ['M12 - 24/25', 'month_number', '2025-03-01', '2025-03-31'],
      ['M6-M4', 'unparseable', null, null],
    ],
    '2023-09-30',
  );
});

describe('a month and year in numbers', () => {
  table([
    ['03/2023', 'month', '2023-03-01', '2023-03-31'],
    ['3.2023', 'month', '2023-03-01', '2023-03-31'],
    // The second number cannot be a month, and is a year near asOf's.
    ['12/22', 'month', '2022-12-01', '2022-12-31'],
    ['04/2023 - 03/2024', 'range', '2023-04-01', '2024-03-31'],
    ['12/22 - 03/23', 'range', '2022-12-01', '2023-03-31'],
    // Day before month still, where both can be read so; a year far from asOf's is no year.
    ['11/12', 'date', '2022-12-11', '2022-12-11'],
    ['1/13', 'unparseable', null, null],
  ]);
});

describe('a list of time frames for one step: from the first to the last', () => {
  table([
    ['End of Nov 22; End of Jan 23', 'range', '2022-11-30', '2023-01-31'],
    ['Q3 2022/23; Q4 2022/23', 'range', '2022-10-01', '2023-03-31'],
    // A part that names the meeting a date feeds is no date of its own.
    ['End of March; for April Board', 'meeting', '2023-03-31', '2023-03-31'],
  ]);
});

describe('ongoing: no deadline', () => {
  table(
    [
      'On-going',
      'Ongoing',
      'on going',
      'ongoing following board decision',
      'On-going following board decision',
      'continuous',
      'monthly',
      'quarterly',
      'weekly',
      'business as usual',
      'annually',
      'BAU',
      'Until further notice',
      // A date that starts open-ended work is no deadline.
      'March 2023 onwards',
      'From April 2023 onwards',
      'Q2 2023/24 and beyond',
    ].map((t): Row => [t, 'ongoing', null, null]),
  );
});

describe('tbc: no deadline yet', () => {
  table(
    [
      'TBC',
      // A strategy's horizons name no date.
      'Short term',
      'Medium-term 4-6 years',
      'tbc',
      'to be confirmed',
      'to be agreed',
      'New time frame to be developed',
      'Action to be confirmed',
      'Establish once above action completed',
      'Actions and timescales to be decided once Incoming community / resident board member in post',
      'dependent on funding decision',
      'Dependant on outcome of review',
    ].map((t): Row => [t, 'tbc', null, null]),
  );

  it('prefers a date to "dependent on" when the cell gives one', () => {
    expect(read('dependent on Feb Board decision', asOf)).toMatchObject({ kind: 'meeting', start: '2023-02-01' });
  });
});

describe('missing and unparseable', () => {
  table([
    ['', 'missing', null, null],
    ['   ', 'missing', null, null],
    ['\n\t', 'missing', null, null],
    ['<p></p>', 'missing', null, null],
    ['&nbsp;', 'missing', null, null],
    ['hello world', 'unparseable', null, null],
    ['31/02/2023', 'unparseable', null, null],
    ['31 Feb', 'unparseable', null, null],
    ['0000-01-01', 'unparseable', null, null],
    ['end of year', 'unparseable', null, null],
    ['Board may review this', 'unparseable', null, null],
    ['12/31/2022', 'unparseable', null, null], // never month-first
  ]);

  it('reads a phrase at the start of a long cell but nothing buried further in', () => {
    const filler = ' lorem ipsum'.repeat(40);
    expect(read(`End of Nov 22${filler}`, asOf)).toMatchObject({ kind: 'month', end: '2022-11-30' });
    expect(read(`Notes${filler} End of Nov 22`, asOf).kind).toBe('unparseable');
  });

  it('is unparseable for every phrase when asOf is not a real day, but still knows TBC', () => {
    expect(read('End of Nov', '2022-02-30').kind).toBe('unparseable');
    expect(read('TBC', 'soon').kind).toBe('tbc');
  });
});

describe('pasted HTML and odd characters', () => {
  table([
    ['<p><b>End&nbsp;of&nbsp;Dec</b></p>', 'month', '2022-12-31', '2022-12-31'],
    ['Late Feb &amp; March', 'range', '2023-02-21', '2023-03-31'],
    // Decoded, "&" does not hide the "onwards" that makes the date a start, not a deadline.
    ['Late Feb &amp; onwards', 'ongoing', null, null],
    ['May&#8211;Jun 23', 'range', '2023-05-01', '2023-06-30'],
    ['\u2022 End of Jan 23', 'month', '2023-01-31', '2023-01-31'],
    ['End\u00a0of\u00a0Nov\u00a022', 'month', '2022-11-30', '2022-11-30'],
    ['End of Nov 22\u0000\u0007', 'month', '2022-11-30', '2022-11-30'],
    ['\ud83d\udcc5 5/1/23', 'date', '2023-01-05', '2023-01-05'],
  ]);
});
