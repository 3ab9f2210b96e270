import { expected, read, type Row } from './expect';

/* The Lancashire and South Cumbria ICB roadmap (seed 002): period phrases, read on 1 June 2023. */
const asOf = '2023-06-01';

const rows: Row[] = [
  ['May – Jun 23', 'range', '2023-05-01', '2023-06-30'],
  ['Jul 23', 'month', '2023-07-01', '2023-07-31'],
  ['Aug 23', 'month', '2023-08-01', '2023-08-31'],
  ['Aug – Oct 23', 'range', '2023-08-01', '2023-10-31'],
  ['Jul – Sep 23', 'range', '2023-07-01', '2023-09-30'],
  ['Oct 23 – Mar 24', 'range', '2023-10-01', '2024-03-31'],
  ['Apr 24', 'month', '2024-04-01', '2024-04-30'],
  ['Apr 24 – Mar 25', 'range', '2024-04-01', '2025-03-31'],
  ['Apr 2025', 'month', '2025-04-01', '2025-04-30'],
  ['Apr 25 – Mar 26', 'range', '2025-04-01', '2026-03-31'],
  ['2023-2026', 'financial_year', '2023-04-01', '2026-03-31'],
  ['2023/24', 'financial_year', '2023-04-01', '2024-03-31'],
  ['2022/23', 'financial_year', '2022-04-01', '2023-03-31'],
  ['2023/24 to 2025/26', 'financial_year', '2023-04-01', '2026-03-31'],
];

describe('parseTimeframe on the ICB involvement roadmap (seed 002, as of 1 Jun 2023)', () => {
  it.each(rows)('reads %j', (...row) => {
    expect(read(row[0], asOf)).toEqual(expected(row));
  });
});
