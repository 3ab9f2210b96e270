import { rawActions, type RowLayout } from '../../../src/core/detect/rows';
import { readHeader } from '../../../src/core/detect/columns';
import type { CellValue } from '../../../src/core/types';

function layout(rows: readonly (readonly CellValue[])[], columns: RowLayout['columns']): RowLayout {
  return { columns, extraStatus: [], headerIndex: 0, lastIndex: rows.length - 1, skip: new Set() };
}

// A well-led review action plan: actions grouped by key line of enquiry, each KLOE's question a
// heading row merged across the table, and the KLOE repeated in the first column of its actions.
const HEADER = ['KLOE', 'Ref', 'Action to be taken', 'Lead Director', 'Timescale', 'Progress', 'BRAG'];
const COLUMNS = { objective: 0, ref: 1, action: 2, lead: 3, timeframe: 4, status: 5 };

describe('a heading row in the objective column', () => {
  it('reads a KLOE column as the objective', () => {
    expect(readHeader(HEADER).columns.objective).toBe(0);
  });

  it('is a heading, not an action without words, and stands as the objective of the rows under it that leave theirs blank', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['KLOE 1: Is there the leadership capacity and capability to deliver high quality, sustainable care?'],
      ['KLOE 1', '1.1', 'Develop an executive succession plan', 'Director of People', 'Dec-24', 'Draft to RemCom', 'G'],
      ['KLOE 2: Is there a clear vision and credible strategy?'],
      [null, '2.1', 'Agree annual delivery objectives', 'Director of Strategy', 'Apr-24', 'Approved at April Board', 'B'],
    ];
    const actions = rawActions(rows, layout(rows, COLUMNS));
    expect(actions.map((a) => [a.rows[0], a.cells.objective?.[0]?.value])).toEqual([
      [3, 'KLOE 1'],
      [5, 'KLOE 2: Is there a clear vision and credible strategy?'],
    ]);
  });
});
