import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import { monthFirst } from '../../../src/core/timeframe/monthFirst';
import type { SheetGrid } from '../../../src/core/types';

/*
 * SPEC 3 reads dates day first, so "12/31/2024" is no date; the warning says how to write it.
 */

describe('monthFirst', () => {
  it.each([
    ['12/31/2024', '31/12/2024'],
    ['03/31/26', '31/03/26'],
    ['by 3/15/2025', '15/3/2025'],
    ['12-31-2024', '31-12-2024'],
  ])('gives %j day first as %j', (text, dayFirst) => {
    expect(monthFirst(text)).toBe(dayFirst);
  });

  it.each(['05/06/2024', '31/12/2024', '13/31/2024', 'Q3 2024/25', '12/32/2024'])('leaves %j alone', (text) => {
    expect(monthFirst(text)).toBeNull();
  });
});

describe('the warning at a time frame written month first', () => {
  it('says so and gives the date day first', () => {
    const grid: SheetGrid = {
      name: 'Plan',
      rows: [
        ['Action', 'Lead', 'Due date', 'Update'],
        ['Publish the winter plan', 'COO', '12/31/2024', 'Drafting'],
      ],
      merges: [],
      tables: [],
      hidden: false,
      protected: false,
    };
    const issues = analyseWorkbook([grid], defaultSettings('2024-11-20')).trackers[0]?.issues ?? [];
    expect(issues.find((i) => i.code === 'unparseable_timeframe')?.message).toBe(
      'The time frame "12/31/2024" of this action is written month first, as US dates are; write the day first: "31/12/2024".',
    );
  });
});
