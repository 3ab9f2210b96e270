import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { defaultSettings } from '../../../src/core/settings';
import { summaryModel, summaryTables } from '../../../src/core/summary';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const settings = defaultSettings('2023-12-01');

function tableOne(header: string[], rows: CellValue[][]) {
  const grid: SheetGrid = { name: 'Plan', rows: [header, ...rows], merges: [], tables: [], hidden: false, protected: false };
  const tracker = analyseSheet(grid, settings, createParsers(settings));
  if (tracker === null) throw new Error('no tracker found');
  return summaryTables(summaryModel([tracker], settings)).tableOne.rows.map((r) => [r.cells[0]?.text, r.cells[1]?.text, r.total]);
}

describe('Table One shows totals bold, and only totals', () => {
  it('shows an objective without ambitions as a row of its own, not a total', () => {
    const rows = tableOne(['Theme', 'Action', 'Lead', 'Due date', 'Status'], [
      ['Workforce', 'Agree the retention plan', 'CPO', '31/03/2024', 'On track'],
      ['Quality', 'Publish the falls audit', 'CNO', '31/10/2023', 'Complete'],
    ]);
    expect(rows).toEqual([
      ['Workforce', '', false],
      ['Quality', '', false],
      ['Total', '', true],
    ]);
  });

  it('shows an objective after its ambitions as its total', () => {
    const rows = tableOne(['Objective', 'Ambition', 'Action', 'Lead', 'Due date', 'Status'], [
      ['Workforce', 'Keep our staff', 'Agree the retention plan', 'CPO', '31/03/2024', 'On track'],
      ['Workforce', 'Grow our own', 'Launch the apprenticeship scheme', 'CPO', '31/03/2024', 'On track'],
    ]);
    expect(rows).toEqual([
      ['Workforce', 'Keep our staff', false],
      ['', 'Grow our own', false],
      ['Workforce', 'Objective total', true],
      ['Total', '', true],
    ]);
  });
});
