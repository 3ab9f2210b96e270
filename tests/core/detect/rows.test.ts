import { rawActions, type RowLayout } from '../../../src/core/detect/rows';
import type { CellValue } from '../../../src/core/types';

function layout(rows: readonly (readonly CellValue[])[], columns: RowLayout['columns']): RowLayout {
  return { columns, extraStatus: [], headerIndex: 0, lastIndex: rows.length - 1, skip: new Set() };
}

const PLAN = { ref: 0, action: 1, lead: 2, next_steps: 3, timeframe: 4, status: 5 };

describe('rawActions', () => {
  it('makes one action per row and skips blank rows', () => {
    const rows = [['#', 'Action', 'Lead'], ['1', 'Publish plan', 'Ann'], [null, '', '  '], ['2', 'Recruit', 'Bo']];
    const actions = rawActions(rows, layout(rows, { ref: 0, action: 1, lead: 2 }));
    expect(actions.map((a) => a.rows)).toEqual([[2], [4]]);
  });

  it('joins a row with no ref and no action text to the action above (a continuation row)', () => {
    const rows: CellValue[][] = [
      ['#', 'Recommendation', 'Lead', 'Next steps', 'Time frame', 'Status'],
      ['5', 'Setting consistent expectations', 'Leads', 'Review criteria', 'End of Jan 23', 'Update: adjusted'],
      [null, null, null, 'Engagement Manager to advise', 'On-going following board decision', null],
    ];
    const actions = rawActions(rows, layout(rows, PLAN));
    expect(actions).toHaveLength(1);
    expect(actions[0]?.rows).toEqual([2, 3]);
    expect(actions[0]?.cells.next_steps?.map((c) => c.value)).toEqual(['Review criteria', 'Engagement Manager to advise']);
  });

  it('joins a row without a ref whose action text carries on a sentence or list from the row above', () => {
    const rows: CellValue[][] = [
      ['#', 'Recommendation', 'Lead', 'Next steps', 'Time frame', 'Status'],
      ['9', 'The Board works with the Engagement Leads Group to', 'THT Programme Manager and life', 'Discuss', 'January ELG meeting', null],
      [null, 'involve Tower Hamlets residents in determining the 2023-24 THT priorities', 'course workstream leads', null, null, null],
      ['10', 'The new relevant board member takes responsibility', 'Incoming member', null, null, null],
      [null, '<ul style="list-style-type: none"> <li>Review Reward and Recognition policy</li> </ul>', null, null, null, null],
      ['11', 'The Engagement Leads work more closely', 'Engagement leads', null, null, null],
    ];
    const actions = rawActions(rows, layout(rows, PLAN));
    expect(actions.map((a) => a.rows)).toEqual([[2, 3], [4, 5], [6]]);
  });

  it('keeps a row without a ref that starts a new sentence when refs are not used', () => {
    const rows: CellValue[][] = [['Action', 'Lead'], ['Publish the plan', 'Ann'], ['Recruit a lay member', 'Bo']];
    expect(rawActions(rows, layout(rows, { action: 0, lead: 1 }))).toHaveLength(2);
  });

  it('carries a group-heading row down as the objective of the rows under it', () => {
    const rows: CellValue[][] = [['Action', 'Lead'], ['Provide outstanding care', null], ['Collect demographic details', 'Ann'], ['Be collaborative', null], ['Join partnerships', 'Bo']];
    const actions = rawActions(rows, layout(rows, { action: 0, lead: 1 }));
    expect(actions.map((a) => a.heading)).toEqual(['Provide outstanding care', 'Be collaborative']);
  });

  it('fills objective and ambition down through the blank cells a vertical merge leaves', () => {
    const rows: CellValue[][] = [['Objective', 'Ambition', 'Progress'], ['Be sustainable', '10. Resilient', 1], [null, '11. Sites', 1]];
    const actions = rawActions(rows, layout(rows, { objective: 0, ambition: 1, progress: 2 }));
    expect(actions[1]?.cells.objective?.[0]?.value).toBe('Be sustainable');
  });

  it('leaves out a table totals row', () => {
    const rows: CellValue[][] = [['Action', 'Lead'], ['Publish', 'Ann'], ['Total', 1]];
    const l = { ...layout(rows, { action: 0, lead: 1 }), skip: new Set([2]) };
    expect(rawActions(rows, l)).toHaveLength(1);
  });
});
