/// <reference types="office-js" />
import { PRODUCT_SHEETS } from '../core/vocabulary/columns';
import type { CellValue, SheetGrid, TableRegion } from '../core/types';
import { SETTINGS_SHEET } from '../xlsx/settings-sheet';
import { HISTORY_SHEET } from './history';
import { isSizeRefusal } from './chunks';
import { officeCode } from './errors';
import { gridSteps, type CellSlice } from './grid';
import { paced, type Pace } from './pace';
import { queueSheet, sheetMeta, type ReadFeatures, type SheetHandle, type SheetMeta } from './read-sheet';
import { readCells } from './read-cells';
import type { ApiSupport } from './run';
import type { Syncer } from './sync';
import { locateSteps } from './tables';

export interface ReadOptions {
  web: boolean;
  supports: ApiSupport;
  budgetBytes: number;
  /** Sheets asked for per round trip along the getFirst/getNextOrNullObject chain. */
  sheetProbe: number;
  /** When to hand the thread back while turning the cells into the engine's rows. */
  pace: Pace;
}

/** A product sheet the refresh reads back: the sheet and its cells from A1. */
export interface StoredSheet {
  meta: SheetMeta;
  rows: CellValue[][];
}

/** The workbook as a refresh needs it: each sheet as read, the engine's grids, the stored settings and history, and the title. */
export interface WorkbookRead {
  sheets: SheetMeta[];
  grids: SheetGrid[];
  settings: StoredSheet | null;
  history: StoredSheet | null;
  /** File > Info > Properties > Title, which names the summary as `rag-tracker refresh` names it; undefined when blank. */
  title: string | undefined;
  /** True for a workbook in the 1904 date system (old Mac Excel), whose serials are 1,462 days behind. */
  date1904: boolean;
}

/** DATE(2000, 1, 1) in the 1904 date system; the 1900 system gives 36,526. */
const Y2K_1904 = 35_064;

const lower = (s: string): string => s.trim().toLowerCase();
const isProduct = (name: string): boolean => PRODUCT_SHEETS.some((s) => lower(s) === lower(name));

/*
 * The sheet list and every sheet's data in one round trip: the sheets are reached by
 * getFirst() then getNextOrNullObject() (the names are not known before the first sync),
 * `probe` of them at a time; a chain that runs past the last sheet gives null objects.
 * `alsoFirst` queues whatever else the first round trip should bring back.
 */
async function readChain(ctx: Excel.RequestContext, io: Syncer, features: ReadFeatures, probe: number, alsoFirst: () => void): Promise<SheetMeta[]> {
  const out: SheetMeta[] = [];
  let first = (): Excel.Worksheet => ctx.workbook.worksheets.getFirst();
  let size = probe;
  for (let trip = 0; ; trip++) {
    const start = first;
    const count = size;
    let handles: SheetHandle[];
    try {
      handles = await io.send(() => {
        if (trip === 0) alsoFirst();
        let ws = start();
        const list = [queueSheet(ws, features)];
        for (let i = 1; i < count; i++) {
          ws = ws.getNextOrNullObject();
          list.push(queueSheet(ws, features));
        }
        return list;
      });
    } catch (error) {
      // Too much at once (big sheets on the web, or over 5 million cells): ask for fewer sheets.
      if (!isSizeRefusal(officeCode(error)) || count === 1) throw error;
      size = Math.max(1, Math.floor(count / 2));
      continue;
    }
    const metas = handles.map(sheetMeta);
    for (const m of metas) if (m) out.push(m);
    const last = handles[handles.length - 1];
    if (!last || metas[metas.length - 1] === null) return out;
    first = () => last.ws.getNextOrNullObject();
  }
}

/** Table ranges asked of Excel, for sheets whose tables could not be placed by their headers. */
async function tableRanges(io: Syncer, metas: readonly SheetMeta[]): Promise<Map<SheetMeta, TableRegion[]>> {
  const asked = await io.send(() =>
    metas.map((meta) => ({
      meta,
      ranges: meta.tables.map((t) => {
        const range = t.proxy.getRange();
        range.load('rowIndex, columnIndex, rowCount, columnCount');
        return { t, range };
      }),
    })),
  );
  return new Map(
    asked.map(({ meta, ranges }) => [
      meta,
      ranges.map(({ t, range }) => ({
        name: t.info.name,
        range: { top: range.rowIndex, left: range.columnIndex, bottom: range.rowIndex + range.rowCount - 1, right: range.columnIndex + range.columnCount - 1 },
        hasHeaderRow: t.info.showHeaders,
        hasTotalsRow: t.info.showTotals,
      })),
    ]),
  );
}

/**
 * Reads the workbook: on desktop in one round trip (sheets, flags, cells, tables, rules,
 * merges, notes); on the web a first round trip without cells, then the cells in blocks
 * sized by bytes. Desktop falls back to blocks when Excel refuses the size. The cells become
 * the engine's rows a slice at a time.
 */
export async function readWorkbook(ctx: Excel.RequestContext, io: Syncer, opts: ReadOptions): Promise<WorkbookRead> {
  const features: ReadFeatures = { values: !opts.web, autoFilter: opts.supports('1.9'), merges: opts.supports('1.13'), notes: opts.supports('1.18') };
  // ExcelApi 1.7, the manifest's minimum: the title comes back with the first sheets. So does
  // the date system, which no property of ExcelApi 1.7 gives: DATE (ExcelApi 1.2) answers in it.
  const properties = ctx.workbook.properties;
  let y2k: Excel.FunctionResult<number> | undefined;
  const title = (): void => {
    properties.load('title');
    y2k = ctx.workbook.functions.date(2000, 1, 1).load('value');
  };
  let sheets: SheetMeta[];
  try {
    sheets = await readChain(ctx, io, features, opts.sheetProbe, title);
  } catch (error) {
    if (!features.values || !isSizeRefusal(officeCode(error))) throw error;
    features.values = false;
    sheets = await readChain(ctx, io, features, opts.sheetProbe, title);
  }
  const stores = [SETTINGS_SHEET, HISTORY_SHEET].map(lower);
  const wanted = sheets.filter((m) => !isProduct(m.name) || stores.includes(lower(m.name)));
  const cells: Map<SheetMeta, CellSlice[]> = features.values
    ? new Map(wanted.map((m) => [m, m.slice ? [m.slice] : []]))
    : await readCells(io, wanted, opts.budgetBytes);
  const rows = new Map<SheetMeta, CellValue[][]>();
  const date1904 = y2k?.value === Y2K_1904;
  for (const m of wanted) rows.set(m, await paced(gridSteps(cells.get(m) ?? [], date1904), opts.pace));
  // The raw cell data is in the rows now; kept on the sheets it would hold a second copy of
  // every cell for the rest of the refresh, and the collector's pauses grow with the heap.
  for (const m of sheets) m.slice = null;
  const trackers = wanted.filter((m) => !isProduct(m.name));
  const placed = new Map<SheetMeta, TableRegion[] | null>();
  for (const m of trackers) placed.set(m, await paced(locateSteps(rows.get(m) ?? [], m.tables.map((t) => t.info)), opts.pace));
  const unplaced = trackers.filter((m) => placed.get(m) === null);
  const asked = unplaced.length > 0 ? await tableRanges(io, unplaced) : new Map<SheetMeta, TableRegion[]>();
  const grids = trackers.map((m) => ({
    name: m.name,
    rows: rows.get(m) ?? [],
    merges: m.merges,
    tables: placed.get(m) ?? asked.get(m) ?? [],
    hidden: m.hidden,
    protected: m.protected,
    rowsHidden: m.rowsHidden,
  }));
  const stored = (name: string): StoredSheet | null => {
    const meta = wanted.find((m) => lower(m.name) === lower(name));
    return meta ? { meta, rows: rows.get(meta) ?? [] } : null;
  };
  return { sheets, grids, settings: stored(SETTINGS_SHEET), history: stored(HISTORY_SHEET), title: properties.title.trim() || undefined, date1904 };
}
