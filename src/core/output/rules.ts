import { columnLetter } from '../cells';
import type { CellRange, Tracker } from '../types';
import { FOCUS_ORDER, FOCUS_TINTS, RATING_ORDER, RATING_SWATCHES } from './colours';
import { UPDATE_DUE_PREFIX, focusWords, ratingWord } from './words';

/**
 * One conditional-format rule, written the same way by the ExcelJS and Office.js adapters.
 * @example { id: 'rag-red', range: { top: 3, bottom: 6, left: 6, right: 6 }, formula: '=AND($G4="Red",N("RAG Tracker")=0)',
 *   fill: 'C00000', font: 'FFFFFF', bold: true, priority: 4, stopIfTrue: true }
 */
export interface ConditionalRule {
  id: string;
  /** 0-based, inclusive. */
  range: CellRange;
  /** A1 formula for the range's top-left cell, with the column fixed and the row relative. */
  formula: string;
  /** Hex RRGGBB. */
  fill: string;
  /** Hex RRGGBB, or null to leave the cell's own text colour. */
  font: string | null;
  /** True sets bold; false leaves the cell's own weight. */
  bold: boolean;
  /** 1 is applied first; adapters keep this order among the product's rules. */
  priority: number;
  stopIfTrue: boolean;
}

/*
 * Excel rules have no name or tag, yet a refresh must find and replace its own rules and
 * never touch the user's. So every formula carries N("RAG Tracker"): N of text is 0, so the
 * condition is unchanged, and the marker survives saving, copying and Excel's own edits.
 */
const MARKER = 'N("RAG Tracker")=0';

/**
 * A condition wrapped with the product's marker.
 * @example markedFormula('$H8="Red"') // '=AND($H8="Red",N("RAG Tracker")=0)'
 */
export function markedFormula(condition: string): string {
  return `=AND(${condition},${MARKER})`;
}

/**
 * True when a rule's formula was written by this product (with or without the leading =,
 * which ExcelJS drops), so a refresh removes exactly its own rules.
 * @example isOwnRuleFormula('AND($H8="Red",N("RAG Tracker")=0)') // true
 * @example isOwnRuleFormula('$H8="Red"') // false
 */
export function isOwnRuleFormula(formula: string): boolean {
  return formula.replace(/\s+/g, '').toUpperCase().includes(MARKER.replace(/\s+/g, '').toUpperCase());
}

/**
 * The tracker's columns, from its first header cell to the product's last column: a column left
 * of every role's ("Report" over an audit's recommendations, a "Date raised") is still part of
 * each row, and a tint starting right of it reads as a different table. A headed column is the
 * tracker's while the headers run on without a gap.
 */
function span(tracker: Tracker): { left: number; right: number } {
  const cols = [...Object.values(tracker.columns), ...Object.values(tracker.outputColumns)];
  let left = Math.min(...cols);
  // Headed columns run on to the left up to a gap: a cell beyond it is no column of this table.
  while (left > 0 && (tracker.headers[left - 1] ?? '').trim() !== '') left -= 1;
  return { left, right: Math.max(...cols) };
}

/**
 * The colour rules for a tracker: one per rating word on the RAG column (strong fills,
 * applied first and stopping there) and one per meeting focus as a light tint across the
 * row. Empty when the tracker has no rows under its header.
 * @example planRules(tracker).map((r) => r.id) // ['rag-complete', 'rag-green', …, 'focus-next_step']
 */
export function planRules(tracker: Tracker): ConditionalRule[] {
  const top = tracker.headerRow; // 0-based index of the first row under the header
  const bottom = tracker.lastRow - 1;
  if (bottom < top) return [];
  const firstRow = tracker.headerRow + 1;
  const rag = `$${columnLetter(tracker.outputColumns.RAG)}${firstRow}`;
  const focus = `$${columnLetter(tracker.outputColumns['Meeting focus'])}${firstRow}`;
  const ratingRules = RATING_ORDER.map((r, i): ConditionalRule => {
    const s = RATING_SWATCHES[r];
    const col = tracker.outputColumns.RAG;
    const range = { top, bottom, left: col, right: col };
    const formula = markedFormula(`${rag}="${ratingWord(r)}"`);
    return { id: `rag-${r}`, range, formula, fill: s.fill, font: s.font, bold: true, priority: i + 1, stopIfTrue: true };
  });
  const { left, right } = span(tracker);
  const focusRules = FOCUS_ORDER.map((f, i): ConditionalRule => {
    const condition =
      f === 'update_due'
        ? `LEFT(${focus},${UPDATE_DUE_PREFIX.length})="${UPDATE_DUE_PREFIX}"`
        : `${focus}="${focusWords(f, null)}"`;
    const s = FOCUS_TINTS[f];
    return {
      id: `focus-${f}`,
      range: { top, bottom, left, right },
      formula: markedFormula(condition),
      fill: s.fill,
      font: s.font,
      bold: false,
      priority: ratingRules.length + i + 1,
      stopIfTrue: false,
    };
  });
  return [...ratingRules, ...focusRules];
}
