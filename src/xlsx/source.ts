import type ExcelJS from 'exceljs';
import type { HistoryRow } from '../core/history';
import type { SheetGrid } from '../core/types';
import { readHistorySheet } from './history-sheet';
import { gridsFromWorkbook } from './read';
import { readSettingsSheet } from './settings-sheet';

/**
 * What the command line reads from a workbook, as plain data: the user's sheets as engine
 * grids, the stored settings, the RAG History and the workbook's title. Two readers give it:
 * the package reader (fast, straight from the XML) and ExcelJS's model (the fallback).
 */
export interface WorkbookSource {
  /** Every worksheet but the product's own, in tab order. */
  grids: SheetGrid[];
  /** The RAG Settings JSON, or null when there is none or it is not valid JSON. */
  settingsJson: unknown;
  history: HistoryRow[];
  /** File > Info > Title, when set. */
  title: string | undefined;
}

/**
 * The source as ExcelJS's model gives it.
 * @example sourceFromExcelJs(await loadWorkbook('tracker.xlsx')).grids[0]?.name // 'Action Plan'
 */
export function sourceFromExcelJs(wb: ExcelJS.Workbook): WorkbookSource {
  const title = wb.title?.trim();
  return { grids: gridsFromWorkbook(wb), settingsJson: readSettingsSheet(wb), history: readHistorySheet(wb), title: title ? title : undefined };
}
