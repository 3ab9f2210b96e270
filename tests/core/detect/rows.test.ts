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

describe('section headings in the ref and action columns', () => {
  const HEADER = ['Ref', 'Action', 'Lead', 'Target date', 'Status'];
  const COLUMNS = { ref: 0, action: 1, lead: 2, timeframe: 3, status: 4 };

  it('reads a numbered title over its numbered actions ("1 | Governance" over "1.1", "1.2") as their heading, not an action', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['1', 'Governance', null, null, null],
      ['1.1', 'Review the terms of reference', 'Ann', '31/12/2023', 'On track'],
      ['1.2', 'Update the policy', 'Bo', '31/10/2023', 'Delayed'],
      ['2', 'Workforce', null, null, null],
      ['2.1', 'Recruit four nurses', 'Cat', '31/03/2024', 'On track'],
    ];
    const actions = rawActions(rows, layout(rows, COLUMNS));
    expect(actions.map((a) => [a.rows[0], a.heading])).toEqual([[3, 'Governance'], [4, 'Governance'], [6, 'Workforce']]);
  });

  it.each([['A', 'A1'], ['B', 'B.2'], ['3', '3a']])('reads ref "%s" over ref "%s" as a section', (own, below) => {
    const rows: CellValue[][] = [HEADER, [own, 'Safe care', null, null, null], [below, 'Audit the wards', 'Ann', '31/12/2023', 'On track']];
    expect(rawActions(rows, layout(rows, COLUMNS)).map((a) => a.heading)).toEqual(['Safe care']);
  });

  it('reads the section title wherever it sits beside its number, as in a CQC plan whose titles fill the "Must/Should do" column', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Must/Should do', 'Action', 'Exec lead', 'Target date', 'Progress update'],
      ['1', 'Safe care', null, null, null, null],
      ['1.1', 'Must', 'Check fridge temperatures daily', 'Chief Nurse', '31/10/2023', 'Audit shows 85% compliance'],
    ];
    const actions = rawActions(rows, layout(rows, { ref: 0, action: 2, lead: 3, timeframe: 4, status: 5 }));
    expect(actions.map((a) => [a.rows[0], a.heading])).toEqual([[3, 'Safe care']]);
  });

  it('keeps an action with only a title as an action when the next ref is its sibling ("1" then "10"), not its child', () => {
    const rows: CellValue[][] = [HEADER, ['1', 'Agree the budget', null, null, null], ['10', 'Recruit four nurses', 'Cat', '31/03/2024', 'On track']];
    expect(rawActions(rows, layout(rows, COLUMNS)).map((a) => a.rows)).toEqual([[2], [3]]);
  });

  it('reads a title in the action column with no ref, over actions with refs, as their heading', () => {
    const rows: CellValue[][] = [
      HEADER,
      [null, 'Section 1: Safe care', null, null, null],
      ['1.1', 'Audit the wards', 'Ann', '31/12/2023', 'On track'],
      [null, 'Section 2: Effective care', null, null, null],
      ['2.1', 'Recruit four nurses', 'Cat', '31/03/2024', 'On track'],
    ];
    const actions = rawActions(rows, layout(rows, COLUMNS));
    expect(actions.map((a) => [a.rows[0], a.heading])).toEqual([[3, 'Section 1: Safe care'], [5, 'Section 2: Effective care']]);
  });

  it('still joins an action text carried on from the row above to that action', () => {
    const rows: CellValue[][] = [HEADER, ['1', 'The Board works with the leads to', 'Ann', '31/12/2023', null], [null, 'involve residents in the priorities', null, null, null], ['2', 'Recruit', 'Bo', '31/03/2024', null]];
    expect(rawActions(rows, layout(rows, COLUMNS)).map((a) => a.rows)).toEqual([[2, 3], [4]]);
  });

  it('keeps a row with a lead or date as an action where the rows numbered under it are only its steps', () => {
    // Changed on purpose: a row numbered over tasks with their own lead or date is their summary row, a heading (SPEC 2.1, outline.ts); its steps, with none, leave it the action.
    const rows: CellValue[][] = [HEADER, ['1', 'Governance review', 'Ann', null, null], ['1.1', 'Review the terms of reference', 'Ann', '31/12/2023', 'On track']];
    expect(rawActions(rows, layout(rows, COLUMNS)).map((a) => [a.rows[0], a.heading])).toEqual([[3, 'Governance review']]);
    const steps: CellValue[][] = [HEADER, ['1', 'Governance review', 'Ann', '31/12/2023', 'On track'], ['1.1', 'Review the terms of reference', null, null, null]];
    expect(rawActions(steps, layout(steps, COLUMNS))).toHaveLength(2);
  });
});

describe('rows inside the tracker that hold no action', () => {
  const HEADER = ['Ref', 'Action', 'Lead', 'Due date', 'Status'];
  const COLUMNS = { ref: 0, action: 1, lead: 2, timeframe: 3, status: 4 };

  it('skips the header repeated for a second table on the sheet (the next section below the first)', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['1', 'Publish the plan', 'Ann', '31/12/2023', 'On track'],
      [],
      ['Workforce', null, null, null, null],
      HEADER,
      ['3', 'Recruit a lay member', 'Cat', '31/01/2023', 'Complete'],
    ];
    const actions = rawActions(rows, layout(rows, COLUMNS));
    expect(actions.map((a) => [a.rows[0], a.heading])).toEqual([[2, null], [6, 'Workforce']]);
    // Headed "Closed actions", that table is the archive of the live one and ends it (archiveSection.test.ts).
    rows[3] = ['Closed actions', null, null, null, null];
    expect(rawActions(rows, layout(rows, COLUMNS)).map((a) => a.rows[0])).toEqual([2]);
  });

  it.each([['Key'], ['RAG Key:'], ['Legend'], ['Key: B = complete, G = on track, A = at risk, R = off track']])(
    'ends the actions at a key to the colours starting "%s"',
    (key) => {
      const rows: CellValue[][] = [HEADER, ['1', 'Publish the plan', 'Ann', '31/12/2023', 'On track'], [], [null, key, null, null, null], [null, 'Blue', 'Complete', null, null], [null, 'Red', 'Off track', null, null], [null, 'Delivery of the plan is overseen by ELG', null, null, null]];
      expect(rawActions(rows, layout(rows, COLUMNS)).map((a) => a.rows)).toEqual([[2]]);
    },
  );

  it('skips the lines of a key with no heading: a colour alone in the action column is not an action', () => {
    const rows: CellValue[][] = [HEADER, ['1', 'Publish the plan', 'Ann', '31/12/2023', 'On track'], [], [null, 'Amber', 'At risk of missing the date', null, null], [null, 'Green', 'On track', null, null]];
    expect(rawActions(rows, layout(rows, COLUMNS)).map((a) => a.rows)).toEqual([[2]]);
  });

  it('keeps an action whose title starts with the word "Key"', () => {
    const rows: CellValue[][] = [HEADER, ['1', 'Key worker housing scheme', 'Ann', '31/12/2023', 'On track'], ['2', 'Key performance indicators agreed', 'Bo', '31/12/2023', 'On track']];
    expect(rawActions(rows, layout(rows, COLUMNS))).toHaveLength(2);
  });
});
