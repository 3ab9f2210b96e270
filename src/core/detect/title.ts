import { cellText, isBlank } from '../cells';
import type { CellValue } from '../types';

/** A title is a line, not a paragraph: longer text above the header is an introduction. */
const MAX_TITLE = 200;

/**
 * The tracker's title: the first row above the header holding one text cell and nothing else
 * ("THT Engagement Lead Group Action Plan - 3 November update"), or null when there is none.
 * The summary is named by it when the workbook's properties give no title.
 * @example sheetTitle([['Quality plan 2024/25'], [], ['Action', 'Lead']], 2) // 'Quality plan 2024/25'
 * @example sheetTitle([['Action', 'Lead']], 0) // null
 */
export function sheetTitle(rows: readonly (readonly CellValue[])[], header: number): string | null {
  for (let r = 0; r < header; r++) {
    const filled = (rows[r] ?? []).filter((v) => !isBlank(v));
    const only = filled[0];
    if (filled.length !== 1 || typeof only !== 'string') continue;
    const text = cellText(only).replace(/\s+/g, ' ').trim();
    return text.length > MAX_TITLE ? null : text;
  }
  return null;
}
