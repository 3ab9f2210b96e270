import { splitMarkers } from './bullets';
import { markupToLines, withoutInvisibles } from './markup';

/*
 * An action cell may list its own sub-actions ("1. Recruit 4 WTE nurses\n2. Rotate ward nurses
 * into ED"), dated one by one in the time-frame cell, on a tracker with no next-steps column.
 * Only a list marked as one counts: lines without numbers or bullets are as often one action
 * wrapped over several lines.
 */

/** Excel's Alt+Enter, Windows and old Mac line ends, and the Unicode line separators (as splitEntries reads them). */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\v\f]/;
/** A pasted HTML list's item: its markers go with the markup (markupToLines). */
const LIST_ITEM = /<li[\s>]/gi;

/**
 * True when a cell is a numbered or bulleted list of two items or more, on lines of their own or
 * in one line ("1. Draft plan 2. Consult staff"), or pasted as an HTML list (`<li>`); plain lines,
 * or one marked item, are no list.
 * @example isItemList('1. Recruit 4 WTE nurses\n2. Rotate ward nurses into ED') // true
 * @example isItemList('• Draft plan • Consult staff') // true
 * @example isItemList('Implement the sepsis trigger\nand audit it weekly') // false
 * @example isItemList('1. Recruit 4 WTE nurses') // false
 */
export function isItemList(cell: string): boolean {
  if (cell.includes('<') && (cell.match(LIST_ITEM)?.length ?? 0) >= 2) return true;
  let items = 0;
  const pieces: string[] = [];
  for (const line of markupToLines(withoutInvisibles(cell)).split(LINE_BREAK)) {
    pieces.length = 0;
    if (splitMarkers(line, pieces) === null) continue;
    for (const piece of pieces) if (piece.trim() !== '') items += 1;
    if (items >= 2) return true;
  }
  return false;
}
