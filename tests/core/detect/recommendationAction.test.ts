import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { readHeader } from '../../../src/core/detect/columns';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * An internal-audit tracker gives each recommendation and management's answer to it, which is as
 * often "Agreed" or "Agreed – SBS to implement" as an action in words. The recommendation is what
 * the committee tracks, so it names the action; the answer is left unread.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'IA recs', rows, merges: [], tables: [], hidden: false, protected: false });

describe('a recommendation beside management’s answer to it', () => {
  it.each([
    ['Management response'],
    ['Agreed action'],
    ['Management action'],
    ['Agreed management action'],
    ['Action agreed (with owner)'],
  ])('is the action beside "%s", with no rival reported', (answer) => {
    const r = readHeader(['Audit', 'Rec no.', 'Priority', 'Recommendation', answer, 'Responsible officer', 'Due date', 'Status']);
    expect(r.columns.action).toBe(3);
    expect(r.duplicates.filter(([role]) => role === 'action')).toEqual([]);
  });

  it('is the action under a qualified name ("Internal audit recommendation")', () => {
    expect(readHeader(['Ref', 'Internal audit recommendation', 'Agreed action', 'Lead', 'Due date']).columns.action).toBe(1);
  });

  it('leaves a plain action column, the trust’s own action, as the action', () => {
    expect(readHeader(['Ref', 'Recommendation', 'Action', 'Lead', 'Deadline', 'Update']).columns.action).toBe(2);
    expect(readHeader(['Ref', 'Finding', 'Agreed action', 'Lead', 'Deadline']).columns.action).toBe(2);
  });

  it('names each action by its recommendation, even where the agreed action was left blank', () => {
    const rows: CellValue[][] = [
      ['Audit title', 'Ref', 'Recommendation', 'Agreed action', 'Action owner', 'Target date', 'Progress update'],
      ['Agency spend', 'AS1', 'Off-framework agency use to require CEO sign off', 'Agreed', 'Dep CPO', '31/12/2024', 'On track'],
      ['Sickness absence', 'SA2', 'Managers training on attendance policy', null, 'HR BP', '30/04/2025', null],
    ];
    const t = analyseWorkbook([grid(rows)], defaultSettings('2024-11-15')).trackers[0];
    expect(t?.actions.map((a) => [a.ref, a.action])).toEqual([
      ['AS1', 'Off-framework agency use to require CEO sign off'],
      ['SA2', 'Managers training on attendance policy'],
    ]);
    expect(t?.issues.filter((i) => i.code === 'blank_action')).toEqual([]);
  });
});
