import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { readHeader } from '../../../src/core/detect/columns';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'IEA tracker', rows, merges: [], tables: [], hidden: false, protected: false });
const HEADER = ['IEA No.', 'Action', 'Evidence required', 'Evidence submitted (Y/N)', 'Compliance', 'Lead', 'Target date', 'Progress update'];

describe('a compliance column in an assurance tracker (Ockenden, CNST, EPRR)', () => {
  it('is read beside the update narrative, which stays the status column', () => {
    const reading = readHeader(HEADER);
    expect(reading.columns.status).toBe(7);
    expect(reading.extraStatus).toEqual([4]);
  });

  it.each(['Compliance status', 'Compliance (Fully/Partially/Not)', 'Level of compliance', 'Current compliance'])('knows "%s"', (header) => {
    expect(readHeader(['Action', 'Lead', header, 'Update']).extraStatus).toEqual([2]);
  });

  it('leaves the evidence columns alone: "Y" there says evidence was sent, not that the action is done', () => {
    const reading = readHeader(HEADER);
    expect([...Object.values(reading.columns), ...reading.extraStatus]).not.toContain(3);
  });

  it('closes a requirement rated fully compliant though its narrative does not say so, and reads "Not compliant" as off track', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['3.2', 'Twice daily consultant-led ward rounds on the labour ward.', 'Ward round audit', 'Y', 'Fully compliant', 'Clinical Director', { kind: 'date', iso: '2024-08-31' }, 'Audit shows 96% compliance.'],
      ['2.1', 'Appoint an independent senior advocate.', 'Appointment letter', 'N', 'Not compliant', 'Director of Midwifery', { kind: 'date', iso: '2025-03-31' }, null],
    ];
    const settings = defaultSettings('2024-11-20');
    const actions = analyseSheet(grid(rows), settings, createParsers(settings))?.actions ?? [];
    expect(actions.map((a) => a.rating)).toEqual(['complete', 'red']);
  });
});
