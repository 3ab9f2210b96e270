import { expected, read, tableAt, type Row } from './expect';

/*
 * Round six: a breadth probe of time frames as trusts, ICBs and partnerships write them in board
 * and committee action trackers. Most of the forms probed (FY24/25 Q3, Qtr 2 24/25, w/c 13th Jan
 * 2025, Friday 31st January, 31-Mar-25, Mar '25, Nov 24 - Feb 25, Winter 2024/25, July QPC, TBC -
 * likely Q3, Original: Dec 24 Revised: Mar 25 …) were already read right; these are the ones
 * that were not. Read at two as-of dates in different financial years, so a year left to asOf
 * shows: 20 November 2024 (2024/25 Q3) and 15 June 2025 (2025/26 Q1).
 */
const autumn = '2024-11-20';
const summer = '2025-06-15';

describe('a quarter or half with its financial year set apart by a bracket, dash or colon is in that year', () => {
  // SPEC 3: a quarter with no year is asOf's financial year, but these have one, written apart.
  // Read a year later, asOf's year would move an overdue quarter a year on and hide it.
  const table = tableAt(summer);
  table([
    ['Q4 (2024/25)', 'quarter', '2025-01-01', '2025-03-31'],
    ['Q3 (24/25)', 'quarter', '2024-10-01', '2024-12-31'],
    ['Qtr 4 (24/25)', 'quarter', '2025-01-01', '2025-03-31'],
    ['Q4 - 2024/25', 'quarter', '2025-01-01', '2025-03-31'],
    ['Q3 – 2024/25', 'quarter', '2024-10-01', '2024-12-31'],
    ['Q3: 2024/25', 'quarter', '2024-10-01', '2024-12-31'],
    ['Q3 [2024/25]', 'quarter', '2024-10-01', '2024-12-31'],
    ['Q3 (FY24/25)', 'quarter', '2024-10-01', '2024-12-31'],
    ['Q3 (FY 2024-25)', 'quarter', '2024-10-01', '2024-12-31'],
    ['H2 (24/25)', 'range', '2024-10-01', '2025-03-31'],
    ['Q3-Q4 (2024/25)', 'range', '2024-10-01', '2025-03-31'],
  ]);
  table(
    [
      ['Q1 (2025-26)', 'quarter', '2025-04-01', '2025-06-30'],
      ['H1 - 2025/26', 'range', '2025-04-01', '2025-09-30'],
      ['Q2 & Q3 (25/26)', 'range', '2025-07-01', '2025-12-31'],
    ],
    autumn,
  );
});

describe('a year end or quarter pinned down by a whole date in brackets', () => {
  const table = tableAt(summer);
  table([
    ['Year end (31 March 2025)', 'financial_year', '2025-03-31', '2025-03-31'],
    ['YE (31/03/25)', 'financial_year', '2025-03-31', '2025-03-31'],
    ['End of Q3 (31st Dec 2024)', 'quarter', '2024-12-31', '2024-12-31'],
  ]);
});

describe('"latter half" and "last half" of a year are its second half', () => {
  const table = tableAt(autumn);
  table([
    ['latter half of 2025', 'range', '2025-07-01', '2025-12-31'],
    ['Latter half of 2024/25', 'range', '2024-10-01', '2025-03-31'],
    // "the year" alone is the financial year, as "first half of the year" already reads.
    ['last half of the year', 'range', '2024-10-01', '2025-03-31'],
  ]);
});

describe('a plan re-profiled or re-phased, or agreed to be extended, is re-dated (SPEC 3 revisions)', () => {
  it.each<Row>([
    ['Dec 24 re-profiled to Mar 25', 'month', '2025-03-01', '2025-03-31'],
    ['Dec 24 - reprofiled Mar 25', 'month', '2025-03-01', '2025-03-31'],
    ['Dec 24 re-phased to Mar 25', 'month', '2025-03-01', '2025-03-31'],
    ['Dec 24 – rephased Mar 25', 'month', '2025-03-01', '2025-03-31'],
    ['Dec 24 (agreed at QPC to extend to Mar 25)', 'month', '2025-03-01', '2025-03-31'],
    ['Dec 24 - date changed - Mar 25', 'month', '2025-03-01', '2025-03-31'],
  ])('reads %j', (...row) => {
    expect(read(row[0], autumn)).toEqual(expected(row, true));
  });
});

describe('a revision word written as a label after its date names that date', () => {
  // "Dec 24 (original) Mar 25 (revised)": the label closes the cell, so the date before it is
  // the revised one, not the text after it (nothing). The deadline is the revised date, re-dated.
  it.each<Row>([
    ['Dec 24 (original) Mar 25 (revised)', 'month', '2025-03-01', '2025-03-31'],
    ['Dec 24 [original] Mar 25 [revised]', 'month', '2025-03-01', '2025-03-31'],
    ['31/12/24 (orig) 31/03/25 (rev)', 'date', '2025-03-31', '2025-03-31'],
    ['31/12/24 - original, 31/03/25 - revised', 'date', '2025-03-31', '2025-03-31'],
    ['Dec 24 (Mar 25 revised)', 'month', '2025-03-01', '2025-03-31'],
    // An original date labelled after the revised one leaves the revised one the deadline.
    ['Revised target Mar 25 (Dec 24 original)', 'month', '2025-03-01', '2025-03-31'],
    // A yearless revised quarter is the first on or after the original (SPEC 3: revisions move later).
    ['Q3 (original) Q4 (revised)', 'quarter', '2025-01-01', '2025-03-31'],
  ])('reads %j', (...row) => {
    expect(read(row[0], autumn)).toEqual(expected(row, true));
  });
});
