import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const settings = defaultSettings('2023-12-01');
const sheet = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, merges: [], tables: [], hidden: false, protected: false });

const plan = sheet('Action plan', [['Ref', 'Action', 'Lead', 'Due date', 'Status'], ['1', 'Publish the falls audit', 'CNO', '31/01/2024', 'On track']]);
const cover = sheet('Cover', [['Quality Improvement Plan 2023/24'], ['Prepared for the Quality and Safety Committee'], ['Version 3, November 2023']]);
const lists = sheet('Lists', [['Status'], ['Open'], ['Closed'], ['On hold']]);
// "Scheme" now names the action (a UEC plan's schemes), so the unrecognised action column here is "Works".
const nearMiss = sheet('Estates plan', [['Estates actions'], [], [], ['No.', 'Works', 'Owner', 'Target date', 'Progress update'], ['1', 'Replace ward 4 flooring', 'Head of Estates', '31/03/2024', 'Contractor appointed']]);

describe('sheets with no tracker on them', () => {
  it('are left alone without a warning beside a tracker: a cover page, a list of drop-down values', () => {
    const analysis = analyseWorkbook([cover, plan, lists], settings);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(['Action plan']);
    expect(analysis.issues).toEqual([]);
  });

  it('are named when they read like a tracker whose action column was not recognised, at the header row', () => {
    const analysis = analyseWorkbook([plan, nearMiss], settings);
    expect(analysis.issues.map((i) => [i.sheet, i.cell, i.code])).toEqual([['Estates plan', 'A4', 'no_header_row']]);
    expect(analysis.issues[0]?.message).toContain('row 4 has the ref, lead, time frame and status columns');
  });

  it('are each named when the workbook holds no tracker at all', () => {
    const analysis = analyseWorkbook([cover, lists], settings);
    expect(analysis.issues.map((i) => [i.sheet, i.code])).toEqual([['Cover', 'no_header_row'], ['Lists', 'no_header_row'], ['Cover', 'no_tracker']]);
  });
});

describe('hidden sheets', () => {
  const copy: SheetGrid = { ...plan, name: 'Action plan (old)', hidden: true };

  it('are not rated beside a visible tracker, where an old copy would count every action twice, and are named', () => {
    const analysis = analyseWorkbook([plan, copy, { ...lists, hidden: true }], settings);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(['Action plan']);
    expect(analysis.issues.map((i) => [i.sheet, i.code])).toEqual([['Action plan (old)', 'hidden_sheet']]);
  });

  it('are rated when no visible sheet holds a tracker, or when the user confirmed their columns', () => {
    expect(analyseWorkbook([cover, copy], settings).trackers.map((t) => t.sheet)).toEqual(['Action plan (old)']);
    const confirmed = { ...settings, mapping: { 'Action plan (old)': { headerRow: 1, columns: { ref: 'A', action: 'B', lead: 'C', timeframe: 'D', status: 'E' } } } };
    expect(analyseWorkbook([plan, copy], confirmed).trackers.map((t) => t.sheet)).toEqual(['Action plan', 'Action plan (old)']);
  });
});
