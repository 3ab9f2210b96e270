import { cellText, isBlank } from '../cells';
import type { CellValue } from '../types';
import { ORGANISATION_ENDINGS } from '../vocabulary/columns';
import { normaliseHeader } from './normalise';

/** A title is a line, not a paragraph: longer text above the header is an introduction. */
const MAX_TITLE = 200;

const ENDINGS = ORGANISATION_ENDINGS.map((e) => ` ${normaliseHeader(e)}`);

/** True when a title row only names the organisation (ORGANISATION_ENDINGS). */
const isLetterhead = (text: string): boolean => {
  const norm = ` ${normaliseHeader(text)}`;
  return ENDINGS.some((e) => norm.endsWith(e));
};

/**
 * The tracker's title: the first row above the header holding one text cell and nothing else
 * ("THT Engagement Lead Group Action Plan - 3 November update"), or null when there is none.
 * A row naming only the organisation is its letterhead, so a title row below it wins. The
 * summary is named by it when the workbook's properties give no title.
 * @example sheetTitle([['Quality plan 2024/25'], [], ['Action', 'Lead']], 2) // 'Quality plan 2024/25'
 * @example sheetTitle([['Northshire NHS Foundation Trust'], ['Audit tracker'], ['Action', 'Lead']], 2) // 'Audit tracker'
 * @example sheetTitle([['Action', 'Lead']], 0) // null
 */
export function sheetTitle(rows: readonly (readonly CellValue[])[], header: number): string | null {
  let letterhead: string | null = null;
  for (let r = 0; r < header; r++) {
    const filled = (rows[r] ?? []).filter((v) => !isBlank(v));
    const only = filled[0];
    if (filled.length !== 1 || typeof only !== 'string') continue;
    const text = cellText(only).replace(/\s+/g, ' ').trim();
    if (text.length > MAX_TITLE) return letterhead;
    if (letterhead === null && isLetterhead(text)) letterhead = text;
    else return text;
  }
  return letterhead;
}
