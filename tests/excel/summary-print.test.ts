import ExcelJS from 'exceljs';
import { savePage } from '../../src/host/exceljs/save-style';
import { newSheet } from '../../src/host/memory/model';
import { generatedTracker, hostFor, refreshOn, savedFrom } from './helpers';
import { tableTracker } from './fixtures';

const summaryOf = (host: Awaited<ReturnType<typeof hostFor>>) => host.workbook.sheets.find((s) => s.name === 'RAG Summary');

describe('the RAG Summary\'s printed pages in the add-in refresh', () => {
  it('sets the footer (title and as-at left, page of pages right) with ExcelApi 1.9', async () => {
    const host = await hostFor(tableTracker());
    await refreshOn(host);
    const page = summaryOf(host)?.page;
    expect(page?.headerFooterState).toBe('Default');
    expect(page?.footer?.left).toMatch(/^RAG Summary: Quality improvement plan · As at /);
    expect(page?.footer?.right).toBe('Page &P of &N');
  });

  it('breaks a long summary into pages, each opening on a header row or section heading, in the same two round trips', async () => {
    const host = await hostFor(generatedTracker(300));
    await refreshOn(host);
    expect(host.stats.syncs).toBe(2);
    const sheet = summaryOf(host);
    const breaks = sheet?.page.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(1);
    // Header rows and headings are bold; the data-quality list's lead-in is an italic note.
    for (const row of breaks) {
      const cell = sheet?.rows[row]?.[0];
      expect(cell?.bold === true || cell?.style?.italic === true).toBe(true);
    }
  });

  it('replaces the last refresh\'s breaks rather than adding to them', async () => {
    const host = await hostFor(generatedTracker(300));
    await refreshOn(host);
    const first = [...(summaryOf(host)?.page.rowBreaks ?? [])];
    await refreshOn(host);
    expect(summaryOf(host)?.page.rowBreaks).toEqual(first);
  });

  it('keeps the footer and breaks when the host\'s workbook is saved (the workbench\'s download)', async () => {
    const host = await hostFor(generatedTracker(300));
    await refreshOn(host);
    const ws = (await savedFrom(host)).getWorksheet('RAG Summary');
    expect(ws?.headerFooter.oddFooter).toMatch(/^&LRAG Summary: .*&RPage &P of &N$/);
    // ExcelJS writes a sheet's row breaks but does not read them back: the written model is checked.
    const sheet = newSheet('RAG Summary');
    sheet.page.rowBreaks = [0, 27, 39];
    sheet.changes.page = true;
    const out = new ExcelJS.Workbook().addWorksheet('RAG Summary');
    savePage(sheet, out);
    expect((out as unknown as { rowBreaks: { id: number }[] }).rowBreaks.map((b) => b.id)).toEqual([27, 39]);
  });

  it('leaves the footer and breaks out below ExcelApi 1.9', async () => {
    const host = await hostFor(generatedTracker(300), { apiVersion: '1.8' });
    await refreshOn(host);
    expect(summaryOf(host)?.page.footer).toBeUndefined();
    expect(summaryOf(host)?.page.rowBreaks).toBeUndefined();
  });
});
