import { expected, read, type Row } from './expect';

/*
 * A community trust's board paper on its Strategy 2023-26 (seed 003): NHS financial quarters and
 * years, read at the end of 2023-24 Q2.
 */
const asOf = '2023-09-30';

const rows: Row[] = [
  ['2023-24 Q2', 'quarter', '2023-07-01', '2023-09-30'],
  ['2023-24 Q4', 'quarter', '2024-01-01', '2024-03-31'],
  ['Q4 2023/24', 'quarter', '2024-01-01', '2024-03-31'],
  ['quarter 4', 'quarter', '2024-01-01', '2024-03-31'],
  ['end of quarter 4', 'quarter', '2024-03-31', '2024-03-31'],
  ['by the end of quarter 4', 'quarter', null, '2024-03-31'],
  ['Q3', 'quarter', '2023-10-01', '2023-12-31'],
  ['end of quarter 2 2023-24', 'quarter', '2023-09-30', '2023-09-30'],
  ['by the end of 2023-24 Quarter 4', 'quarter', null, '2024-03-31'],
  ['this autumn', 'range', '2023-09-01', '2023-11-30'],
  ['Oct to Dec 23', 'range', '2023-10-01', '2023-12-31'],
  ['Jan to Mar 24', 'range', '2024-01-01', '2024-03-31'],
  ['2023-26', 'financial_year', '2023-04-01', '2026-03-31'],
  ['2023-24', 'financial_year', '2023-04-01', '2024-03-31'],
  ['end of 2023-24', 'financial_year', '2024-03-31', '2024-03-31'],
  ['by the end of 2025-26', 'financial_year', null, '2026-03-31'],
  ['2024-25', 'financial_year', '2024-04-01', '2025-03-31'],
  ['monthly', 'ongoing', null, null],
  ['Work on-going', 'ongoing', null, null],
];

describe('parseTimeframe on the Strategy 2023-26 board paper (seed 003, as of 30 Sep 2023)', () => {
  it.each(rows)('reads %j', (...row) => {
    expect(read(row[0], asOf)).toEqual(expected(row));
  });
});
