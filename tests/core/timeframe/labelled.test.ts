import { read, tableAt, type Row } from './expect';

/*
 * Time frames labelled the way NHS trusts and ICBs write them in narrow cells: "FY" before a
 * quarter, a year clipped onto it, a bracket pinning a yearless quarter down, plan years, year
 * ends with their year. Read on 20 November 2024 (quarter 3 of 2024/25) unless a row says
 * otherwise; rows whose reading depends on asOf are also read on 10 May 2025 (2025/26).
 */
const asOf = '2024-11-20';
const later = '2025-05-10';

const table = tableAt(asOf);

describe('"FY" before a quarter or half only says it is a financial one', () => {
  table([
    ['FYQ2', 'quarter', '2024-07-01', '2024-09-30'],
    ['FY Q2', 'quarter', '2024-07-01', '2024-09-30'],
    ['FYQ3 2024/25', 'quarter', '2024-10-01', '2024-12-31'],
    ['FY Q1-Q2', 'range', '2024-04-01', '2024-09-30'],
    ['FYH1', 'range', '2024-04-01', '2024-09-30'],
  ]);
  table([['FY Q4 24/25', 'quarter', '2025-01-01', '2025-03-31']], later);
});

describe('a financial year parted from its quarter by a dash, colon or comma', () => {
  table([
    ['2024/25 - Q4', 'quarter', '2025-01-01', '2025-03-31'],
    ['FY 24/25 - Q3', 'quarter', '2024-10-01', '2024-12-31'],
    ['2024/25: Q3', 'quarter', '2024-10-01', '2024-12-31'],
    ['2023-24 - Q2', 'quarter', '2023-07-01', '2023-09-30'],
    ['2025/26 - H1', 'range', '2025-04-01', '2025-09-30'],
    // A month and year before the quarter is no financial year: the month is the date.
    ['03/25 - Q4', 'month', '2025-03-01', '2025-03-31'],
  ]);
});

describe('a year clipped or hyphenated onto a quarter, as onto a month', () => {
  table([
    ["Q2'25", 'quarter', '2025-07-01', '2025-09-30'],
    ["Q2 '25", 'quarter', '2025-07-01', '2025-09-30'],
    ['Q2-25', 'quarter', '2025-07-01', '2025-09-30'],
    ['Q4-23/24', 'quarter', '2024-01-01', '2024-03-31'],
    // A bare quarter number after the dash is still the second quarter of a run.
    ['Q3-4', 'range', '2024-10-01', '2025-03-31'],
    // Two digits more than three years from asOf are no year, as after a month: here a day.
    ['Q3 15 Dec', 'date', '2024-12-15', '2024-12-15'],
  ]);
});

describe('a yearless quarter or year end pinned down by a bracket that gives the year', () => {
  table(
    [
      ['Q4 (Jan-Mar 25)', 'quarter', '2025-01-01', '2025-03-31'],
      ['End of Q3 (Dec 24)', 'quarter', '2024-12-31', '2024-12-31'],
      ['Q3 (Oct - Dec 2024)', 'quarter', '2024-10-01', '2024-12-31'],
      ['H2 (Oct 24 - Mar 25)', 'range', '2024-10-01', '2025-03-31'],
      ['EOY (Mar 25)', 'financial_year', '2025-03-31', '2025-03-31'],
      // No year in the bracket, or a day rather than a year: asOf settles the year as before.
      ['Q3 (Oct-Dec)', 'quarter', '2025-10-01', '2025-12-31'],
      ['Q3 (Dec 15)', 'quarter', '2025-10-01', '2025-12-31'],
    ],
    later,
  );
  table([['Q1 (Apr-Jun 25)', 'quarter', '2025-04-01', '2025-06-30']]);
});

describe('a year end with the financial year it ends', () => {
  const rows: Row[] = [
    ['EOY 24/25', 'financial_year', '2025-03-31', '2025-03-31'],
    ['year-end 2024/25', 'financial_year', '2025-03-31', '2025-03-31'],
    ['YE 24/25', 'financial_year', '2025-03-31', '2025-03-31'],
    ['end of year 24/25', 'financial_year', '2025-03-31', '2025-03-31'],
    // Words that can only mean the financial year, with one year: the year it ends in, as "FY25".
    ['FYE 25', 'financial_year', '2025-03-31', '2025-03-31'],
    ['eofy 25', 'financial_year', '2025-03-31', '2025-03-31'],
  ];
  table(rows, later);
  table([
    ['financial year end 2025/26', 'financial_year', '2026-03-31', '2026-03-31'],
    ['year 2024/25', 'financial_year', '2024-04-01', '2025-03-31'],
  ]);
});

describe('a financial year written as two two-digit years run together', () => {
  table([
    ['fy2425', 'financial_year', '2024-04-01', '2025-03-31'],
    ['FY2324', 'financial_year', '2023-04-01', '2024-03-31'],
    // "FY2024" is the year it ends in either way.
    ['FY2024', 'financial_year', '2023-04-01', '2024-03-31'],
  ]);
});

describe("a plan year is the N-th financial year of the plan's written span", () => {
  table([
    ['2024-2027 (Year 2)', 'financial_year', '2025-04-01', '2026-03-31'],
    ['2024-2029 (Year 1)', 'financial_year', '2024-04-01', '2025-03-31'],
    ['2024/25-2026/27 (Yr 3)', 'financial_year', '2026-04-01', '2027-03-31'],
    ['Year 2 of 2024-2027', 'financial_year', '2025-04-01', '2026-03-31'],
    ['Y3 2024-2027', 'financial_year', '2026-04-01', '2027-03-31'],
    // One financial year is the year the label describes; a year past the span leaves the span.
    ['Year 1 (2024/25)', 'financial_year', '2024-04-01', '2025-03-31'],
    ['Year 4 (2024-2027)', 'financial_year', '2024-04-01', '2027-03-31'],
  ]);
});

describe('a plan year with no span says nothing about when, so it stays unread', () => {
  table([
    ['Year 1', 'unparseable', null, null],
    ['Y2', 'unparseable', null, null],
    ['Y1 Q3', 'unparseable', null, null],
    ['Year 2 - Q1', 'unparseable', null, null],
    ['Y2 H1', 'unparseable', null, null],
    // A year after the quarter dates it without the plan.
    ['Year 1 Q3 2024/25', 'quarter', '2024-10-01', '2024-12-31'],
  ]);
});

describe('a day, month and year typed together', () => {
  table([
    ['31Dec24', 'date', '2024-12-31', '2024-12-31'],
    ['1st Dec24', 'date', '2024-12-01', '2024-12-01'],
  ]);
});

describe('every meeting of a kind is a recurring slot, not one meeting', () => {
  table([
    ['Each QSC', 'ongoing', null, null],
    ['Every Trust Board', 'ongoing', null, null],
    ['Standing agenda item', 'ongoing', null, null],
  ]);
});

describe('the date replaced, abbreviated, leaves the date before it re-dated', () => {
  it.each([
    ['31/03/25 (orig 31/12/24)', 'date', '2025-03-31', '2025-03-31'],
    ['Mar 25 (orig. Dec 24)', 'month', '2025-03-01', '2025-03-31'],
    ['Jan 25 (prev. Nov 24)', 'month', '2025-01-01', '2025-01-31'],
    ['31/03/25 (original 31/12/24)', 'date', '2025-03-31', '2025-03-31'],
    ['Revised: 30/06/24 (orig 31/03/24)', 'date', '2024-06-30', '2024-06-30'],
  ])('reads %j', (text, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: true });
  });
});
