import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A Green step's reason says whether it has an update at all (rating/reasons.ts greenReason): a
 * blank cell, a dash, or words that only say there is none ("Update to follow") are "no update
 * yet"; any other update the rules find no delay or risk in is "not read as delayed or at risk".
 */

function reasons(statuses: CellValue[]): string[] {
  const rows: CellValue[][] = [['Ref', 'Action', 'Lead', 'Due date', 'Update'], ...statuses.map((s, i): CellValue[] => [String(i + 1), `Action ${i + 1}`, 'COO', '31/03/2027', s])];
  const grid: SheetGrid = { name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false };
  return analyseWorkbook([grid], defaultSettings('2026-12-07')).trackers[0]?.actions.map((a) => a.reason) ?? [];
}

describe('the reason of a Green step whose update says nothing the rules can class', () => {
  it.each([null, '-', 'Update to follow', 'No update provided.', 'TBC', 'n/a'])('says "no update yet" beside %p', (status) => {
    expect(reasons([status])[0]).toBe('Green: the action is due in 114 days (31 Mar 2027); no update yet.');
  });

  it.each(['Project manager has left the Trust', 'Backlog down from 320 to 140', 'Update to follow once the audit is back from the ICB'])('says the update is not read as delayed or at risk beside "%s"', (status) => {
    expect(reasons([status])[0]).toBe('Green: the action is due in 114 days (31 Mar 2027) and its update is not read as delayed or at risk.');
  });
});
