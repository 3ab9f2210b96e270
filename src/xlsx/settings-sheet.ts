import type ExcelJS from 'exceljs';
import { storedFromRows } from '../core/stored-settings';
import type { CellValue } from '../core/types';

/** The very-hidden sheet the add-in and the command line share settings through. */
export const SETTINGS_SHEET = 'RAG Settings';

/** Excel holds at most 32,767 characters in a cell; chunks stay well under it. */
const CHUNK = 32_000;

/** The note beside the settings, for anyone who unhides the sheet. */
export const SETTINGS_NOTE =
  'RAG Tracker settings: the confirmed column mapping and options as JSON, split down column A. ' +
  'Written by the RAG Tracker add-in and command line; change them there rather than here.';

function findSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const lower = SETTINGS_SHEET.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === lower);
}

/**
 * JSON text cut into cell-sized pieces, never between the two halves of a surrogate pair
 * (a lone half is not valid XML and would corrupt the file).
 * @example chunkText('abcdef', 4) // ['abcd', 'ef']
 */
export function chunkText(text: string, size: number = CHUNK): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/**
 * Stores settings as JSON in the very-hidden RAG Settings sheet, rewriting the sheet in place
 * when it exists (deleting and re-adding it would wipe Excel's undo history in the add-in).
 * @example writeSettingsSheet(wb, { amberWindowDays: 7 })
 */
export function writeSettingsSheet(wb: ExcelJS.Workbook, settingsJson: unknown): void {
  const ws = findSheet(wb) ?? wb.addWorksheet(SETTINGS_SHEET);
  ws.state = 'veryHidden';
  const chunks = chunkText(JSON.stringify(settingsJson) ?? 'null');
  const oldRows = ws.rowCount;
  chunks.forEach((chunk, i) => {
    ws.getCell(i + 1, 1).value = chunk;
  });
  for (let row = chunks.length + 1; row <= oldRows; row++) {
    const cell = ws.findCell(row, 1);
    if (cell && cell.value !== null) cell.value = null;
  }
  ws.getCell(1, 2).value = SETTINGS_NOTE;
}

/**
 * The settings JSON stored in the workbook, or null when there is none or it is not valid
 * JSON (a hand-edited sheet must never stop a refresh).
 * @example readSettingsSheet(wb) // { amberWindowDays: 7 }
 */
export function readSettingsSheet(wb: ExcelJS.Workbook): unknown {
  const ws = findSheet(wb);
  if (!ws) return null;
  // findCell, not getCell: reading must not add empty cells to the workbook.
  const rows: CellValue[][] = [];
  for (let row = 1; ; row++) {
    const value = ws.findCell(row, 1)?.value;
    if (typeof value !== 'string' || value === '') break;
    rows.push([value]);
  }
  return storedFromRows(rows);
}
