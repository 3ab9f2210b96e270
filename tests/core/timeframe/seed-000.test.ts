import { expected, read, type Row } from './expect';

/* NICE's "Working alongside people and communities" plan (seed 000), read on 1 September 2024. */
const asOf = '2024-09-01';

const rows: Row[] = [
  ['by end of January 2025', 'month', null, '2025-01-31'],
  ['August 2024', 'month', '2024-08-01', '2024-08-31'],
  ['implemented in August 2024', 'month', '2024-08-01', '2024-08-31'],
  ['late July 2024', 'month', '2024-07-21', '2024-07-31'],
  ['January-April 2025', 'range', '2025-01-01', '2025-04-30'],
  ['Future work plans: January-April 2025', 'range', '2025-01-01', '2025-04-30'],
  ['end of the financial year 2024/25', 'financial_year', '2025-03-31', '2025-03-31'],
  // "support the delivery of our strategy from April 2025": when the work starts, not a deadline (round 7's start words).
  ['from April 2025', 'ongoing', null, null],
  ['2025 – 2027', 'financial_year', '2025-04-01', '2027-03-31'],
];

describe('parseTimeframe on the NICE six-month plan (seed 000, as of 1 Sep 2024)', () => {
  it.each(rows)('reads %j', (...row) => {
    expect(read(row[0], asOf)).toEqual(expected(row));
  });
});
