import { cellAt, newSheet, updateCell } from '../../src/host/memory';
import { isoToExcelSerial } from '../../src/core/dates';
import { DATE_FORMAT } from '../../src/excel/write-plan';
import { AS_OF, cellPrints, changed, generatedTracker, hostFor, refreshOn, reread, userPrints } from './helpers';
import { styledTracker, tableTracker } from './fixtures';

describe('refreshWorkbook (the add-in refresh)', () => {
  it('reads in one round trip and writes in one on desktop, and writes the RAG columns by row position', async () => {
    const wb = await reread(styledTracker());
    const host = await hostFor(wb);
    const outcome = await refreshOn(host, { asOf: '2023-01-03', nextMeeting: '2023-01-12', nextMeetingName: 'ELG December 22' });
    expect(host.stats.syncs).toBe(2);
    expect(outcome.syncs).toBe(2);
    const sheet = host.workbook.sheets[0]!;
    const at = (a1: string) => {
      const col = a1.charCodeAt(0) - 65;
      return cellAt(sheet, Number(a1.slice(1)) - 1, col);
    };
    expect(['G3', 'H3', 'I3', 'J3', 'K3'].map((a) => [at(a)?.value, at(a)?.bold])).toEqual([
      ['RAG', true],
      ['RAG reason', true],
      ['Meeting focus', true],
      ['Next due', true],
      ['Trend', true],
    ]);
    expect(at('G5')).toMatchObject({ value: 'Red', type: 'String', numberFormat: '@' });
    expect(at('I4')?.value).toBe('Update due at ELG December 22');
    expect(at('J4')).toMatchObject({ value: isoToExcelSerial('2022-12-31'), type: 'Double', numberFormat: DATE_FORMAT });
    // Row 6 holds a heading merged across A6:K6: the covered output cells are never written.
    expect(['G6', 'H6', 'K6'].map((a) => at(a)?.type ?? 'Empty')).toEqual(['Empty', 'Empty', 'Empty']);
  });

  it('changes no user cell, and a second refresh changes no cell at all', async () => {
    const wb = await reread(styledTracker());
    const host = await hostFor(wb);
    const before = userPrints(host.workbook, wb);
    await refreshOn(host);
    expect(changed(before, userPrints(host.workbook, wb))).toEqual([]);
    const afterFirst = cellPrints(host.workbook);
    const formats = JSON.stringify(host.workbook.sheets.map((s) => s.formats.map(({ source: _s, ...f }) => f)));
    await refreshOn(host);
    expect(changed(afterFirst, cellPrints(host.workbook))).toEqual([]);
    expect(JSON.stringify(host.workbook.sheets.map((s) => s.formats.map(({ source: _s, ...f }) => f)))).toBe(formats);
  });

  it('replaces only its own colour rules and puts them after the user\'s', async () => {
    const host = await hostFor(await reread(styledTracker()));
    await refreshOn(host);
    await refreshOn(host);
    const formulas = host.workbook.sheets[0]!.formats.map((f) => f.formula);
    expect(formulas[0]).toBe('=ISNUMBER(SEARCH("delayed",$F4))');
    expect(formulas.filter((f) => f?.includes('N("RAG Tracker")'))).toHaveLength(8);
    expect(formulas).toHaveLength(9);
  });

  it('keeps the settings and history on very hidden sheets, as text', async () => {
    const host = await hostFor(await reread(styledTracker()));
    await refreshOn(host, { nextMeeting: '2022-12-15' });
    const [settings, history] = ['RAG Settings', 'RAG History'].map((n) => host.workbook.sheets.find((s) => s.name === n));
    expect([settings?.visibility, history?.visibility]).toEqual(['VeryHidden', 'VeryHidden']);
    expect(JSON.parse(String(cellAt(settings!, 0, 0)?.value)).nextMeeting).toEqual({ date: '2022-12-15', name: '' });
    expect(cellAt(history!, 1, 1)).toMatchObject({ value: AS_OF, type: 'String', numberFormat: '@' });
  });

  it('skips a protected tracker sheet, reports it, and never unprotects it', async () => {
    const wb = await reread(styledTracker());
    const host = await hostFor(wb);
    const sheet = host.workbook.sheets[0]!;
    sheet.protected = true;
    const before = cellPrints(host.workbook, (s) => s === sheet.name);
    const outcome = await refreshOn(host);
    expect(outcome.skipped).toEqual([{ sheet: 'Action plan', reason: 'protected' }]);
    expect(outcome.report.trackers[0]?.issues.map((i) => i.code)).toContain('protected_sheet');
    expect(sheet.protected).toBe(true);
    expect(changed(before, cellPrints(host.workbook, (s) => s === sheet.name))).toEqual([]);
  });

  it('says so in one sentence when the workbook holds no tracker, and writes nothing', async () => {
    const host = await hostFor(await reread(tableTracker()));
    host.workbook.sheets.splice(0, 1);
    await expect(refreshOn(host)).rejects.toMatchObject({ code: 'no_tracker', userMessage: expect.stringMatching(/^No action tracker was found in this workbook/) });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(['Notes']);
    expect(host.stats.syncs).toBe(1);
  });

  it('works on Excel without notes or merged-area reading (ExcelApi 1.7), leaving out only the colour-key note', async () => {
    const wb = await reread(tableTracker());
    const host = await hostFor(wb, { apiVersion: '1.7' });
    const outcome = await refreshOn(host);
    expect(outcome.legend).toEqual(['unsupported']);
    expect(host.stats.syncs).toBe(2);
  });

  it('finds an Excel table by its header in the same round trip, and asks for table ranges only when that is ambiguous', async () => {
    const host = await hostFor(await reread(tableTracker()));
    const outcome = await refreshOn(host);
    expect(outcome.report.trackers[0]?.actions.map((a) => a.row)).toEqual([4, 5, 6]);
    expect(host.stats.syncs).toBe(2);
    const twice = await hostFor(await reread(tableTracker()));
    const copy = newSheet('Copy');
    ['Ref', 'Action', 'Lead', 'Time frame', 'Status'].forEach((h, c) => updateCell(copy, 0, c, { value: h, type: 'String' }));
    copy.tables.push({ name: 'Again', range: { top: 0, left: 0, bottom: 1, right: 4 }, showHeaders: true, showTotals: false, columns: ['Ref', 'Action', 'Lead', 'Time frame', 'Status'] });
    twice.workbook.sheets[0]!.tables.push({ ...copy.tables[0]!, name: 'Decoy', range: { top: 20, left: 0, bottom: 21, right: 4 } });
    ['Ref', 'Action', 'Lead', 'Time frame', 'Status'].forEach((h, c) => updateCell(twice.workbook.sheets[0]!, 20, c, { value: h, type: 'String' }));
    await refreshOn(twice);
    expect(twice.stats.syncs).toBe(3);
  });

  it('lists more sheets than one round trip asks for in a few more round trips, never more per row', async () => {
    const wb = generatedTracker(50);
    for (let i = 0; i < 6; i++) wb.addWorksheet(`Extra ${i}`).getCell('A1').value = 'notes';
    const host = await hostFor(wb);
    const outcome = await refreshOn(host, { sheetProbe: 3 });
    expect(outcome.report.trackers.map((t) => t.sheet)).toEqual(['Plan']);
    expect(host.stats.syncs).toBe(4);
  });
});

describe('text stays text', () => {
  it('keeps a settings chunk that starts with "=" as text, so the settings read back whole', async () => {
    const { settingsFor, storedFromRows } = await import('../../src/excel/settings');
    const { storedSettings } = await import('../../src/core/settings');
    const probe = (name: string) => JSON.stringify(storedSettings(settingsFor({ meetings: [{ date: '2023-01-12', name }] }, { asOf: AS_OF })));
    const at = probe('@@').indexOf('@@');
    const name = `${'x'.repeat(32_000 - at)}=HYPERLINK("http://example.org")`;
    const wb = await reread(styledTracker());
    const ws = wb.addWorksheet('RAG Settings', { state: 'veryHidden' });
    ws.getCell('A1').value = JSON.stringify({ meetings: [{ date: '2023-01-12', name }] });
    const host = await hostFor(wb);
    await refreshOn(host);
    const sheet = host.workbook.sheets.find((s) => s.name === 'RAG Settings')!;
    expect(cellAt(sheet, 1, 0)).toMatchObject({ type: 'String', numberFormat: '@' });
    expect(String(cellAt(sheet, 1, 0)?.value).startsWith('=HYPERLINK')).toBe(true);
    const rows = sheet.rows.map((line) => line.map((c) => (c?.type === 'String' ? c.value : null)));
    expect(storedFromRows(rows)).toEqual(JSON.parse(probe(name)));
  });
});
