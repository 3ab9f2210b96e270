import { dataHeaderIssues, looksLikeData } from '../../../src/core/detect/headerChoice';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A delivery plan heads its milestone columns with financial years ("2025/26", "2026/27") under a
 * merged "Milestones": years are period labels, as a bare "2025" is, not an action's figures.
 */
const HEADER: CellValue[] = ['Area of focus', 'Ref', 'Action', 'Exec sponsor', 'Lead', '2025/26', '2026/27', '2027/28', 'KPI / target', 'Q3 update', 'RAG', '% complete'];
const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Delivery Plan', rows, merges: [], tables: [], hidden: false, protected: false });

describe('financial years in a header row', () => {
  it('are labels, not data', () => {
    expect(looksLikeData(HEADER)).toBe(false);
    expect(looksLikeData(['Action', 'Lead', '2025-26', '2026-27', '2025/2026'])).toBe(false);
    expect(dataHeaderIssues(grid([HEADER]), 0, 'detected')).toEqual([]);
  });

  it('leave a row of figures as data', () => {
    expect(looksLikeData(['Cut waits', 'Ann', '3/5', '80%'])).toBe(true);
  });
});
