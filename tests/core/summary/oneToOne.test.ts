import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { defaultSettings } from '../../../src/core/settings';
import { summaryModel, summaryTables } from '../../../src/core/summary';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const settings = defaultSettings('2025-11-14');

function tableOne(rows: CellValue[][]) {
  const grid: SheetGrid = { name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false };
  const tracker = analyseSheet(grid, settings, createParsers(settings));
  if (tracker === null) throw new Error('no tracker found');
  return summaryTables(summaryModel([tracker], settings)).tableOne.rows.map((r) => [
    r.cells[0]?.text,
    r.cells[1]?.text,
    r.cells[2]?.text,
    r.total,
  ]);
}

/*
 * A patient-safety plan names one improvement aim per priority: the aim describes its priority
 * rather than dividing it, so a bold "Objective total" under each would repeat the row above it.
 */
describe('Table One where each objective has one ambition', () => {
  const header = ['Objective', 'Ambition', 'Action', 'Lead', 'Due date', 'Status'];

  it('shows each objective once, beside its ambition, with only the grand total', () => {
    expect(
      tableOne([
        header,
        ['Falls', 'Reduce falls with harm by 20%', 'Bay tagging', 'Falls lead', '31/03/2026', 'On track'],
        [null, null, 'Replace low-rise beds', 'Procurement', '31/03/2026', 'On track'],
        ['Pressure ulcers', 'Zero category 3 ulcers', 'PURPOSE-T in the EPR', 'TV lead', '31/03/2026', 'Complete'],
      ]),
    ).toEqual([
      ['Falls', 'Reduce falls with harm by 20%', '2', false],
      ['Pressure ulcers', 'Zero category 3 ulcers', '1', false],
      ['Total', '', '3', true],
    ]);
    // Where one objective has several ambitions, it keeps its total; one with a single ambition still needs none.
    const rows = tableOne([
      header,
      ['Falls', 'Reduce falls with harm', 'Bay tagging', 'Falls lead', '31/03/2026', 'On track'],
      [null, 'Fewer repeat falls', 'Post-falls huddles', 'Falls lead', '31/03/2026', 'On track'],
      ['Pressure ulcers', 'Zero category 3 ulcers', 'PURPOSE-T in the EPR', 'TV lead', '31/03/2026', 'Complete'],
    ]);
    expect(rows.filter((r) => r[1] === 'Objective total').map((r) => r[0])).toEqual(['Falls']);
  });
});
