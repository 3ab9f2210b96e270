import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import { summaryModel, summaryNotes } from '../../../src/core/summary';
import { tableOneCells } from '../../../src/core/summary/table-cells';
import type { CellValue } from '../../../src/core/types';

/*
 * SPEC 5.3, 6 and 9: a board paper must not print a figure the product itself rejected. An
 * ambition whose progress is above 100 % shows "—", as a rejected confidence already does, and
 * the notes under the key say the totals leave it out. Every format is built from this model.
 */

const settings = defaultSettings('2023-06-15');

function modelOf(rows: CellValue[][]) {
  const grid = { name: 'Table One', rows, merges: [], tables: [], hidden: false, protected: false };
  return summaryModel(analyseWorkbook([grid], settings).trackers, settings);
}

const HEADER = ['Strategic objective', 'Ambition', 'Progress', 'Confidence'];
const model = modelOf([HEADER, ['O1', 'A1', '120%', '90%'], ['O1', 'A2', 0.5, 0.7], ['O2', 'A3', 0.8, 0.6]]);
/** Progress % of each Table One row, as every format prints it. */
const progress = model.tableOne.map((r, i) => [r.ambition ?? r.level, tableOneCells(model.tableOne, i, null, false)[8]?.text]);

describe('Table One with a progress figure rejected as above 100 %', () => {
  it('prints — for it, not the 100 % its Green rating would give', () => {
    expect(progress).toEqual([
      ['A1', '—'],
      ['A2', '50%'],
      ['objective', '50%'],
      ['A3', '80%'],
      ['total', '65%'],
    ]);
  });

  it('says under the key that the totals leave such a figure out', () => {
    expect(model.notes[0]).toBe('Progress % = as given on the sheet for each ambition; a total is the mean of those given (— where a figure is missing or not usable, left out of the totals).');
  });

  it('keeps the note it had when every figure is usable', () => {
    const clean = modelOf([HEADER, ['O1', 'A1', 0.9, 0.9], ['O1', 'A2', 0.5, 0.7]]);
    expect(clean.notes[0]).toBe('Progress % = as given on the sheet for each ambition; a total is the mean of its ambitions.');
  });

  it('says so beside action trackers too, where only some figures are given', () => {
    expect(summaryNotes(settings, null, 'some', true)[0]).toBe(
      'Progress % = (Complete + Green) ÷ rated actions (Not rated left out); where a sheet gives progress and confidence per ambition, they are shown as given (— where a figure is missing or not usable, left out of the totals).',
    );
  });
});
