import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { barePeriod } from '../../../src/core/detect/periods';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid, Tracker } from '../../../src/core/types';

/*
 * A place-based strategy's delivery plan lays its three years out as columns ("Year 1 (2024/25) |
 * Year 2 (2025/26) | Year 3 (2026/27)"), each holding the action's milestone for that year, with
 * no time frame column: each milestone is a step due by the end of its financial year.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Delivery plan', rows, merges: [], tables: [], hidden: false, protected: false });
const analyse = (rows: CellValue[][], asOf: string): Tracker | undefined => analyseWorkbook([grid(rows)], defaultSettings(asOf)).trackers[0];
const steps = (t: Tracker | undefined, i: number) => t?.actions[i]?.steps.map((s) => [s.text, s.timeframe.end]);

function plan(years: readonly string[]): CellValue[][] {
  return [
    ['Ref', 'Action', 'Lead', ...years, 'Update'],
    ['P1', 'Expand social prescribing across the place', 'Director of Partnerships', 'Link workers recruited', 'Offer in every PCN', 'Evaluation published', 'Link workers in post.'],
    ['P2', 'Develop integrated neighbourhood teams', 'Place Director', 'Two pilot neighbourhoods', null, 'All neighbourhoods live', 'Pilots running.'],
  ];
}

describe('barePeriod: a plan year with its financial year', () => {
  it.each([
    ['Year 1 (2024/25)', 'Year 1 2024/25'],
    ['Yr 2 2025/26', 'Year 2 2025/26'],
    ['Y3 - FY26/27', 'Year 3 2026/27'],
    ['2025/26', '2025/26'],
    ['2025-2026', '2025/26'],
  ])('reads "%s" as %s', (header, period) => {
    expect(barePeriod(header)?.text).toBe(period);
  });

  it.each(['Year 1', 'Year 1 milestone', '2024/26', 'Year 1 (2024/25) update'])('reads "%s" as no bare period', (header) => {
    expect(barePeriod(header)).toBeNull();
  });
});

describe('a delivery plan with a column per plan year holding each year\'s milestone', () => {
  it('makes each milestone a step due on 31 March of its year, and rates the actions', () => {
    const t = analyse(plan(['Year 1 (2024/25)', 'Year 2 (2025/26)', 'Year 3 (2026/27)']), '2025-06-30');
    expect(steps(t, 0)).toEqual([
      ['Link workers recruited', '2025-03-31'],
      ['Offer in every PCN', '2026-03-31'],
      ['Evaluation published', '2027-03-31'],
    ]);
    expect(steps(t, 1)).toEqual([
      ['Two pilot neighbourhoods', '2025-03-31'],
      ['All neighbourhoods live', '2027-03-31'],
    ]);
    expect(t?.issues.map((i) => i.code)).not.toContain('missing_timeframe');
    expect(t?.actions.map((a) => a.rating)).not.toContain('not_rated');
  });

  it('reads financial years alone as the same, and "Year 1" with no year as no time frame', () => {
    const bare = analyse(plan(['Yr 1 2024/25', '2025/26', '2026/27']), '2025-06-30');
    expect(steps(bare, 1)?.map((s) => s[1])).toEqual(['2025-03-31', '2027-03-31']);
    const unread = analyse(plan(['Year 1', 'Year 2', 'Year 3']), '2025-06-30');
    expect(unread?.actions[0]?.steps.map((s) => s.timeframe.end)).not.toContain('2025-03-31');
  });
});
