import { analyseSheet } from '../../../src/core/analyse/sheet';
import { createParsers } from '../../../src/core/analyse/parsers';
import { findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });
const settings = defaultSettings('2026-12-07');
const analyse = (rows: CellValue[][]) => analyseSheet(grid(rows), settings, createParsers(settings));

/*
 * An SRO or executive sponsor is the executive accountable, beside the lead doing the work: the lead
 * column is the one a programme manager chases, and the executive is read into it, not reported as a rival.
 */
describe('an SRO or exec sponsor beside the lead', () => {
  it.each([
    ['SRO', 'Operational lead'],
    ['Senior Responsible Owner', 'Lead'],
    ['Exec sponsor', 'Lead'],
    ['Executive sponsor', 'Action owner'],
  ])('"%s" beside "%s": the second is the lead, both are read', (exec, lead) => {
    const rows: CellValue[][] = [
      ['Action', exec, lead, 'Due date', 'Update'],
      ['Launch MCoC team', 'CNO', 'Consultant Midwife', '31/03/2027', 'On track'],
      ['Map bookings', 'CNO', null, '31/03/2027', 'On track'],
    ];
    expect(findHeader(grid(rows), undefined)?.reading.columns.lead).toBe(2);
    const sheet = analyse(rows);
    expect(sheet?.actions.map((a) => a.lead)).toEqual(['CNO; Consultant Midwife', 'CNO']);
    expect(sheet?.issues.map((i) => i.code)).not.toContain('duplicate_column');
  });

  it('is the lead where it is the only lead column', () => {
    expect(findHeader(grid([['Scheme', 'SRO', 'Delivery date'], ['Virtual ward', 'COO', '31/03/2027']]), undefined)?.reading.columns.lead).toBe(1);
  });
});
