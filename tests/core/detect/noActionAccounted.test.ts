import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A review's action plan (GIRFT, CQC, audit) lists every recommendation, and one not accepted
 * is written "No action" with its closure in the update ("Closed at Care Group 02/05/26"). The
 * board must see every recommendation accounted for, so a row whose update says something is an
 * action, closed where the update closes it. A row with nothing beside "No action required" is
 * still no action (noAction.test.ts).
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'GIRFT actions', rows, merges: [], tables: [], hidden: false, protected: false });
const HEADER = ['No.', 'GIRFT Recommendation', 'Trust response', 'Actions', 'Owner', 'Target Date', 'Progress', 'RAG'];
const OPEN = ['4.2', 'Submit all arthroplasty to NJR', 'Accepted', 'Monthly NJR audit to Care Group', 'Governance Lead', '31/12/2026', 'On track', 'Green'];

function actions(rows: CellValue[][]) {
  return analyseWorkbook([grid([HEADER, OPEN, ...rows])], defaultSettings('2026-10-05')).trackers[0]?.actions ?? [];
}

describe('a recommendation whose action cell says "No action" but whose update says more', () => {
  it('is an action, complete where its update says it was closed', () => {
    const read = actions([['4.3', 'Collect local PROMs', 'Not accepted', 'No action', null, 'N/A', 'Closed at Care Group 02/05/26', null]]);
    expect(read.map((a) => [a.ref, a.rating])).toEqual([['4.2', 'green'], ['4.3', 'complete']]);
  });

  // Changed on purpose (regression hunt, review 8): a colour alone is no update. An IPC BAF's
  // controls with no gap ("N/A" beside a "G") became three undated actions when it counted.
  it('is still no action where only the lead\'s colour stands beside it', () => {
    expect(actions([['4.3', 'Collect local PROMs', 'Not accepted', 'No action', null, null, null, 'Blue']]).map((a) => a.ref)).toEqual(['4.2']);
    expect(actions([['4.4', 'Theatre list audit', 'Accepted', 'N/A', null, 'N/A', null, 'G']]).map((a) => a.ref)).toEqual(['4.2']);
  });

  it('is still no action where nothing but "No action" is written', () => {
    const read = actions([['4.3', 'Collect local PROMs', 'Not accepted', 'No action', null, null, null, null]]);
    expect(read.map((a) => a.ref)).toEqual(['4.2']);
  });
});
