/// <reference types="office-js" />
import { columnIndex, columnLetter } from '../core/cells';
import { readHeader } from '../core/detect/columns';
import { defaultSettings, mergeSettings, type Settings } from '../core/settings';
import type { CellValue, IsoDate } from '../core/types';
import { PRODUCT_SHEETS } from '../core/vocabulary/columns';
import { SETTINGS_SHEET } from '../xlsx/settings-sheet';
import type { ExcelRunner } from './run';
import { queueSettings, storedFromRows } from './settings';

/*
 * The task pane's reads and writes of the workbook's own settings (SPEC 2.5), through the
 * same RAG Settings sheet and writer a refresh uses, so the next refresh applies them.
 */

async function readIn(context: Excel.RequestContext) {
  const ws = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  await context.sync();
  if (ws.isNullObject) return { ws: null, used: null, stored: null as unknown };
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values, rowIndex, columnIndex, rowCount, columnCount');
  await context.sync();
  if (used.isNullObject) return { ws, used: null, stored: null as unknown };
  const box = { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
  const rows = used.columnIndex === 0 && used.rowIndex === 0 ? (used.values as CellValue[][]) : [];
  return { ws, used: box, stored: storedFromRows(rows) };
}

/**
 * The settings stored in the workbook, over the defaults, at the given as-of date.
 * @example (await readWorkbookSettings(runner, '2022-11-03')).amberWindowDays // 14
 */
export async function readWorkbookSettings(runner: ExcelRunner, asOf: IsoDate): Promise<Settings> {
  const { stored } = await runner(readIn);
  return mergeSettings(defaultSettings(asOf), stored);
}

/**
 * Changes the stored settings and writes them back to the RAG Settings sheet.
 * @example await updateWorkbookSettings(runner, (s) => ({ ...s, amberWindowDays: 7 }))
 */
export async function updateWorkbookSettings(runner: ExcelRunner, change: (settings: Settings) => Settings): Promise<Settings> {
  return runner(async (context) => {
    const { ws, used, stored } = await readIn(context);
    // The as-of date is never stored, so any date does here.
    const next = change(mergeSettings(defaultSettings('2000-01-01'), stored));
    queueSettings(context, ws ? { meta: { ws, used } } : null, next);
    await context.sync();
    return next;
  });
}

/** A column of a header row: its letter and header text. */
export interface HeaderCell {
  letter: string;
  text: string;
}

/**
 * The header row's cells with the headers as the refresh read them (RefreshOutcome.headers):
 * a two-row header's split columns, blank in the header row itself, are named by label and
 * group ("End Timescale") and listed, so they can be mapped. In column order.
 * @example withReadHeaders([{ letter: 'A', text: 'Action' }, { letter: 'B', text: 'Timescale' }], { B: 'Start Timescale', C: 'End Timescale' }).map((h) => h.text) // ['Action', 'Start Timescale', 'End Timescale']
 */
export function withReadHeaders(cells: readonly HeaderCell[], read: Readonly<Record<string, string>>): HeaderCell[] {
  const out = new Map(cells.map((c) => [c.letter, c.text]));
  for (const [letter, text] of Object.entries(read)) out.set(letter, text);
  return [...out]
    .map(([letter, text]) => ({ letter, text }))
    .sort((a, b) => (columnIndex(a.letter) ?? 0) - (columnIndex(b.letter) ?? 0));
}

/**
 * The header row's non-empty cells, without the product's own columns (never read as input).
 * Which columns are the product's is decided as the engine decides it (readHeader's outputs): a
 * lead's own lone "RAG" column is read as their rating, so it is listed, to be seen and remapped;
 * only the RAG written just left of "RAG reason" is the product's.
 * @example await readHeaderRow(runner, 'Action plan', 4) // [{ letter: 'A', text: 'Ref' }, …]
 */
export async function readHeaderRow(runner: ExcelRunner, sheet: string, headerRow: number): Promise<HeaderCell[]> {
  return runner(async (context) => {
    const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    used.load('columnIndex, columnCount');
    await context.sync();
    if (used.isNullObject) return [];
    const row = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(headerRow - 1, 0, 1, used.columnIndex + used.columnCount);
    row.load('values');
    await context.sync();
    const values = (row.values[0] ?? []) as CellValue[];
    const own = new Set<number>(Object.values(readHeader(values).outputs));
    return values
      .map((v, i) => ({ letter: columnLetter(i), text: String(v ?? '').trim(), own: own.has(i) }))
      .filter((c) => c.text !== '' && !c.own)
      .map(({ letter, text }) => ({ letter, text }));
  });
}

/**
 * The workbook's sheets a tracker can be on, in tab order: every sheet but the product's own
 * and very hidden ones, so the Columns view can point at a sheet detection did not find.
 * @example await listSheets(runner) // ['Action plan', 'Estates plan']
 */
export async function listSheets(runner: ExcelRunner): Promise<string[]> {
  return runner(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name, items/visibility');
    await context.sync();
    const own = new Set(PRODUCT_SHEETS.map((s) => s.toLowerCase()));
    return sheets.items.filter((ws) => ws.visibility !== 'VeryHidden' && !own.has(ws.name.toLowerCase())).map((ws) => ws.name);
  });
}
