import type ExcelJS from 'exceljs';
import { addRow, finishTable, writeHeader, type ColumnSpec } from './sheet';
import { seed002Priorities, seed002PriorityHorizons, seed002Roadmap } from './seed002';

export const SEED002_FILE = 'seed002-lsc-roadmap.xlsx';
export const SEED002_ROADMAP_SHEET = 'Roadmap';
export const SEED002_PRIORITIES_SHEET = 'Priorities';

const ROADMAP_COLUMNS: ColumnSpec[] = [
  { header: 'Time frame', width: 18 },
  { header: 'Milestone', width: 90 },
  { header: 'Lead', width: 16 },
  { header: 'Status', width: 16 },
];

const PRIORITY_COLUMNS: ColumnSpec[] = [
  { header: '#', width: 5 },
  { header: 'Priority', width: 32 },
  ...seed002PriorityHorizons.map((header) => ({ header, width: 40 })),
];

/**
 * The roadmap, one row per period phrase in the strategy's order (Lead and Status blank: the
 * roadmap gives none), and the long-term strategic priorities with their three horizons.
 */
export function fillSeed002(workbook: ExcelJS.Workbook): void {
  const roadmap = workbook.addWorksheet(SEED002_ROADMAP_SHEET);
  writeHeader(roadmap, 1, ROADMAP_COLUMNS);
  for (const [timeFrame, milestone] of seed002Roadmap) {
    addRow(roadmap, [timeFrame, milestone, null, null]);
  }
  finishTable(roadmap, 1, ROADMAP_COLUMNS.length);

  const priorities = workbook.addWorksheet(SEED002_PRIORITIES_SHEET);
  writeHeader(priorities, 1, PRIORITY_COLUMNS);
  for (const row of seed002Priorities) {
    addRow(priorities, [...row]);
  }
  finishTable(priorities, 1, PRIORITY_COLUMNS.length);
}
