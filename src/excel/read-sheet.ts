/// <reference types="office-js" />
import { isOwnRuleFormula } from '../core/output';
import type { CellRange } from '../core/types';
import { parseAreas } from './address';
import type { CellSlice } from './grid';
import type { TableInfo } from './tables';

/** What to ask of each sheet: cell data (desktop), the AutoFilter (1.9), merged areas (1.13), notes (1.18). */
export interface ReadFeatures {
  values: boolean;
  autoFilter: boolean;
  merges: boolean;
  notes: boolean;
}

/** The proxies queued for one sheet; read them only after the sync. */
export interface SheetHandle {
  ws: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
  used: Excel.Range;
  tables: Excel.TableCollection;
  formats: Excel.ConditionalFormatCollection;
  merged: Excel.RangeAreas | null;
  notes: Excel.NoteCollection | null;
  filter: { af: Excel.AutoFilter; range: Excel.Range } | null;
  values: boolean;
}

/** One sheet as read: names and flags, its used range, tables, own rules, merges, notes. */
export interface SheetMeta {
  ws: Excel.Worksheet;
  name: string;
  hidden: boolean;
  protected: boolean;
  /** Range.rowHidden over the used range: true all rows hidden (by Hide or a filter), false none, null some. */
  rowsHidden: boolean | null;
  /** 0-based used range (values only), or null for an empty sheet. */
  used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null;
  /** The used range's cell data, when it was read in the same sync. */
  slice: CellSlice | null;
  tables: { proxy: Excel.Table; info: TableInfo }[];
  /** This product's conditional formats on the sheet (found by the marker in their formula). */
  ownRules: Excel.ConditionalFormat[];
  merges: CellRange[];
  /** Note texts in the sheet's note order, or null when notes are not available (below ExcelApi 1.18). */
  notes: string[] | null;
  /** The sheet's AutoFilter (Data > Filter), 0-based, and whether it has criteria set; null when off or below ExcelApi 1.9. */
  autoFilter: { range: CellRange; filtered: boolean } | null;
}

/**
 * Queues everything a refresh reads of one sheet. Works on a sheet proxy that may turn out
 * to be a null object (the end of a getNextOrNullObject chain): every load is then null.
 */
export function queueSheet(ws: Excel.Worksheet, features: ReadFeatures): SheetHandle {
  ws.load('name, visibility');
  const protection = ws.protection;
  protection.load('protected');
  const used = ws.getUsedRangeOrNullObject(true);
  // rowHidden (ExcelApi 1.2) on the range already read: whether any row is hidden or filtered out, at no extra round trip.
  used.load('rowIndex, columnIndex, rowCount, columnCount, rowHidden');
  if (features.values) used.load('values, numberFormat, valueTypes');
  const tables = ws.tables;
  tables.load('items/name, items/showHeaders, items/showTotals, items/rows/count, items/columns/items/name');
  const formats = ws.getRange().conditionalFormats;
  formats.load('items/type, items/customOrNullObject/rule/formula');
  let merged: Excel.RangeAreas | null = null;
  if (features.merges) {
    merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load('address');
  }
  let notes: Excel.NoteCollection | null = null;
  if (features.notes) {
    notes = ws.notes;
    notes.load('items/content');
  }
  let filter: SheetHandle['filter'] = null;
  if (features.autoFilter) {
    const af = ws.autoFilter;
    af.load('enabled, isDataFiltered');
    const range = af.getRangeOrNullObject();
    range.load('rowIndex, columnIndex, rowCount, columnCount');
    filter = { af, range };
  }
  return { ws, protection, used, tables, formats, merged, notes, filter, values: features.values };
}

function autoFilterOf(filter: SheetHandle['filter']): SheetMeta['autoFilter'] {
  if (filter === null || !filter.af.enabled || filter.range.isNullObject) return null;
  const { rowIndex, columnIndex, rowCount, columnCount } = filter.range;
  return { range: { top: rowIndex, left: columnIndex, bottom: rowIndex + rowCount - 1, right: columnIndex + columnCount - 1 }, filtered: filter.af.isDataFiltered };
}

function ownRules(formats: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  return formats.items.filter((f) => {
    if (f.type !== 'Custom') return false;
    const custom = f.customOrNullObject;
    return !custom.isNullObject && isOwnRuleFormula(custom.rule.formula);
  });
}

/** The sheet as read, or null when the proxy was a null object (no such sheet). */
export function sheetMeta(h: SheetHandle): SheetMeta | null {
  if (h.ws.isNullObject) return null;
  const used = h.used.isNullObject ? null : { rowIndex: h.used.rowIndex, columnIndex: h.used.columnIndex, rowCount: h.used.rowCount, columnCount: h.used.columnCount };
  const slice =
    used && h.values ? { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values: h.used.values, numberFormat: h.used.numberFormat, valueTypes: h.used.valueTypes } : null;
  return {
    ws: h.ws,
    name: h.ws.name,
    hidden: h.ws.visibility !== 'Visible',
    protected: h.protection.protected,
    // Typed boolean in Office.js, but null when some rows are hidden and others not.
    rowsHidden: used === null ? false : (h.used.rowHidden as boolean | null),
    used,
    slice,
    tables: h.tables.items.map((t) => ({
      proxy: t,
      info: { name: t.name, showHeaders: t.showHeaders, showTotals: t.showTotals, dataRows: t.rows.count, columns: t.columns.items.map((c) => c.name) },
    })),
    ownRules: ownRules(h.formats),
    merges: h.merged === null || h.merged.isNullObject ? [] : parseAreas(h.merged.address),
    notes: h.notes === null ? null : h.notes.items.map((n) => n.content),
    autoFilter: autoFilterOf(h.filter),
  };
}
