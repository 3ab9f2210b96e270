import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { financialYearIn, withPlanYear } from '../../../src/core/detect/planYear';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const HEADER = ['Priority', 'Deliverable', 'SRO', 'Q1 milestone', 'Q2 milestone', 'Q3 milestone', 'Q4 milestone', 'Narrative'];
const ROW = ['Urgent care', 'Open 2 urgent treatment centres', 'COO', 'Business case approved', 'Recruitment complete', 'UTC 1 open', 'UTC 2 open', 'Recruitment under way'];

function steps(name: string, rows: CellValue[][], asOf: string) {
  const grid: SheetGrid = { name, rows, merges: [], tables: [], hidden: false, protected: false };
  const settings = defaultSettings(asOf);
  return analyseSheet(grid, settings, createParsers(settings))?.actions[0]?.steps.map((s) => [s.timeframeText, s.timeframe.end, s.rating]);
}

describe('financialYearIn: the financial year a plan names in its title', () => {
  it.each([
    ['Joint Forward Plan 2024/25 delivery tracker', '2024/25'],
    ['Operational plan 2024-2025', '2024/25'],
    ['JFP 24-25', '2024/25'],
    ['Delivery plan FY23/24 – Q2 position', '2023/24'],
    ['Minutes of 12/10', null],
    ['Updated 01/12/2024', null],
    ['Action plan', null],
  ])('reads "%s" as %s', (text, year) => {
    expect(financialYearIn(text)).toBe(year);
  });
});

describe('quarterly milestones take the year the plan names, not the as-of date', () => {
  it('dates a 2024/25 plan reviewed in May 2025 in 2024/25, so its open milestones are overdue', () => {
    expect(steps('Delivery', [['Joint Forward Plan 2024/25 delivery tracker'], HEADER, ROW], '2025-05-15')).toEqual([
      ['Q1 2024/25', '2024-06-30', 'red'],
      ['Q2 2024/25', '2024-09-30', 'red'],
      ['Q3 2024/25', '2024-12-31', 'red'],
      ['Q4 2024/25', '2025-03-31', 'red'],
    ]);
  });

  it("takes the year from the sheet's name when no title names one", () => {
    expect(steps('JFP 2024-25', [HEADER, ROW], '2025-05-15')?.map((s) => s[1])).toEqual(['2024-06-30', '2024-09-30', '2024-12-31', '2025-03-31']);
  });

  it('keeps the financial year of the as-of date when the plan names none', () => {
    expect(steps('Delivery', [['Delivery tracker'], HEADER, ROW], '2025-05-15')?.map((s) => s[1])).toEqual(['2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31']);
  });

  it('leaves a period that names its own year as it is', () => {
    const columns = [{ col: 3, period: 'Q1 23/24' }, { col: 4, period: 'Apr-Jun 24' }, { col: 5, period: 'Month 10' }];
    expect(withPlanYear(columns, [['Plan 2024/25']], 1, 'Plan').map((m) => m.period)).toEqual(['Q1 23/24', 'Apr-Jun 24', 'Month 10 2024/25']);
  });
});
