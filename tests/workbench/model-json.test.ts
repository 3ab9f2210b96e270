import { modelFromExcelJs } from '../../src/host/exceljs/load';
import { newSheet } from '../../src/host/memory/model';
import { MemoryExcelHost } from '../../src/host/memory';
import { workbookFromJson, workbookToJson, type WorkbookJson } from '../../src/workbench/model-json';
import { refreshOn } from '../excel/helpers';
import { HIDDEN_ROWS_MESSAGE, hiddenRowsTracker } from '../helpers/hidden-rows';
import { roundTrip } from '../xlsx/helpers';

describe('the workbench\'s host model as JSON', () => {
  it('carries hidden rows across, so the refresh in the page reads Range.rowHidden as the command line reads the file', async () => {
    const json = JSON.parse(JSON.stringify(workbookToJson(modelFromExcelJs(await roundTrip(hiddenRowsTracker()))))) as WorkbookJson;
    const model = workbookFromJson(json);
    expect(model.sheets.map((s) => [...s.hiddenRows])).toEqual([[4, 6], []]);
    const outcome = await refreshOn(new MemoryExcelHost(model));
    expect(outcome.report.trackers[0]?.issues.filter((i) => i.code === 'hidden_rows').map((i) => [i.cell, i.message])).toEqual([['A3', HIDDEN_ROWS_MESSAGE]]);
  });
});

describe('every Map and Set of a sheet', () => {
  it('survives JSON as the same Map or Set, so the page can set a row height or column width on a loaded sheet', () => {
    const sheet = newSheet('Plan');
    sheet.columnWidths.set(2, 40);
    sheet.rowHeights.set(5, 30);
    sheet.hiddenRows.add(7);
    const back = workbookFromJson(JSON.parse(JSON.stringify(workbookToJson({ date1904: false, sheets: [sheet] }))) as WorkbookJson).sheets[0];
    expect(back?.columnWidths).toEqual(new Map([[2, 40]]));
    expect(back?.rowHeights).toEqual(new Map([[5, 30]]));
    expect(back?.hiddenRows).toEqual(new Set([7]));
  });
});
