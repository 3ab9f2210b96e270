import ExcelJS from 'exceljs';
import { chunkText, readSettingsSheet, writeSettingsSheet } from '../../src/xlsx/settings-sheet';
import { roundTrip } from './helpers';

const stored = {
  amberWindowDays: 7,
  nextMeeting: { date: '2022-12-08', name: 'ELG December 22' },
  mapping: { 'Action plan': { headerRow: 3, columns: { ref: 'A', action: 'B', lead: 'C' } } },
};

describe('the RAG Settings sheet', () => {
  it('round-trips the settings through a saved workbook, very hidden, with a note saying what it is', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Action plan');
    writeSettingsSheet(wb, stored);
    const reopened = await roundTrip(wb);
    expect(readSettingsSheet(reopened)).toEqual(stored);
    const ws = reopened.getWorksheet('RAG Settings');
    expect(ws?.state).toBe('veryHidden');
    expect(String(ws?.getCell('B1').value)).toContain('RAG Tracker settings');
  });

  it('splits long settings across cells under Excel\'s 32,767-character limit, and shrinks cleanly', async () => {
    const meetings = Array.from({ length: 2000 }, (_, i) => ({ date: '2023-01-12', name: `THT Board meeting number ${i} 😀` }));
    const wb = new ExcelJS.Workbook();
    writeSettingsSheet(wb, { meetings });
    const ws = wb.getWorksheet('RAG Settings');
    const lengths = [1, 2, 3, 4].map((r) => String(ws?.getCell(r, 1).value ?? '').length);
    expect(lengths.filter((n) => n > 0).length).toBeGreaterThan(1);
    expect(Math.max(...lengths)).toBeLessThan(32_767);
    expect(readSettingsSheet(await roundTrip(wb))).toEqual({ meetings });
    writeSettingsSheet(wb, stored);
    expect(ws?.getCell('A2').value).toBeNull();
    expect(readSettingsSheet(await roundTrip(wb))).toEqual(stored);
    expect(wb.worksheets.filter((s) => s.name === 'RAG Settings')).toHaveLength(1);
  });

  it('reads junk, or no sheet at all, as null', () => {
    const wb = new ExcelJS.Workbook();
    expect(readSettingsSheet(wb)).toBeNull();
    const ws = wb.addWorksheet('RAG Settings');
    expect(readSettingsSheet(wb)).toBeNull();
    ws.getCell('A1').value = '{"amberWindowDays": 7,';
    expect(readSettingsSheet(wb)).toBeNull();
    ws.getCell('A1').value = 42;
    expect(readSettingsSheet(wb)).toBeNull();
  });

  it('never cuts a character in two between cells', () => {
    expect(chunkText('ab😀cd', 3)).toEqual(['ab', '😀c', 'd']);
    expect(chunkText('', 3)).toEqual([]);
  });
});
