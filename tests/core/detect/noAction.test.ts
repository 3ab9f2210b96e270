import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * An EPRR core-standards improvement plan lists every standard, and beside one already met
 * writes "No action required": that row is no action to rate, warn about or count.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'EPRR plan', rows, merges: [], tables: [], hidden: false, protected: false });
const HEADER = ['Domain', 'Ref', 'Action to achieve compliance', 'Lead', 'Deadline', 'Update'];

describe('a standard already met, whose action cell says there is nothing to do', () => {
  const rows: CellValue[][] = [
    HEADER,
    ['Governance', '1', 'No action required', null, null, null],
    [null, '2', 'Refresh the on-call training log', 'EPRR Manager', '31/03/2025', 'On track'],
    ['Duty to assess risk', '3', 'No further action.', null, null, null],
    [null, '4', 'N/A', 'AEO', null, null],
    [null, '5', 'Review the heatwave plan', 'EPRR Manager', '30/06/2025', 'Not started'],
  ];
  const tracker = analyseWorkbook([grid(rows)], defaultSettings('2024-11-20')).trackers[0];

  it('is no action: neither rated nor warned of', () => {
    expect(tracker?.actions.map((a) => a.ref)).toEqual(['2', '5']);
    expect(tracker?.issues.map((i) => i.code)).not.toContain('undated');
  });

  it('still carries its domain down to the actions under it', () => {
    expect(tracker?.actions.map((a) => a.objective)).toEqual(['Governance', 'Duty to assess risk']);
  });

  it('is an action when the words say more ("No action required until the audit reports")', () => {
    const more = analyseWorkbook([grid([HEADER, [null, '1', 'No action required until the audit reports', 'AEO', '31/03/2025', null]])], defaultSettings('2024-11-20'));
    expect(more.trackers[0]?.actions.map((a) => a.ref)).toEqual(['1']);
  });
});
