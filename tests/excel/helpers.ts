import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseWorkbook } from '../../src/core/analyse/workbook';
import { planOutput } from '../../src/core/output';
import { settingsFor } from '../../src/cli/workbook';
import { refreshWorkbook, type RefreshOptions, type RefreshOutcome } from '../../src/excel/refresh';
import { modelFromExcelJs } from '../../src/host/exceljs/load';
import { applyModelToExcelJs } from '../../src/host/exceljs/save';
import { MemoryExcelHost, runnerFor, type HostOptions, type MemoryWorkbook } from '../../src/host/memory';
import { sourceFromExcelJs } from '../../src/xlsx/source';
import { loadWorkbook } from '../../src/xlsx/files';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/samples';

export const AS_OF = '2022-11-30';
export const NOW = new Date('2022-11-30T09:00:00.000Z');
const noWait = async (): Promise<void> => undefined;

/** The workbook each host was loaded from: the bridge saves a model back into that one. */
const sources = new WeakMap<MemoryExcelHost, ExcelJS.Workbook>();

/** A host over a private copy of an ExcelJS workbook, so tests can share their workbooks. */
export async function hostFor(wb: ExcelJS.Workbook, options: HostOptions = {}): Promise<MemoryExcelHost> {
  const copy = await reread(wb);
  const host = new MemoryExcelHost(modelFromExcelJs(copy), options);
  sources.set(host, copy);
  return host;
}

/** The add-in's refresh against a host, with the test clock and no real waiting. */
export function refreshOn(host: MemoryExcelHost, options: Partial<RefreshOptions> = {}): Promise<RefreshOutcome> {
  return refreshWorkbook(runnerFor(host), { asOf: AS_OF, supports: host.supports, sleep: noWait, now: () => NOW, web: host.options.platform === 'web', ...options });
}

/** Every cell of the model as JSON (value, type, format, bold, formula), keyed sheet!row,col. */
export function cellPrints(model: MemoryWorkbook, keep: (sheet: string, row: number, col: number) => boolean = () => true): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of model.sheets) {
    sheet.rows.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell && keep(sheet.name, r, c)) out.set(`${sheet.name}!${r},${c}`, JSON.stringify([cell.value, cell.type, cell.numberFormat, cell.bold, cell.formula ?? null]));
      }),
    );
  }
  return out;
}

/** The keys whose prints differ between two fingerprints (either side missing counts). */
export function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k));
}

/**
 * The cells a refresh owns, worked out by the command line's side (ExcelJS reader, engine,
 * output plan), independently of the adapter: output columns from the header to the last
 * tracker row, and the product's own sheets.
 */
export function ownedBy(wb: ExcelJS.Workbook, asOf = AS_OF): (sheet: string, row: number, col: number) => boolean {
  const source = sourceFromExcelJs(wb);
  const analysis = analyseWorkbook(source.grids, settingsFor(source, { asOf }));
  const owned = new Set<string>();
  for (const tracker of analysis.trackers) {
    for (const cell of planOutput(tracker, settingsFor(source, { asOf })).cells) owned.add(`${tracker.sheet}!${cell.row - 1},${cell.col}`);
  }
  return (sheet, row, col) => sheet.startsWith('RAG ') || owned.has(`${sheet}!${row},${col}`);
}

/** The user's cells only. */
export function userPrints(model: MemoryWorkbook, wb: ExcelJS.Workbook): Map<string, string> {
  const owned = ownedBy(wb);
  return cellPrints(model, (s, r, c) => !owned(s, r, c));
}

/** The command line's refresh of a workbook, in-process: its report and its saved workbook. */
export async function cliRefresh(wb: ExcelJS.Workbook, args: string[] = []): Promise<{ report: Record<string, unknown>; saved: ExcelJS.Workbook }> {
  const dir = tempDir();
  const input = join(dir, 'in.xlsx');
  writeFileSync(input, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const result = await cli(['refresh', input, '-o', join(dir, 'out.xlsx'), '--as-of', AS_OF, '--json', '-', ...args]);
  if (result.code !== 0) throw new Error(result.stderr);
  return { report: JSON.parse(result.stdout) as Record<string, unknown>, saved: await loadWorkbook(join(dir, 'out.xlsx')) };
}

/** The adapter's saved workbook: the host's changes written into its source, saved and read back. */
export async function savedFrom(host: MemoryExcelHost): Promise<ExcelJS.Workbook> {
  const source = sources.get(host);
  if (!source) throw new Error('host was not made by hostFor');
  applyModelToExcelJs(host.workbook, source);
  return reread(source);
}

/** A cell's wrapping and vertical alignment, what a refresh sets on the RAG reason column (null when neither is set). */
function alignment(cell: ExcelJS.Cell): [boolean | null, string | null] | null {
  const { wrapText, vertical } = cell.alignment ?? {};
  return wrapText === undefined && vertical === undefined ? null : [wrapText ?? null, vertical ?? null];
}

/**
 * What two saved workbooks hold cell by cell (value, number format, bold, note), sheet states
 * and conditional formats, leaving out the summary sheet (compared by its values alone, see
 * summaryValues: its styles are set by range in each path) and RAG History's timestamps. The adapter's Text format on text cells reads as General.
 * Alignment is compared as wrap and vertical, the parts a refresh sets (the RAG reason column's).
 */
export function savedPrints(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (ws.name === 'RAG Summary') continue;
    out.set(`${ws.name}!state`, ws.state);
    out.set(`${ws.name}!formats`, JSON.stringify((ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings));
    out.set(`${ws.name}!widths`, JSON.stringify((ws.columns ?? []).map((c) => c.width ?? null)));
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const stamp = ws.name === 'RAG History' && Number(cell.col) === 1 && row.number > 1;
        const numFmt = cell.numFmt === '@' ? undefined : cell.numFmt;
        out.set(`${ws.name}!${cell.address}`, JSON.stringify([stamp ? 'time' : cell.value, numFmt, cell.font?.bold === true, cell.note ?? null, alignment(cell)]));
      }),
    );
  }
  return out;
}

/** The RAG Summary sheet's cell values by address (empty cells left out), or null when there is no such sheet. */
export function summaryValues(wb: ExcelJS.Workbook): Map<string, string> | null {
  const ws = wb.getWorksheet('RAG Summary');
  if (!ws) return null;
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value !== null && cell.value !== '') out.set(cell.address, JSON.stringify(cell.value));
    }),
  );
  return out;
}

/** A tracker of n generated rows: ref, action, lead, two steps, two time frames, a status. */
export function generatedTracker(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRow(['Ref', 'Action', 'Lead', 'Next steps', 'Time frame', 'Status']);
  const frames = ['End of Nov 22', 'Q3', 'Dec 2022', 'TBC', 'March 23 Board', '2023-01-15'];
  const statuses = ['On track', 'Completed', 'Delayed', 'Not started', '', 'Some issues'];
  for (let i = 1; i <= rows; i++) {
    ws.addRow([i, `Action number ${i} to improve the service`, `Lead ${i % 17}`, `Step one for ${i}\nStep two`, `${frames[i % 6]}\n${frames[(i + 1) % 6]}`, statuses[i % 6]]);
  }
  return wb;
}

/** Reads an ExcelJS workbook back from its own bytes, as a file on disk would give it. */
export async function reread(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(await wb.xlsx.writeBuffer());
  return out;
}
