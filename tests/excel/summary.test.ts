import type ExcelJS from 'exceljs';
import { cellAt } from '../../src/host/memory';
import { hostFor, refreshOn, savedFrom, summaryValues } from './helpers';
import { tableTracker } from './fixtures';

const names = (wb: ExcelJS.Workbook): string[] => wb.worksheets.map((w) => w.name);

describe('the RAG Summary sheet in the add-in refresh', () => {
  it('is added just after the trackers, with the plan\'s merges, styles, widths and page layout, in two round trips', async () => {
    const host = await hostFor(tableTracker());
    const outcome = await refreshOn(host);
    expect(host.stats.syncs).toBe(2);
    expect(outcome.pageLayout).toBe(true);
    const saved = await savedFrom(host);
    expect(names(saved).slice(0, 3)).toEqual(['Tracker', 'RAG Summary', 'Notes']);
    const ws = saved.getWorksheet('RAG Summary');
    if (!ws) throw new Error('no summary sheet');
    expect(ws.getCell('A1').value).toBe('RAG Summary: Quality improvement plan');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).length).toBeGreaterThan(0);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
    expect(ws.views[0]?.showGridLines).toBe(false);
    expect(ws.getColumn(2).width).toBeCloseTo(40, 0);
  });

  it('fills a Red rating cell of Table One with the RAG column\'s red, by range rather than by cell', async () => {
    const host = await hostFor(tableTracker());
    await refreshOn(host);
    const sheet = host.workbook.sheets.find((s) => s.name === 'RAG Summary');
    const fills = new Set(sheet?.rows.flatMap((line) => line.map((c) => c?.style?.fill)).filter(Boolean));
    expect(fills).toContain('#C00000');
    const cells = sheet?.rows.reduce((n, line) => n + line.filter(Boolean).length, 0) ?? 0;
    expect(host.stats.formatCalls).toBeLessThan(cells);
  });

  it('is rebuilt in place on the next refresh: the same sheet, cleared of what the last one left, never deleted', async () => {
    const host = await hostFor(tableTracker());
    await refreshOn(host);
    const sheet = host.workbook.sheets.find((s) => s.name === 'RAG Summary');
    if (!sheet) throw new Error('no summary sheet');
    const at = host.workbook.sheets.indexOf(sheet);
    (sheet.rows[200] ??= [])[3] = { value: 'left over', type: 'String', numberFormat: 'General', bold: true };
    host.resetStats();
    await refreshOn(host, { asOf: '2022-12-20' });
    expect(host.stats.syncs).toBe(2);
    expect(host.workbook.sheets.indexOf(sheet)).toBe(at);
    expect(host.workbook.sheets.filter((s) => s.name === 'RAG Summary')).toEqual([sheet]);
    expect(cellAt(sheet, 200, 3)?.value ?? '').toBe('');
    expect(String(cellAt(sheet, 1, 0)?.value)).toContain('20 Dec 2022');
  });

  it('leaves page layout out below ExcelApi 1.9, and still writes the same values', async () => {
    const full = await hostFor(tableTracker());
    await refreshOn(full);
    const old = await hostFor(tableTracker(), { apiVersion: '1.8' });
    const outcome = await refreshOn(old);
    expect(outcome.pageLayout).toBe(false);
    const saved = await savedFrom(old);
    expect(saved.getWorksheet('RAG Summary')?.pageSetup.printTitlesRow).toBeUndefined();
    expect(summaryValues(saved)).toEqual(summaryValues(await savedFrom(full)));
  });

  it('writes the same values on the web, within the payload budget', async () => {
    const desktop = await hostFor(tableTracker());
    await refreshOn(desktop);
    const web = await hostFor(tableTracker(), { platform: 'web' });
    await refreshOn(web, { payloadBudgetBytes: 30_000 });
    expect(web.stats.maxRequestBytes).toBeLessThanOrEqual(30_000);
    expect(summaryValues(await savedFrom(web))).toEqual(summaryValues(await savedFrom(desktop)));
  });

  it('leaves a protected RAG Summary sheet as it is', async () => {
    const wb = tableTracker();
    const ws = wb.addWorksheet('RAG Summary');
    ws.getCell('A1').value = 'Our own summary';
    await ws.protect('', {});
    const host = await hostFor(wb);
    const outcome = await refreshOn(host);
    expect(outcome.summaryWritten).toBe(false);
    expect(summaryValues(await savedFrom(host))?.get('A1')).toBe('"Our own summary"');
  });
});
