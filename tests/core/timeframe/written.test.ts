import { calendar, expected, read, type Row, tableAt } from './expect';

/*
 * Time frames the way programme managers type them into trackers, beyond SPEC 3's table. Read
 * on 3 November 2022 unless a row says otherwise.
 */
const asOf = '2022-11-03';

const table = tableAt(asOf);

describe('a TBC with a provisional date: the date is the deadline, as in "Jan 23 (TBC)"', () => {
  table([
    ['TBC; End of Jan 23', 'month', '2023-01-31', '2023-01-31'],
    ['TBC - End of Jan 23', 'month', '2023-01-31', '2023-01-31'],
    ['TBC (provisionally end of Jan 23)', 'month', '2023-01-31', '2023-01-31'],
    ['TBC - likely March', 'month', '2023-03-01', '2023-03-31'],
    ['TBC, possibly Feb 23', 'month', '2023-02-01', '2023-02-28'],
    ['Date TBC (Q3)', 'quarter', '2022-10-01', '2022-12-31'],
    ['TBC: Q4 2023/24', 'quarter', '2024-01-01', '2024-03-31'],
  ]);

  it('stays TBC when what follows the TBC is no date', () => {
    for (const text of ['TBC following Feb Board', 'TBC - dependent on funding', 'TBC post consultation']) {
      expect([text, read(text, asOf).kind]).toEqual([text, 'tbc']);
    }
  });

  it('keeps a strategy horizon TBC whatever year follows it', () => {
    for (const text of ['Long term (2025+)', 'Medium term - by 2025', 'Short-term 1-3 years']) {
      expect([text, read(text, asOf).kind]).toEqual([text, 'tbc']);
    }
  });
});

describe('ongoing work with a date it runs until: that date is the deadline', () => {
  table([
    ['Ongoing until March 2023', 'month', null, '2023-03-31'],
    ['On-going to Mar 23', 'month', null, '2023-03-31'],
  ]);

  it('stays ongoing when the date is only a review or the work has no end', () => {
    // "Ongoing - review Mar 23" names the next review, its deadline: see review-2027.test.ts.
    for (const text of ['Ongoing - quarterly review', 'Ongoing - reviewed Mar 23', 'On-going until further notice']) {
      expect([text, read(text, asOf).kind]).toEqual([text, 'ongoing']);
    }
  });
});

describe('week commencing: work planned for the seven days from that day', () => {
  table([
    ['w/c 14 Nov', 'range', '2022-11-14', '2022-11-20'],
    ['W/C 05.12.22', 'range', '2022-12-05', '2022-12-11'],
    ['Week beginning 5 December 2022', 'range', '2022-12-05', '2022-12-11'],
    ['wb 5/12/22', 'range', '2022-12-05', '2022-12-11'],
    ['by w/c 5 Dec', 'range', null, '2022-12-11'],
    // A week named by its end is due that day.
    ['Week ending 9 Dec', 'date', '2022-12-09', '2022-12-09'],
  ]);
});

describe('"on or before" gives the day itself as the deadline', () => {
  table([['On or before 31.12.22', 'date', null, '2022-12-31']]);
});

describe('Christmas is 25 December', () => {
  table([
    ['Before Christmas', 'date', null, '2022-12-24'],
    ['By Xmas', 'date', null, '2022-12-25'],
    ['Christmas 2023', 'date', '2023-12-25', '2023-12-25'],
    ['Nov - Christmas', 'range', '2022-11-01', '2022-12-25'],
  ]);
});

describe('a span of years written with "to" reads as the same span written with a dash', () => {
  table([
    ['2023 to 2026', 'financial_year', '2023-04-01', '2026-03-31'],
    ['By end of calendar year 2023', 'range', null, '2023-12-31'],
  ]);
});

describe('a month and year typed with no space between them', () => {
  table([
    ['Nov22', 'month', '2022-11-01', '2022-11-30'],
    ['Sept2023', 'month', '2023-09-01', '2023-09-30'],
    ['end Mar23', 'month', '2023-03-31', '2023-03-31'],
  ]);
});

describe('two qualifiers bound a span: from where the first starts to where the second ends', () => {
  table([
    ['mid-late Nov', 'month', '2022-11-15', '2022-11-30'],
    ['Mid to end Jan', 'month', '2023-01-15', '2023-01-31'],
    ['early-mid Dec', 'month', '2022-12-01', '2022-12-15'],
  ]);
});

describe('a meeting and its month joined by a dash', () => {
  it('reads "Trust Board - March" as that meeting, found in the calendar', () => {
    const cal = calendar([{ date: '2023-03-16', name: 'Trust Board' }]);
    expect(read('Trust Board - March', asOf, cal)).toEqual(expected(['', 'meeting', '2023-03-16', '2023-03-16']));
  });
});

describe('the end of the financial year, abbreviated', () => {
  table(
    [
      ['EOFY', 'financial_year', '2024-03-31', '2024-03-31'],
      ['By EOFY', 'financial_year', null, '2024-03-31'],
    ],
    '2023-09-30',
  );
});

describe('work that recurs, or carries on from a date, has no deadline', () => {
  table(
    ['Every meeting', 'At each Board', 'Termly', 'Every 6 months', '2023/24 and ongoing'].map(
      (t): Row => [t, 'ongoing', null, null],
    ),
  );
});

describe('timing tied to another timetable is not set yet', () => {
  table([['In line with ICB planning timetable', 'tbc', null, null]]);
});

describe('recurring work named by an adjective is ongoing, unless the cell also gives a date', () => {
  table(['Annual', 'Annual review', 'Bi-annual', 'Biannual', 'Semi-annual', 'Biennial', 'Every 12 months'].map(
    (t): Row => [t, 'ongoing', null, null],
  ));
  table([
    ['Annual report - June 2023', 'month', '2023-06-01', '2023-06-30'],
    ['Annual plan by March 2023', 'month', null, '2023-03-31'],
    ['Jan 23 & ongoing', 'ongoing', null, null],
    ['NA', 'tbc', null, null],
  ]);
});

describe('the calendar year named without its number', () => {
  table([
    ['End of the calendar year', 'range', '2022-12-31', '2022-12-31'],
    ['By the end of the calendar year', 'range', null, '2022-12-31'],
    ['End calendar year', 'range', '2022-12-31', '2022-12-31'],
    ['Next calendar year', 'range', '2023-01-01', '2023-12-31'],
    ['This calendar year', 'range', '2022-01-01', '2022-12-31'],
  ]);
});

describe('a quarter or half of "FY24" is in the financial year ending in 2024, as "FY24" alone is', () => {
  table(
    [
      ['Q4 FY24', 'quarter', '2024-01-01', '2024-03-31'],
      ['Q1 FY25', 'quarter', '2024-04-01', '2024-06-30'],
      ['Q2 FY2024', 'quarter', '2023-07-01', '2023-09-30'],
      ['H1 FY25', 'range', '2024-04-01', '2024-09-30'],
      ['Q3/Q4 FY24', 'range', '2023-10-01', '2024-03-31'],
      ['Q1 2024', 'quarter', '2024-04-01', '2024-06-30'],
    ],
    '2023-11-15',
  );
});

describe('two financial years joined by "and", two whole dates by a spaced slash: from the first to the last', () => {
  table(
    [
      ['2023/24 and 2024/25', 'financial_year', '2023-04-01', '2025-03-31'],
      ['2023/24 & 2024/25', 'financial_year', '2023-04-01', '2025-03-31'],
      ['31 Mar 24 / 30 Jun 24', 'range', '2024-03-31', '2024-06-30'],
      ['31/03/24 / 30/06/24', 'range', '2024-03-31', '2024-06-30'],
      ['31/03/24', 'date', '2024-03-31', '2024-03-31'],
    ],
    '2023-11-15',
  );
});

describe('a number after "Phase" or "Week" is a label, not a day', () => {
  table(
    [
      ['Phase 1 Dec 23', 'month', '2023-12-01', '2023-12-31'],
      ['Phase 1 Jan 24; Phase 2 Mar 24', 'range', '2024-01-01', '2024-03-31'],
      ['Stage 2 - Mar 24', 'month', '2024-03-01', '2024-03-31'],
      ['Wk 3 Jan', 'month', '2024-01-01', '2024-01-31'],
      ['Stage 2: 14/02/2024', 'date', '2024-02-14', '2024-02-14'],
      ['Week ending 9 Dec', 'date', '2023-12-09', '2023-12-09'],
    ],
    '2023-11-15',
  );
});

describe('committees named by their initials, and a meeting with its month in brackets', () => {
  const cal = calendar([
    { date: '2023-03-09', name: 'Quality and Safety Committee' },
    { date: '2023-03-30', name: 'Trust Board' },
    { date: '2023-02-14', name: 'Finance & Performance Committee' },
  ]);
  it.each([
    ['March QSC', '2023-03-09'],
    ['QSC - Mar 23', '2023-03-09'],
    ['Feb F&P', '2023-02-14'],
    ['Trust Board (March 2023)', '2023-03-30'],
    ['Board (Mar 23)', '2023-03-30'],
  ])('reads %j as the meeting on %s', (text, date) => {
    expect(read(text, asOf, cal)).toEqual({ kind: 'meeting', start: date, end: date, redated: false });
  });

  it('is that month when the calendar has no such meeting', () => {
    for (const text of ['Jan 23 ELT', 'Council of Governors - Jan 23', 'SMT Jan']) {
      expect([text, read(text, asOf)]).toEqual([text, expected([text, 'meeting', '2023-01-01', '2023-01-31'])]);
    }
  });
});
