import type ExcelJS from 'exceljs';
import { writeHistorySheet } from './history-sheet';
import type { RefreshEdits } from './patch';
import { writeSettingsSheet } from './settings-sheet';
import { writeSummarySheet } from './summary-sheet';
import { applyPlan } from './write';

/**
 * Applies a refresh's edits to a workbook loaded by ExcelJS, for saving through ExcelJS's
 * full model: the slower writer, for a package the patcher does not handle. It writes the
 * same cells, rules, note and sheets as patchWorkbook.
 * @example applyEdits(wb, edits); await saveWorkbook(wb, 'out.xlsx')
 */
export function applyEdits(wb: ExcelJS.Workbook, edits: RefreshEdits): void {
  for (const plan of edits.plans) applyPlan(wb, plan);
  writeSettingsSheet(wb, edits.settingsJson);
  writeHistorySheet(wb, edits.history);
  if (edits.summary) writeSummarySheet(wb, edits.summary.plan, edits.summary.after);
}
