import { read, tableAt, type Row } from './expect';

/*
 * Round five: time frames as trusts, ICBs and partnerships type them in action logs, board
 * assurance trackers, CQC and audit action plans: typed wrong, abbreviated, written as either of
 * two, or with no deadline at all. Read on 20 November 2024 (quarter 3 of 2024/25).
 */
const asOf = '2024-11-20';

const table = tableAt(asOf);

describe('a long month name typed wrong is still that month, not the whole year after it', () => {
  table([
    ['Decemeber 2024', 'month', '2024-12-01', '2024-12-31'],
    ['Janaury 2025', 'month', '2025-01-01', '2025-01-31'],
    ['Febraury 2025', 'month', '2025-02-01', '2025-02-28'],
    ['Septmber 24', 'month', '2024-09-01', '2024-09-30'],
    ['end of Novemeber', 'month', '2024-11-30', '2024-11-30'],
  ]);
});

describe('a date typed with spaces round its slashes', () => {
  table([
    ['31 / 03 / 2025', 'date', '2025-03-31', '2025-03-31'],
    ['31 /03 /25', 'date', '2025-03-31', '2025-03-31'],
  ]);
});

describe('a year written before the month is that month', () => {
  table([
    ['2024 Dec', 'month', '2024-12-01', '2024-12-31'],
    ['2025 - January', 'month', '2025-01-01', '2025-01-31'],
  ]);
});

describe('the start or end of a month, abbreviated', () => {
  table([
    ['Beg Jan', 'month', '2025-01-01', '2025-01-10'],
    ['Beg. of March 25', 'month', '2025-03-01', '2025-03-10'],
    ['beginning Feb', 'month', '2025-02-01', '2025-02-10'],
    ['e/o Dec', 'month', '2024-12-31', '2024-12-31'],
    ['E/O March 25', 'month', '2025-03-31', '2025-03-31'],
  ]);
});

describe('hedges and the hour of the day say nothing about the date; "NLT" is "no later than"', () => {
  table([
    ['c.April', 'month', '2025-04-01', '2025-04-30'],
    ['est.Q4', 'quarter', '2025-01-01', '2025-03-31'],
    ['By COB 31/01/25', 'date', null, '2025-01-31'],
    ['by close of play 13 Dec', 'date', null, '2024-12-13'],
    ['NLT 31/03/25', 'date', null, '2025-03-31'],
  ]);
});

describe('"YE" is the year end, as "year end" is', () => {
  table([
    ['YE', 'financial_year', '2025-03-31', '2025-03-31'],
    ['By YE', 'financial_year', null, '2025-03-31'],
  ]);
});

describe('a year end or quarter with a month and year after it is pinned to that year, read at any asOf', () => {
  const later = '2025-05-10';
  table(
    [
      ['Year end Mar 25', 'financial_year', '2025-03-31', '2025-03-31'],
      ['Year end - March 2025', 'financial_year', '2025-03-31', '2025-03-31'],
      ['YE Mar 25', 'financial_year', '2025-03-31', '2025-03-31'],
      ['Q4 Mar 25', 'quarter', '2025-01-01', '2025-03-31'],
    ],
    later,
  );
});

describe('a year end with a lone year may end in March or December, so it is not guessed', () => {
  table(['YE 2025', 'Year end 2025', 'EOY 25'].map((t): Row => [t, 'unparseable', null, null]));
});

describe('a financial year with its quarter or half in brackets is that quarter or half', () => {
  table([
    ['2024/25 (Q3)', 'quarter', '2024-10-01', '2024-12-31'],
    ['2025/26 (H1)', 'range', '2025-04-01', '2025-09-30'],
  ]);
});

describe('either of two quarters, months or days: from the first to the end of the later', () => {
  table([
    ['Q3 & 4', 'range', '2024-10-01', '2025-03-31'],
    ['Qtr 3 & 4', 'range', '2024-10-01', '2025-03-31'],
    ['Q1 and 2 2025/26', 'range', '2025-04-01', '2025-09-30'],
    ['Q3 or Q4', 'range', '2024-10-01', '2025-03-31'],
    ['Jan or Feb 25', 'range', '2025-01-01', '2025-02-28'],
    ['13th & 20th Dec', 'range', '2024-12-13', '2024-12-20'],
  ]);
});

describe('a quarter of a plan year, written quarter first, is no more dated than "Y1 Q3"', () => {
  table([
    ['Q3 Yr 1', 'unparseable', null, null],
    ['H1 (Year 2)', 'unparseable', null, null],
  ]);
});

describe('recurring work, named by its interval or its month, has no deadline', () => {
  table(
    [
      'Every 4 weeks',
      'Every other month',
      'Every 2nd month',
      'Every April',
      'Each March',
      'Biweekly',
      'Ad hoc',
      'As necessary',
      'No end date',
    ].map(
      (t): Row => [t, 'ongoing', null, null],
    ),
  );
});

describe('recurring work with its next due date is due then', () => {
  table([
    ['Quarterly - next due Jan 25', 'month', null, '2025-01-31'],
    ['Ongoing - due 31/03/25', 'date', null, '2025-03-31'],
  ]);
});

describe('a date that waits on something else, or is not set, is TBC', () => {
  table(
    [
      'On receipt of funding',
      'Upon completion of estates work',
      'Depends on estates work',
      'Reliant on recruitment',
      'As per national guidance',
      'Linked to the estates strategy',
      'Not yet scheduled',
      'Unconfirmed',
      'None',
      'None set',
    ].map((t): Row => [t, 'tbc', null, null]),
  );
});

describe('a forecast after a planned date, or a date "now due", is the deadline, re-dated', () => {
  it.each([
    ['Plan: Dec 24 / Forecast: Mar 25', 'month', '2025-03-01', '2025-03-31'],
    ['Baseline Dec 24, forecast Mar 25', 'month', '2025-03-01', '2025-03-31'],
    ['End of Dec 24\nForecast: Mar 25', 'month', '2025-03-01', '2025-03-31'],
    ['Delayed - now Feb 25', 'month', '2025-02-01', '2025-02-28'],
    ['Now due Q1 25/26', 'quarter', '2025-04-01', '2025-06-30'],
  ])('reads %j', (text, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: true });
  });
});

/*
 * Near misses: phrases the rules above must leave as they were. These pass on the code before
 * this round too; they guard the new rules' edges.
 */
describe('near misses', () => {
  table([
    // Two slips from a seven-letter month, and words that only look like months, are no months.
    ['Jaguar', 'unparseable', null, null],
    ['Remember to update', 'unparseable', null, null],
    // "may" after a year is the verb; a forecast that repeats the plan moved nothing.
    ['2024 may slip', 'range', '2024-01-01', '2024-12-31'],
    ['Plan: Mar 25 / Forecast: Mar 25', 'month', '2025-03-01', '2025-03-31'],
    ['Ongoing - due to staffing', 'ongoing', null, null],
    ['Forecast: Q4', 'quarter', '2025-01-01', '2025-03-31'],
  ]);
});
