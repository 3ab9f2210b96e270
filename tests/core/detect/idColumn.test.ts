import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A WRES/WDES action plan numbers its rows under "Indicator" (WRES 1, WDES 4a), a word no ref
 * header uses. The codes are still what the board knows each action by, and the standard's
 * name written across the row in that column ("WORKFORCE RACE EQUALITY STANDARD (WRES)") heads
 * the actions under it, so Table One has a line per standard.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'WRES WDES', rows, merges: [], tables: [], hidden: false, protected: false });
const HEADER = ['Indicator', 'Metric (2026 data)', 'Action(s)', 'Lead', 'Timescale', 'Update'];
const row = (code: CellValue, action: string): CellValue[] => [code, 'BME staff 34%', action, 'Head of OD', '31/03/2027', 'On track'];

function tracker(first: CellValue[][]) {
  return analyseWorkbook([grid([HEADER, ...first])], defaultSettings('2026-11-02')).trackers[0];
}

describe('a first column of short codes under a header no role reads', () => {
  const read = tracker([
    ['WORKFORCE RACE EQUALITY STANDARD (WRES)', null, null, null, null, null],
    row('WRES 1', 'Reverse mentoring'),
    row('WRES 2', 'Diverse interview panels'),
    row('WRES 7', 'Positive action programme'),
    ['WORKFORCE DISABILITY EQUALITY STANDARD (WDES)', null, null, null, null, null],
    row('WDES 4a', 'Zero-tolerance campaign'),
    row('WDES 9b', 'Protected time for network chair'),
  ]);

  it('is the ref column', () => {
    expect(read?.columns.ref).toBe(0);
    expect(read?.actions.map((a) => a.ref)).toEqual(['WRES 1', 'WRES 2', 'WRES 7', 'WDES 4a', 'WDES 9b']);
  });

  it('has its headings across the row read as the actions\' groups', () => {
    expect(read?.actions.map((a) => a.objective)).toEqual([
      ...Array(3).fill('WORKFORCE RACE EQUALITY STANDARD (WRES)'),
      ...Array(2).fill('WORKFORCE DISABILITY EQUALITY STANDARD (WDES)'),
    ]);
  });

  it('takes plain numbers as codes too', () => {
    expect(tracker([row(1, 'A'), row(2, 'B'), row(3, 'C')])?.columns.ref).toBe(0);
  });
});

describe('a first column that is not a ref', () => {
  it('is left alone when it holds words', () => {
    expect(tracker([row('Recruitment', 'A'), row('Culture', 'B'), row('Leadership', 'C')])?.columns.ref).toBeUndefined();
  });

  it('is left alone when its codes repeat (a category, not an id)', () => {
    expect(tracker([row('WRES', 'A'), row('B7', 'B'), row('B7', 'C'), row('B7', 'D')])?.columns.ref).toBeUndefined();
  });

  it('is left alone when it holds dates', () => {
    expect(tracker([row('14/01/2026', 'A'), row('11/02/2026', 'B'), row('11/03/2026', 'C')])?.columns.ref).toBeUndefined();
  });
});
