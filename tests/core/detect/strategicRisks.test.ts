import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { readHeader } from '../../../src/core/detect/columns';
import { buildReport } from '../../../src/core/report';
import { defaultSettings } from '../../../src/core/settings';
import { summaryModel, summaryTables } from '../../../src/core/summary';
import type { CellValue, SheetGrid, Tracker } from '../../../src/core/types';

/*
 * A board assurance framework's action plan lists the actions against each strategic risk (SR1 …
 * SR7): the risk column groups them (the objective role, SPEC 2.2), so Table One shows each risk's
 * position, not one Total row. A column of risks described in full is no grouping.
 */

const settings = defaultSettings('2025-06-30');
const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'BAF action plan', rows, merges: [], tables: [], hidden: false, protected: false });
const analyse = (rows: CellValue[][]): Tracker | undefined => analyseWorkbook([grid(rows)], settings).trackers[0];

const LONG = 'There is a risk that the Trust cannot recruit and retain enough registered staff, leading to reliance on agency staff and poorer care.';

function plan(head: string, risks: readonly string[]): CellValue[][] {
  return [
    ['Ref', head, 'Action', 'Lead', 'Due date', 'Status'],
    ['1', risks[0] ?? null, 'Agree the international recruitment pipeline', 'CPO', '31/03/2025', 'Complete'],
    ['2', risks[1] ?? null, 'Launch the retention programme', 'CPO', '30/09/2025', 'On track'],
    ['3', risks[2] ?? null, 'Refresh the capital plan', 'CFO', '31/12/2025', 'On track'],
  ];
}

describe('a strategic risk column is the grouping of a BAF action plan', () => {
  it.each(['Strategic risk', 'Principal risk', 'BAF risk', 'Strategic risks', 'BAF risk (ref)'])('reads "%s" as the objective', (head) => {
    expect(readHeader(['Ref', head, 'Action', 'Lead', 'Due date', 'Status']).columns).toMatchObject({ ref: 0, objective: 1, action: 2 });
  });

  it.each(['Risk', 'Risk ref', 'Risk description'])('reads "%s" as no objective', (head) => {
    expect(readHeader(['Ref', head, 'Action', 'Lead', 'Due date', 'Status']).columns.objective).toBeUndefined();
  });

  it('groups the actions per risk in the report and in Table One', () => {
    const t = analyse(plan('Strategic risk', ['SR1', 'SR1', 'SR3 – Workforce supply']));
    expect(t?.actions.map((a) => a.objective)).toEqual(['SR1', 'SR1', 'SR3 – Workforce supply']);
    const analysis = analyseWorkbook([grid(plan('Principal risk', ['SR1', 'SR1', 'SR3 – Workforce supply']))], settings);
    const groups = buildReport(analysis, settings).trackers[0]?.groups.filter((g) => g.objective !== null);
    expect(groups?.map((g) => [g.objective, g.actions])).toEqual([['SR1', 2], ['SR3 – Workforce supply', 1]]);
    const u = analysis.trackers[0];
    const tableOne = summaryTables(summaryModel(u === undefined ? [] : [u], settings)).tableOne.rows.map((r) => [r.cells[0]?.text, r.total]);
    expect(tableOne).toEqual([['SR1', false], ['SR3 – Workforce supply', false], ['Total', true]]);
  });

  it('leaves a risk column of sentences ungrouped, its actions still read', () => {
    const t = analyse(plan('Principal risk', [LONG, 'Staff leave. Vacancies rise across the wards.', LONG]));
    expect(t?.columns.objective).toBeUndefined();
    expect(t?.actions.map((a) => a.objective ?? null)).toEqual([null, null, null]);
    expect(t?.actions).toHaveLength(3);
  });
});
