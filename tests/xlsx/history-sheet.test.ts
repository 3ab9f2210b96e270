import ExcelJS from 'exceljs';
import type { HistoryRow } from '../../src/core/history';
import { HISTORY_SHEET, readHistorySheet, writeHistorySheet } from '../../src/xlsx/history-sheet';
import { roundTrip, trackerWorkbook } from './helpers';

const entry = (key: string, asOf = '2022-11-03', nextDue: string | null = '2022-12-31'): HistoryRow => ({
  refreshedAt: `${asOf}T09:00:00.000Z`,
  asOf,
  sheet: 'Action plan',
  key,
  rating: 'green',
  status: 'on_track',
  nextDue,
});

function cells(wb: ExcelJS.Workbook): unknown[] {
  const out: unknown[] = [];
  wb.getWorksheet(HISTORY_SHEET)?.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => out.push([c.address, c.value])));
  return out;
}

describe('the RAG History sheet in an .xlsx workbook', () => {
  it('is very hidden, with a bold header row and one text row per entry, and reads back the same', async () => {
    const wb = trackerWorkbook();
    const rows = [entry('1'), entry('recruitment of the successor to the lay member', '2022-11-03', null)];
    writeHistorySheet(wb, rows);
    const back = await roundTrip(wb);
    const ws = back.getWorksheet(HISTORY_SHEET);
    expect(ws?.state).toBe('veryHidden');
    expect(ws?.getRow(1).values).toEqual([undefined, 'Refreshed at', 'As of', 'Sheet', 'Action key', 'Rating', 'Status', 'Next due']);
    expect(ws?.getCell('A1').font?.bold).toBe(true);
    expect(ws?.getCell('B2').value).toBe('2022-11-03');
    expect(readHistorySheet(back)).toEqual(rows);
  });

  it('reads no history from a workbook that has never been refreshed', () => {
    expect(readHistorySheet(trackerWorkbook())).toEqual([]);
  });

  it('is rewritten in place: the same sheet, rows past the new end emptied', async () => {
    const wb = trackerWorkbook();
    writeHistorySheet(wb, [entry('1'), entry('2'), entry('3')]);
    const sheet = wb.getWorksheet(HISTORY_SHEET);
    writeHistorySheet(wb, [entry('1')]);
    expect(wb.getWorksheet(HISTORY_SHEET)).toBe(sheet);
    expect(readHistorySheet(await roundTrip(wb))).toEqual([entry('1')]);
    expect(sheet?.getCell('D3').value).toBeNull();
  });

  it('changes nothing when the same history is written again', async () => {
    const wb = await roundTrip((() => {
      const w = trackerWorkbook();
      writeHistorySheet(w, [entry('1'), entry('2')]);
      return w;
    })());
    const before = cells(wb);
    writeHistorySheet(wb, readHistorySheet(wb));
    expect(cells(wb)).toEqual(before);
  });
});
