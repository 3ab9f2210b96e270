import { parseTimeframe } from '../../../src/core/timeframe';
import { endOfYearReadings } from '../../../src/core/timeframe/endOfYear';

/*
 * "End of year" may mean 31 December or the financial year's end (31 March), so it is not read
 * (a test in kinds.test.ts pins it unparseable); its warning names both readings, each written
 * in a form the parser reads as that date.
 */

describe('endOfYearReadings', () => {
  it.each([
    ['End of year', '2026-12-07', 'End of Dec 2026', 'Year end 2026/27'],
    ['end of the year', '2026-04-01', 'End of Dec 2026', 'Year end 2026/27'],
    ['By end of year', '2027-02-10', 'End of Dec 2027', 'Year end 2026/27'],
    ['By the end of the year.', '2027-03-31', 'End of Dec 2027', 'Year end 2026/27'],
    ['before the end of this year', '2026-06-30', 'End of Dec 2026', 'Year end 2026/27'],
    ['End year', '2025-01-15', 'End of Dec 2025', 'Year end 2024/25'],
  ])('names both readings of "%s" at %s', (text, asOf, calendar, financial) => {
    expect(parseTimeframe(text, asOf).kind).toBe('unparseable');
    expect(endOfYearReadings(text, asOf)).toEqual({ calendar, financial });
  });

  it('gives readings the parser takes as 31 December and 31 March', () => {
    const asOf = '2027-02-10';
    const readings = endOfYearReadings('End of year', asOf);
    expect(parseTimeframe(readings?.calendar ?? '', asOf).end).toBe('2027-12-31');
    expect(parseTimeframe(readings?.financial ?? '', asOf).end).toBe('2027-03-31');
  });

  it.each(['End of year 2026/27', 'Year end', 'End of calendar year', 'End of year review', 'end of Q4', 'Year 1 end'])('leaves "%s" alone', (text) => {
    expect(endOfYearReadings(text, '2026-12-07')).toBeNull();
  });
});
