import ExcelJS from 'exceljs';
import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { historyRows } from '../../../src/core/history';
import { isOwnRuleFormula, planOutput, type OutputPlan } from '../../../src/core/output';
import { defaultSettings, storedSettings } from '../../../src/core/settings';
import { SUMMARY_SHEET, summaryModel, summarySheetPlan } from '../../../src/core/summary';
import { HISTORY_SHEET, readHistorySheet } from '../../../src/xlsx/history-sheet';
import { PatchUnsupportedError, patchWorkbook, type RefreshEdits } from '../../../src/xlsx/patch';
import { REL } from '../../../src/xlsx/patch/rels';
import { readZip, unzipEntry, writeZip, zipEntry, type ZipEntry } from '../../../src/xlsx/patch/zip';
import { gridsFromWorkbook } from '../../../src/xlsx/read';
import { SETTINGS_SHEET, readSettingsSheet } from '../../../src/xlsx/settings-sheet';
import { DATE_FORMAT, applyPlan } from '../../../src/xlsx/write';
import { roundTrip, trackerWorkbook } from '../helpers';
import { elements, loadWorkbook, noteText, parseXml } from './helpers';

const SETTINGS = { ...defaultSettings('2023-01-03'), nextMeeting: { date: '2023-01-12', name: 'ELG December 22' } };
const REFRESHED_AT = '2023-01-03T09:30:00.000Z';
const CUSTOM = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>';

/**
 * The tracker as a user keeps it (seed 004's layout, a user conditional format, a note of the
 * user's on A1, a sheet after it), with parts ExcelJS cannot carry added to the package: a
 * custom XML part and a calculation chain.
 */
/** A member stored uncompressed with its own timestamp, as another tool might have left it. */
function stored(name: string, text: string): ZipEntry {
  const content = Buffer.from(text, 'utf8');
  const entry = zipEntry(name, content);
  return { ...entry, method: 0, data: content, time: 0x6b2e, date: 0x5a6b };
}

async function userWorkbook(opts: { date1904?: boolean; plainHeaders?: boolean } = {}): Promise<Buffer> {
  const wb = trackerWorkbook();
  wb.properties.date1904 = opts.date1904 === true;
  const ws = wb.getWorksheet('Action plan') as ExcelJS.Worksheet;
  if (opts.plainHeaders) for (let col = 7; col <= 11; col++) ws.getCell(3, col).font = { italic: true, size: 9, color: { argb: 'FF7F7F7F' } };
  ws.getCell('A1').note = 'User note: check with Sam';
  const notes = wb.addWorksheet('Notes');
  notes.getCell('A1').value = 'Minutes';
  notes.getCell('B2').value = { formula: "COUNTA('Action plan'!B4:B7)", result: 3 };
  const entries = readZip(Buffer.from(await wb.xlsx.writeBuffer()));
  const text = (name: string): string => unzipEntry(entries.find((e) => e.name === name) as ZipEntry).toString('utf8');
  const replace = (name: string, from: string, to: string): ZipEntry => zipEntry(name, Buffer.from(text(name).replace(from, to), 'utf8'));
  const patched = entries.map((e) => {
    if (e.name === '[Content_Types].xml') return replace(e.name, '</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>');
    if (e.name === 'xl/_rels/workbook.xml.rels') return replace(e.name, '</Relationships>', `<Relationship Id="rId99" Type="${REL.calcChain}" Target="calcChain.xml"/></Relationships>`);
    return e;
  });
  return writeZip([...patched, zipEntry('xl/calcChain.xml', Buffer.from('<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="2"/></calcChain>')), stored('customXml/item1.xml', CUSTOM)]);
}

/** The date a plan puts in a cell, as the UTC midnight ExcelJS reads a date cell as. */
function plannedDate(plan: OutputPlan, row: number, col: number): Date {
  const value = plan.cells.find((c) => c.row === row && c.col === col)?.value;
  if (value === null || value === undefined || typeof value === 'string') throw new Error(`no date planned at ${row}:${col}`);
  return new Date(`${value.iso}T00:00:00Z`);
}

const load = loadWorkbook;

/** A part's text in a package. */
function partText(bytes: Buffer, name: string): string {
  const entry = readZip(bytes).find((e) => e.name === name);
  if (!entry) throw new Error(`no part ${name}`);
  return unzipEntry(entry).toString('utf8');
}

/** The package with these parts' texts edited, as another tool might have written them. */
function editParts(bytes: Buffer, edits: Readonly<Record<string, (xml: string) => string>>): Buffer {
  return writeZip(readZip(bytes).map((e) => (edits[e.name] ? zipEntry(e.name, Buffer.from(edits[e.name]?.(unzipEntry(e).toString('utf8')) ?? '', 'utf8')) : e)));
}

/** The edits a refresh makes, built as the command line builds them. */
function editsFor(wb: ExcelJS.Workbook, summary = true): RefreshEdits {
  const { trackers } = analyseWorkbook(gridsFromWorkbook(wb), SETTINGS);
  return {
    plans: trackers.map((t) => planOutput(t, SETTINGS)),
    settingsJson: storedSettings(SETTINGS),
    history: historyRows(trackers, SETTINGS.asOf, REFRESHED_AT),
    summary: summary ? { plan: summarySheetPlan(summaryModel(trackers, SETTINGS)), after: trackers.map((t) => t.sheet) } : null,
  };
}

async function refresh(bytes: Buffer, summary = true): Promise<{ out: Buffer; edits: RefreshEdits; plan: OutputPlan }> {
  const wb = await load(bytes);
  const edits = editsFor(wb, summary);
  const plan = edits.plans[0];
  if (plan === undefined) throw new Error('no tracker found');
  return { out: await patchWorkbook(bytes, gridsFromWorkbook(wb), edits), edits, plan };
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

interface Format {
  ref: string;
  rules: { formulae?: string[]; priority: number; stopIfTrue?: boolean }[];
}
const formats = (ws: ExcelJS.Worksheet): Format[] => (ws as unknown as { conditionalFormattings: Format[] }).conditionalFormattings;

/** Every user cell (outside the plan's cells) as [address, value, style, note], for comparison. */
function userCells(ws: ExcelJS.Worksheet, plan: OutputPlan): string {
  const planned = new Set(plan.cells.map((c) => `${c.row}:${c.col + 1}`));
  const out: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      // A cell that is not in the file (no value, no style) only shows because the row got longer.
      const absent = cell.value === null && JSON.stringify(cell.style) === '{}' && cell.note === undefined;
      if (!planned.has(`${r}:${c}`) && !absent) out.push([cell.address, cell.value, cell.style, noteText(cell.note) ?? null]);
    }),
  );
  return JSON.stringify(out);
}

describe('patchWorkbook on a workbook ExcelJS wrote', () => {
  let input: Buffer;
  let out: Buffer;
  let plan: OutputPlan;
  let edits: RefreshEdits;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    input = await userWorkbook();
    ({ out, plan, edits } = await refresh(input));
    wb = await load(out);
  });

  it('writes the output columns: bold headers, the words, and real date cells shown dd mmm yyyy', () => {
    const ws = sheet(wb, 'Action plan');
    expect(['G3', 'H3', 'I3', 'J3', 'K3'].map((a) => [ws.getCell(a).value, ws.getCell(a).font?.bold])).toEqual([
      ['RAG', true],
      ['RAG reason', true],
      ['Meeting focus', true],
      ['Next due', true],
      ['Trend', true],
    ]);
    expect(ws.getCell('G4').value).toBe('Red');
    expect(ws.getCell('G5').value).toBe('Red');
    expect(ws.getCell('G7').value).toBe('Complete');
    expect(ws.getCell('I4').value).toBe('Update due at ELG December 22');
    expect(ws.getCell('J4').value).toEqual(plannedDate(plan, 4, 9));
    expect(ws.getCell('J4').numFmt).toBe('dd mmm yyyy');
    expect(ws.getCell('J4').numFmt).toBe(DATE_FORMAT);
    expect(ws.getCell('J7').value).toBeNull();
  });

  it('keeps each output cell’s own format (the user’s borders and wrapping) under the new values', () => {
    const ws = sheet(wb, 'Action plan');
    expect(ws.getCell('G4').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell('H4').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell('J4').border).toMatchObject({ top: { style: 'thin' } });
    expect(ws.getCell('G3').font?.color).toEqual({ argb: 'FF1F4E79' });
  });

  it('reads back as the same cells the ExcelJS writer produces', async () => {
    const viaExcelJs = await load(input);
    applyPlan(viaExcelJs, plan);
    const expected = gridsFromWorkbook(await roundTrip(viaExcelJs)).find((g) => g.name === 'Action plan');
    const actual = gridsFromWorkbook(wb).find((g) => g.name === 'Action plan');
    expect(actual?.rows).toEqual(expected?.rows);
  });

  it('changes no user cell: values, styles, formulas and notes', async () => {
    expect(userCells(sheet(wb, 'Action plan'), plan)).toBe(userCells(sheet(await load(input), 'Action plan'), plan));
    expect(sheet(wb, 'Action plan').getCell('A6').value).toBe('Commitment');
    expect(sheet(wb, 'Action plan').getCell('G6').isMerged).toBe(true);
    expect(sheet(wb, 'Action plan').getCell('G6').value).toBe('Commitment');
    expect(sheet(wb, 'Notes').getCell('B2').value).toEqual({ formula: "COUNTA('Action plan'!B4:B7)", result: 3 });
  });

  it('puts the legend on the RAG header as a note and keeps the user’s note', () => {
    const ws = sheet(wb, 'Action plan');
    expect(noteText(ws.getCell('G3').note)).toBe(plan.legend);
    expect(noteText(ws.getCell('A1').note)).toBe('User note: check with Sam');
  });

  it('adds its colour rules after the user’s conditional format, which it keeps', () => {
    const cfs = formats(sheet(wb, 'Action plan'));
    const user = cfs.flatMap((f) => f.rules.filter((r) => !(r.formulae ?? []).some(isOwnRuleFormula)).map((r) => [f.ref, r.priority, r.formulae]));
    expect(user).toEqual([['F4:F7', 1, ['ISNUMBER(SEARCH("delayed",$F4))']]]);
    const own = cfs.flatMap((f) => f.rules.filter((r) => (r.formulae ?? []).some(isOwnRuleFormula)));
    expect(own).toHaveLength(plan.rules.length);
    expect(Math.min(...own.map((r) => r.priority))).toBe(2);
  });

  it('sets the widths of the new columns on the first refresh', () => {
    const ws = sheet(wb, 'Action plan');
    expect(plan.widths.map((w) => ws.getColumn(w.col + 1).width)).toEqual(plan.widths.map((w) => w.width));
  });

  it('writes RAG History and RAG Settings very hidden, with what the readers read back', () => {
    expect(sheet(wb, HISTORY_SHEET).state).toBe('veryHidden');
    expect(sheet(wb, SETTINGS_SHEET).state).toBe('veryHidden');
    expect(readHistorySheet(wb)).toEqual(edits.history);
    expect(readSettingsSheet(wb)).toEqual(JSON.parse(JSON.stringify(edits.settingsJson)));
    expect(sheet(wb, HISTORY_SHEET).getCell('A1').font?.bold).toBe(true);
  });

  it('puts RAG Summary straight after the tracker, visible, with its print titles', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Action plan', 'visible'],
      [SUMMARY_SHEET, 'visible'],
      ['Notes', 'visible'],
      [SETTINGS_SHEET, 'veryHidden'],
      [HISTORY_SHEET, 'veryHidden'],
    ]);
    const summary = sheet(wb, SUMMARY_SHEET);
    expect(summary.getCell('A1').value).toBe('RAG Summary: THT Engagement Lead Group Action Plan - 3 November update');
    expect(summary.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(summary.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
  });

  it('copies the parts it does not own byte for byte, compressed bytes and timestamps included', () => {
    const before = new Map(readZip(input).map((e) => [e.name, e]));
    const after = new Map(readZip(out).map((e) => [e.name, e]));
    const owned = ['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/_rels/sheet1.xml.rels', 'docProps/app.xml'];
    const untouched = [...before.keys()].filter((n) => !owned.includes(n) && n !== 'xl/calcChain.xml');
    expect(untouched).toEqual(expect.arrayContaining(['customXml/item1.xml', 'xl/theme/theme1.xml', 'xl/worksheets/sheet2.xml', 'docProps/core.xml']));
    for (const name of untouched) {
      const a = before.get(name) as ZipEntry;
      const b = after.get(name);
      expect([name, b?.data.equals(a.data), b?.crc, b?.time, b?.date]).toEqual([name, true, a.crc, a.time, a.date]);
    }
    expect(unzipEntry(after.get('customXml/item1.xml') as ZipEntry).toString('utf8')).toBe(CUSTOM);
    expect(after.get('customXml/item1.xml')?.method).toBe(0);
  });

  it('lists the sheets it added in docProps/app.xml, in tab order, as the workbook part has them', () => {
    const app = parseXml(partText(out, 'docProps/app.xml'));
    const names = elements(elements(app, 'TitlesOfParts')[0] ?? app, 'vt:lpstr').map((n) => n.text);
    expect(names).toEqual(wb.worksheets.map((w) => w.name));
    expect(names).toEqual(['Action plan', SUMMARY_SHEET, 'Notes', SETTINGS_SHEET, HISTORY_SHEET]);
    expect(elements(app, 'vt:i4').map((n) => n.text)).toEqual(['5']);
    expect(elements(app, 'vt:vector').map((v) => v.attrs.size)).toEqual(['2', '5']);
  });

  it('drops the calculation chain (Excel rebuilds it), with its relationship and content type', () => {
    const names = readZip(out).map((e) => e.name);
    expect(names).not.toContain('xl/calcChain.xml');
    const parts = new Map(readZip(out).map((e) => [e.name, unzipEntry(e).toString('utf8')]));
    expect(parts.get('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(parts.get('[Content_Types].xml')).not.toContain('calcChain');
  });

  it('leaves every XML part well-formed, and every relationship pointing at a part that exists', () => {
    const entries = readZip(out);
    const names = new Set(entries.map((e) => e.name));
    for (const e of entries) {
      if (!/\.(xml|rels|vml)$/.test(e.name)) continue;
      const doc = parseXml(unzipEntry(e).toString('utf8'));
      if (!e.name.endsWith('.rels')) continue;
      const base = e.name.replace(/_rels\/([^/]*)\.rels$/, '$1');
      for (const rel of elements(doc, 'Relationship')) {
        if (rel.attrs.TargetMode === 'External') continue;
        const target = rel.attrs.Target ?? '';
        const from = base.split('/').slice(0, -1);
        const parts = target.startsWith('/') ? [] : from;
        for (const seg of target.replace(/^\//, '').split('/')) {
          if (seg === '..') parts.pop();
          else if (seg !== '.') parts.push(seg);
        }
        expect([e.name, target, names.has(parts.join('/'))]).toEqual([e.name, target, true]);
      }
    }
    const types = parseXml(unzipEntry(entries.find((e) => e.name === '[Content_Types].xml') as ZipEntry).toString('utf8'));
    for (const o of elements(types, 'Override')) expect([o.attrs.PartName, names.has((o.attrs.PartName ?? '').slice(1))]).toEqual([o.attrs.PartName, true]);
  });

  it('a second refresh with the same edits changes no part', async () => {
    const again = await patchWorkbook(out, gridsFromWorkbook(await load(out)), edits);
    const first = new Map(readZip(out).map((e) => [e.name, unzipEntry(e).toString('utf8')]));
    const second = new Map(readZip(again).map((e) => [e.name, unzipEntry(e).toString('utf8')]));
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, text] of first) expect([name, second.get(name)]).toEqual([name, text]);
  });

  it('a second refresh keeps one set of rules, one legend note, and the user’s widths', async () => {
    const reopened = await load(out);
    sheet(reopened, 'Action plan').getColumn(8).width = 45; // the user narrows RAG reason
    const resized = Buffer.from(await reopened.xlsx.writeBuffer());
    const { out: twice } = await refresh(resized);
    const back = await load(twice);
    const ws = sheet(back, 'Action plan');
    expect(formats(ws).flatMap((f) => f.rules).filter((r) => (r.formulae ?? []).some(isOwnRuleFormula))).toHaveLength(plan.rules.length);
    expect(ws.getColumn(8).width).toBe(45);
    expect(noteText(ws.getCell('G3').note)).toBe(plan.legend);
    expect(back.worksheets.filter((w) => w.name.startsWith('RAG '))).toHaveLength(3);
  });
});

describe('patchWorkbook, other cases', () => {
  it('rewrites a RAG Summary that someone annotated without leaving its notes behind', async () => {
    const wb = await load(await userWorkbook());
    wb.addWorksheet(SUMMARY_SHEET).getCell('B2').note = 'Chair: ask about row 3';
    const input = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { out } = await refresh(input);
    const names = readZip(out).map((e) => e.name);
    const comments = names.filter((n) => /comments\d+\.xml$/.test(n));
    // Only the tracker's legend note remains, and nothing points at a removed part.
    expect(comments).toHaveLength(1);
    const back = await load(out);
    expect(sheet(back, SUMMARY_SHEET).getCell('B2').note).toBeUndefined();
    expect(noteText(sheet(back, 'Action plan').getCell('A1').note)).toBe('User note: check with Sam');
  });

  it('without a summary writes no RAG Summary', async () => {
    const { out } = await refresh(await userWorkbook(), false);
    expect((await load(out)).worksheets.map((w) => w.name)).toEqual(['Action plan', 'Notes', SETTINGS_SHEET, HISTORY_SHEET]);
  });

  it('makes header cells bold that were not, keeping the rest of their font', async () => {
    const { out } = await refresh(await userWorkbook({ plainHeaders: true }));
    const ws = sheet(await load(out), 'Action plan');
    for (const a of ['G3', 'H3', 'I3', 'J3', 'K3']) expect([a, ws.getCell(a).font]).toEqual([a, { bold: true, italic: true, size: 9, color: { argb: 'FF7F7F7F' } }]);
    expect(ws.getCell('F3').font).toEqual({ bold: true, color: { argb: 'FF1F4E79' } });
    expect(ws.getCell('G4').font?.bold).toBeFalsy();
  });

  it('writes dates right in a workbook on the 1904 date system', async () => {
    const input = await userWorkbook({ date1904: true });
    const { out, plan } = await refresh(input);
    const wb = await load(out);
    const due = plannedDate(plan, 4, 9);
    expect(sheet(wb, 'Action plan').getCell('J4').value).toEqual(due);
    const serial = (due.getTime() - Date.UTC(1904, 0, 1)) / 86_400_000;
    const xml = unzipEntry(readZip(out).find((e) => e.name === 'xl/worksheets/sheet1.xml') as ZipEntry).toString('utf8');
    expect(xml).toMatch(new RegExp(`<c r="J4"[^>]*><v>${serial}</v></c>`));
  });

  it('keeps the active tab and the first tab shown on the same sheet when RAG Summary goes in before it', async () => {
    const view = '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="10000" windowHeight="20000" firstSheet="1" activeTab="1"/></bookViews>';
    const input = editParts(await userWorkbook(), { 'xl/workbook.xml': (xml) => xml.replace('<sheets>', `${view}<sheets>`) });
    const { out } = await refresh(input);
    const attrs = elements(parseXml(partText(out, 'xl/workbook.xml')), 'workbookView')[0]?.attrs;
    expect([attrs?.firstSheet, attrs?.activeTab]).toEqual(['2', '2']);
    expect((await load(out)).worksheets[2]?.name).toBe('Notes');
  });

  it('moves the active tab to a visible sheet when the sheet that was active (a shown RAG History) is very hidden again', async () => {
    const wb = await load(await userWorkbook());
    wb.addWorksheet(HISTORY_SHEET);
    wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 2, activeTab: 2, visibility: 'visible' }];
    const { out } = await refresh(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const back = await load(out);
    const attrs = elements(parseXml(partText(out, 'xl/workbook.xml')), 'workbookView')[0]?.attrs;
    expect(back.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Action plan', 'visible'],
      [SUMMARY_SHEET, 'visible'],
      ['Notes', 'visible'],
      [HISTORY_SHEET, 'veryHidden'],
      [SETTINGS_SHEET, 'veryHidden'],
    ]);
    expect([attrs?.firstSheet, attrs?.activeTab]).toEqual(['2', '2']);
  });

  it('gives the cells still sharing a formula whose first cell it overwrites their own formula, moved to their place', async () => {
    // A fill-down in the RAG column, blank ("") below the actions, from a refresh's own output.
    const { out: first } = await refresh(await userWorkbook());
    const input = editParts(first, {
      'xl/worksheets/sheet1.xml': (xml) =>
        xml
          .replace(/<c r="G4"([^>]*?)( t="s")?>[\s\S]*?<\/c>/, '<c r="G4"$1 t="str"><f t="shared" ref="G4:G9" si="0">IF($F4="","",$F4)</f><v>x</v></c>')
          .replace('</sheetData>', '<row r="8"><c r="G8" t="str"><f t="shared" si="0"/><v></v></c></row><row r="9"><c r="G9" t="str"><f t="shared" si="0"/><v></v></c></row></sheetData>'),
    });
    const { out } = await refresh(input);
    const sheetXml = partText(out, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).not.toContain('t="shared"');
    expect(sheetXml).toContain('<c r="G8" t="str"><f>IF($F8="","",$F8)</f><v></v></c>');
    expect(sheetXml).toContain('<c r="G9" t="str"><f>IF($F9="","",$F9)</f><v></v></c>');
    const back = await load(out);
    const ws = sheet(back, 'Action plan');
    expect(ws.getCell('G4').value).toBe('Red');
    expect(ws.getCell('G9').value).toMatchObject({ formula: 'IF($F9="","",$F9)' });
    // ExcelJS saves it again: it refuses a cell sharing a formula whose first cell is gone.
    await expect(back.xlsx.writeBuffer()).resolves.toBeDefined();
  });

  it('renames a table column whose header it writes, so the table and its header cell agree', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tracker');
    ws.getCell('A1').value = 'Quality improvement plan';
    ws.addTable({
      name: 'Actions',
      ref: 'A3',
      headerRow: true,
      // Headers of the product's columns, spelt as a user might: the product writes its own spelling.
      columns: ['Ref', 'Action', 'Lead', 'Time frame', 'Status', 'rag', 'Rag Reason'].map((name) => ({ name })),
      rows: [
        [1, 'Publish the quality strategy', 'Director of Nursing', 'End of Oct 22', 'Completed', '', ''],
        [2, 'Recruit patient partners', 'Engagement Manager', 'Dec 2022', 'On track', '', ''],
        [3, 'Audit discharge letters', 'Medical Director', 'Sep 22', 'Delayed', '', ''],
      ],
    });
    const { out, plan } = await refresh(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(plan.columns.find((c) => c.header === 'RAG')?.col).toBe(5);
    const table = parseXml(partText(out, 'xl/tables/table1.xml'));
    expect(elements(table, 'tableColumn').map((c) => c.attrs.name)).toEqual(['Ref', 'Action', 'Lead', 'Time frame', 'Status', 'RAG', 'RAG reason']);
    const back = await load(out);
    expect([sheet(back, 'Tracker').getCell('F3').value, sheet(back, 'Tracker').getCell('G3').value]).toEqual(['RAG', 'RAG reason']);
    expect(sheet(back, 'Tracker').getCell('F4').value).toBe('Complete');
  });

  it('refuses bytes that are not a zip archive with PatchUnsupportedError (the caller then writes through ExcelJS)', async () => {
    const wb = await load(await userWorkbook());
    await expect(patchWorkbook(Buffer.from('not a zip at all, but long enough to look'), gridsFromWorkbook(wb), editsFor(wb))).rejects.toBeInstanceOf(PatchUnsupportedError);
  });

  it('refuses a workbook part not in the transitional form with PatchUnsupportedError', async () => {
    const input = await userWorkbook();
    const wb = await load(input);
    const strict = readZip(input).map((e) =>
      e.name === 'xl/workbook.xml' ? zipEntry(e.name, Buffer.from(unzipEntry(e).toString('utf8').replace('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"', 'xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"'))) : e,
    );
    await expect(patchWorkbook(writeZip(strict), gridsFromWorkbook(wb), editsFor(wb))).rejects.toBeInstanceOf(PatchUnsupportedError);
  });

  it('refuses a tracker sheet written with prefixed element names with PatchUnsupportedError', async () => {
    const input = await userWorkbook();
    const wb = await load(input);
    const entries = readZip(input).map((e) => {
      if (e.name !== 'xl/worksheets/sheet1.xml') return e;
      const xml = unzipEntry(e).toString('utf8').replace(/<(\/?)(sheetData|row|c|v)([\s>/])/g, '<$1x:$2$3').replace('<worksheet ', '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ');
      return zipEntry(e.name, Buffer.from(xml, 'utf8'));
    });
    await expect(patchWorkbook(writeZip(entries), gridsFromWorkbook(wb), editsFor(wb))).rejects.toBeInstanceOf(PatchUnsupportedError);
  });

  it('refuses a plan for a sheet the package does not have', async () => {
    const input = await userWorkbook();
    const wb = await load(input);
    const edits = editsFor(wb);
    const plans = edits.plans.map((p) => ({ ...p, sheet: 'Gone' }));
    await expect(patchWorkbook(input, gridsFromWorkbook(wb), { ...edits, plans })).rejects.toThrow(PatchUnsupportedError);
  });
});
