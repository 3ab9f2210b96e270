import { cellText, isBlank } from '../cells';
import type { CellValue } from '../types';
import { DOCUMENT_WORDS, ORGANISATION_ENDINGS } from '../vocabulary/columns';
import { normaliseHeader } from './normalise';

/** A title is a line, not a paragraph: longer text above the header is an introduction. */
const MAX_TITLE = 200;

const ENDINGS = ORGANISATION_ENDINGS.map((e) => ` ${normaliseHeader(e)}`);

/** True when a title row only names the organisation (ORGANISATION_ENDINGS). */
const isLetterhead = (text: string): boolean => {
  const norm = ` ${normaliseHeader(text)}`;
  return ENDINGS.some((e) => norm.endsWith(e));
};

const DOCUMENT = DOCUMENT_WORDS.map((w) => ` ${normaliseHeader(w)} `);

/**
 * True when a title row names the document ("Internal Audit Recommendations Tracker"), not only who
 * it is for; a sentence ("Only open recommendations are shown.") is a note about it instead.
 */
const namesDocument = (text: string): boolean => {
  const norm = ` ${normaliseHeader(text)} `;
  return !text.endsWith('.') && DOCUMENT.some((w) => norm.includes(w));
};

/**
 * The tracker's title: a row above the header holding one text cell and nothing else, or null
 * when there is none. The first that names the document (DOCUMENT_WORDS: "THT Engagement Lead
 * Group Action Plan - 3 November update") wins over rows above it naming the organisation and
 * the committee the paper goes to, which stand on many of a trust's trackers alike; without one,
 * the first row that is not the organisation's letterhead; else the letterhead. The summary is
 * named by it when the workbook's properties give no title.
 * @example sheetTitle([['Quality plan 2024/25'], [], ['Action', 'Lead']], 2) // 'Quality plan 2024/25'
 * @example sheetTitle([['Northshire NHS Foundation Trust'], ['Audit tracker'], ['Action', 'Lead']], 2) // 'Audit tracker'
 * @example sheetTitle([['Northshire NHS Trust – Audit Committee'], ['Audit recommendations tracker'], ['Action', 'Lead']], 2) // 'Audit recommendations tracker'
 * @example sheetTitle([['Action', 'Lead']], 0) // null
 */
export function sheetTitle(rows: readonly (readonly CellValue[])[], header: number): string | null {
  let letterhead: string | null = null;
  let first: string | null = null;
  for (let r = 0; r < header; r++) {
    const filled = (rows[r] ?? []).filter((v) => !isBlank(v));
    const only = filled[0];
    if (filled.length !== 1 || typeof only !== 'string') continue;
    const text = cellText(only).replace(/\s+/g, ' ').trim();
    if (text.length > MAX_TITLE) break;
    if (namesDocument(text)) return text;
    if (isLetterhead(text)) letterhead ??= text;
    else first ??= text;
  }
  return first ?? letterhead;
}
