import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A Workstream > Deliverable > Milestone plan: each milestone on a row of its own, with its own ID,
 * lead, date and RAG, and the deliverable column left blank. The milestone names the row, which is
 * rated as the plan rates it; nobody is told to write an action into the deliverable column.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Programme plan', rows, merges: [], tables: [], hidden: false, protected: false });
const analyse = (rows: CellValue[][]) => analyseWorkbook([grid(rows)], defaultSettings('2024-11-15')).trackers[0];
const HEADER = ['ID', 'Deliverable', 'Milestone', 'Lead', 'End date', 'RAG', 'Commentary'];

describe('a milestone row with no deliverable text', () => {
  it('is named by its milestone, with no blank_action warning', () => {
    const t = analyse([
      HEADER,
      ['1.1', 'Community teams live in all clusters', null, 'K Lowe', '31/03/2025', 'A', 'Three of four live'],
      ['1.1.3', null, 'Cluster D go-live', 'K Lowe', '31/12/2024', 'R', 'Lease not signed'],
    ]);
    expect(t?.actions.map((a) => [a.ref, a.action, a.rating])).toEqual([
      ['1.1', 'Community teams live in all clusters', 'amber'],
      ['1.1.3', 'Cluster D go-live', 'red'],
    ]);
    expect(t?.issues.filter((i) => i.code === 'blank_action')).toEqual([]);
  });

  it('is still warned of when it lists several steps and so has no one name', () => {
    const t = analyse([HEADER, ['1.2', null, 'Procure\nGo-live', 'K Lowe', '31/12/2024', 'G', 'On track']]);
    expect(t?.actions[0]?.action).toBe('');
    expect(t?.issues.map((i) => i.code)).toContain('blank_action');
  });
});
