import { tableAt } from './expect';

/*
 * Round four: ICB joint forward plans, board action logs, week and day forms, and odd cell
 * content (Excel's text mark, file-name dates, "3.24"). Read on 20 November 2024 (quarter 3 of
 * 2024/25) unless a row says otherwise; rows that depend on asOf are also read on 10 May 2025.
 */
const asOf = '2024-11-20';
const later = '2025-05-10';

const table = tableAt(asOf);

describe('two quarters that each give their year run from the first to the second', () => {
  table([
    ['Q3 24/25 – Q1 25/26', 'range', '2024-10-01', '2025-06-30'],
    ['Q3 24/25 to Q1 25/26', 'range', '2024-10-01', '2025-06-30'],
    ['Q4 2024/25 - Q1 2025/26', 'range', '2025-01-01', '2025-06-30'],
    ['Q4 24/25 / Q1 25/26', 'range', '2025-01-01', '2025-06-30'],
    ['2024/25 Q4 to 2025/26 Q1', 'range', '2025-01-01', '2025-06-30'],
    ['H2 24/25 - Q1 25/26', 'range', '2024-10-01', '2025-06-30'],
    ['Q1 25/26 - Q3 24/25', 'unparseable', null, null],
  ]);
});

describe('a run of quarters past Q4 goes on into the next year, as "Nov-Feb" does', () => {
  table([
    ['Q4-Q1', 'range', '2025-01-01', '2025-06-30'],
    ['Q4 - Q1', 'range', '2025-01-01', '2025-06-30'],
    ['Q3-Q1', 'range', '2024-10-01', '2025-06-30'],
    // A year written after the run is the last quarter's; before it, the first quarter's.
    ['Q4-Q1 2025/26', 'range', '2025-01-01', '2025-06-30'],
    ['2024/25 Q4-Q1', 'range', '2025-01-01', '2025-06-30'],
  ]);
  table([['Q4-Q1', 'range', '2026-01-01', '2026-06-30']], later);
});

describe('a week or half of a month', () => {
  table([
    ['First week of Dec', 'month', '2024-12-01', '2024-12-07'],
    ['1st week of December', 'month', '2024-12-01', '2024-12-07'],
    ['Week 1 December', 'month', '2024-12-01', '2024-12-07'],
    ['Second week in January', 'month', '2025-01-08', '2025-01-14'],
    ['Last week of Feb 25', 'month', '2025-02-22', '2025-02-28'],
    ['2nd half of Dec', 'month', '2024-12-16', '2024-12-31'],
    ['First half of December', 'month', '2024-12-01', '2024-12-15'],
    ['by the first week of Jan', 'month', null, '2025-01-07'],
    // A half of a year is still the year's.
    ['first half of 2025', 'range', '2025-01-01', '2025-06-30'],
  ]);
});

describe('the week of a day, as "w/c"; a week number with its year is unread', () => {
  table([
    ['Week of 4th Nov', 'range', '2024-11-04', '2024-11-10'],
    // ISO or financial-year week: the cell does not say, so it is no whole calendar year either.
    ['Wk 45 2024', 'unparseable', null, null],
    ['Week 32 2024/25', 'unparseable', null, null],
    ['Week 3 - Mar 25', 'month', '2025-03-01', '2025-03-31'],
  ]);
});

describe('a run of plan years is the N-th to M-th financial years of the span', () => {
  table([
    ['Years 1-2 of 2024-2029', 'financial_year', '2024-04-01', '2026-03-31'],
    ['2024-2029 (Years 2-3)', 'financial_year', '2025-04-01', '2027-03-31'],
    ['Y1-Y2 2024-2029', 'financial_year', '2024-04-01', '2026-03-31'],
    ['Years 1-2', 'unparseable', null, null],
  ]);
});

describe('"FY+1" counts financial years from the one containing asOf', () => {
  table([
    ['FY+1', 'financial_year', '2025-04-01', '2026-03-31'],
    ['FY + 2', 'financial_year', '2026-04-01', '2027-03-31'],
    ['FY-1', 'financial_year', '2023-04-01', '2024-03-31'],
  ]);
});

describe('odd cell content', () => {
  table([
    // Excel's text mark, and a date written for a file name.
    ["'Mar 25", 'month', '2025-03-01', '2025-03-31'],
    ["'31/03/2025", 'date', '2025-03-31', '2025-03-31'],
    ['31_03_2025', 'date', '2025-03-31', '2025-03-31'],
    ['31 st March', 'date', '2025-03-31', '2025-03-31'],
    // A month and two-digit year parted by a dot, as "3/24" is by a slash.
    ['3.24', 'month', '2024-03-01', '2024-03-31'],
    ['03.25', 'month', '2025-03-01', '2025-03-31'],
    // A decimal, a quantity or a reference is no date.
    ['2.5', 'unparseable', null, null],
    ['Within 1.25 years', 'unparseable', null, null],
    ['See section 3.24', 'unparseable', null, null],
    ['Recommendation 12/23', 'unparseable', null, null],
  ]);
});
