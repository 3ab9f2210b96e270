import { roleColumns } from '../../../src/core/detect/roleColumns';
import { ActionReader, type RowLayout } from '../../../src/core/detect/rows';
import type { CellValue } from '../../../src/core/types';

const PLAN = { ref: 0, action: 1, lead: 2, next_steps: 3, timeframe: 4, status: 5 };

function read(rows: CellValue[][]) {
  const layout: RowLayout = { columns: PLAN, extraStatus: [], headerIndex: 0, lastIndex: rows.length - 1, skip: new Set() };
  const reader = new ActionReader(rows, layout);
  const out = [];
  for (let action = reader.next(); action !== null; action = reader.next()) out.push(action);
  return out;
}

describe('SheetAction: an action\'s cells, read from its row without gathering them', () => {
  const rows: CellValue[][] = [
    ['#', 'Recommendation', 'Lead', 'Next steps', 'Time frame', 'Is the action on track/update'],
    ['5', 'Setting consistent expectations', 'Leads', 'Review criteria', 'End of Jan 23', '  '],
    [null, null, null, 'Engagement Manager to advise', 'On-going following board decision', null],
    ['6', 'The Board identifies an opportunity', 'Engagement Manager', null, 'THT Board March 23', '<b>Update:</b> meeting delayed to Jan 23'],
  ];

  it('reads a one-row action\'s cell straight from the row: null when blank or unmapped', () => {
    const [, one] = read(rows);
    expect(one?.single('timeframe')).toBe('THT Board March 23');
    expect(one?.single('next_steps')).toBeNull();
    expect(one?.single('objective')).toBeNull();
    expect(one?.has('status')).toBe(true);
    expect(one?.has('next_steps')).toBe(false);
  });

  it('sends an action spread over continuation rows to its gathered cells', () => {
    const [spread] = read(rows);
    expect(spread?.single('timeframe')).toBeUndefined();
    expect(spread?.cells.timeframe).toEqual([{ value: 'End of Jan 23', row: 2 }, { value: 'On-going following board decision', row: 3 }]);
    expect(spread?.has('status')).toBe(false);
    expect(spread?.hasRef()).toBe(true);
  });

  it('gathers the same cells whichever is asked first', () => {
    const [, one] = read(rows);
    expect(one?.cells).toEqual({ ref: [{ value: '6', row: 4 }], action: [{ value: 'The Board identifies an opportunity', row: 4 }], lead: [{ value: 'Engagement Manager', row: 4 }], timeframe: [{ value: 'THT Board March 23', row: 4 }], status: [{ value: '<b>Update:</b> meeting delayed to Jan 23', row: 4 }] });
  });
});

describe('SheetAction by column: at, cellsAt and roleColumns', () => {
  const rows: CellValue[][] = [
    ['#', 'Recommendation', 'Lead', 'Next steps', 'Time frame', 'Is the action on track/update'],
    ['5', 'Setting consistent expectations', 'Leads', 'Review criteria', 'End of Jan 23', '  '],
    [null, null, null, 'Engagement Manager to advise', 'On-going following board decision', null],
    ['6', 'The Board identifies an opportunity', 'Engagement Manager', null, 'THT Board March 23', '<b>Update:</b> meeting delayed to Jan 23'],
  ];

  it('roleColumns sets every role, -1 for the unmapped ones, and lists the mapped ones in order', () => {
    const cols = roleColumns(PLAN);
    expect(cols.timeframe).toBe(4);
    expect(cols.objective).toBe(-1);
    expect(cols.mapped).toEqual(Object.entries(PLAN));
  });

  it('at reads a one-row action\'s cell as single reads its role', () => {
    const [, one] = read(rows);
    const cols = roleColumns(PLAN);
    for (const role of ['ref', 'action', 'lead', 'next_steps', 'timeframe', 'status', 'objective'] as const) {
      expect(one?.at(cols[role])).toEqual(one?.single(role));
    }
  });

  it('cellsAt lists a column\'s cells over an action\'s rows as cells lists its role\'s', () => {
    for (const action of read(rows)) {
      const cols = action.roles;
      for (const role of ['ref', 'action', 'lead', 'next_steps', 'timeframe', 'status', 'objective'] as const) {
        expect(action.cellsAt(cols[role])).toEqual(action.cells[role]);
      }
    }
  });
});