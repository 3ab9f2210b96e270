import { RATING_ORDER, RATING_SWATCHES } from '../output/colours';
import type { Rating } from '../types';
import type { SummaryCellKind } from './tables';

/**
 * A cell style as data, applied the same way by the ExcelJS writer and the Office.js adapter.
 * @example { bold: true, fill: 'D9E1F2', border: true, wrap: true }
 */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  /** Fill, hex RRGGBB. */
  fill?: string;
  /** Text colour, hex RRGGBB. */
  font?: string;
  numFmt?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Thin border on every side. */
  border?: boolean;
}

/**
 * The percentage format of progress and confidence: whole numbers, as the board paper shows them.
 * @example PERCENT_FORMAT // '0%'
 */
export const PERCENT_FORMAT = '0%';

const cell: CellStyle = { border: true, wrap: true };
const centred: CellStyle = { border: true, align: 'center' };
const total: CellStyle = { bold: true, fill: 'F2F2F2' };

function ratingStyles(): Record<string, CellStyle> {
  const out: Record<string, CellStyle> = {};
  for (const r of RATING_ORDER) {
    const s = RATING_SWATCHES[r];
    out[`rating-${r}`] = { ...centred, bold: true, fill: s.fill, ...(s.font === null ? {} : { font: s.font }) };
  }
  return out;
}

/**
 * Every style the summary sheet uses, by name. Rating cells take the tracker's own swatches
 * (RATING_SWATCHES), so the words and colours match the RAG column.
 * @example SUMMARY_STYLES['rating-red']?.fill // 'C00000'
 */
export const SUMMARY_STYLES: Readonly<Record<string, CellStyle>> = {
  title: { bold: true, size: 16 },
  line: { size: 11 },
  heading: { bold: true, size: 13, font: '1F3864' },
  // Wrapped: its row is measured as wrapped over the merged width, and text overflowing the merge widens LibreOffice's printed page.
  note: { italic: true, font: '404040', wrap: true },
  header: { ...cell, bold: true, fill: 'D9E1F2', align: 'center' },
  text: cell,
  count: centred,
  percent: { ...centred, numFmt: PERCENT_FORMAT },
  trend: centred,
  'total-text': { ...cell, ...total },
  'total-count': { ...centred, ...total },
  'total-percent': { ...centred, ...total, numFmt: PERCENT_FORMAT },
  'total-trend': { ...centred, ...total },
  ...ratingStyles(),
};

/**
 * The style name of a table cell.
 * @example cellStyleName('percent', true) // 'total-percent'
 * @example cellStyleName('rating', false, 'amber') // 'rating-amber'
 */
export function cellStyleName(kind: SummaryCellKind, isTotal: boolean, rating?: Rating): string {
  if (kind === 'rating') return `rating-${rating ?? 'not_rated'}`;
  return isTotal ? `total-${kind}` : kind;
}
