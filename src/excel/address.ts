import { columnIndex } from '../core/cells';
import type { CellRange } from '../core/types';

/**
 * A 0-based range from an A1 reference without its sheet ("B2:D9" or "C3").
 * @example parseRef('B2:D9') // { top: 1, left: 1, bottom: 8, right: 3 }
 */
export function parseRef(ref: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const left = columnIndex((m[1] ?? '').toUpperCase());
  const right = columnIndex((m[3] ?? m[1] ?? '').toUpperCase());
  if (left === null || right === null) return null;
  const top = Number(m[2]) - 1;
  const bottom = Number(m[4] ?? m[2]) - 1;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/**
 * The areas of a RangeAreas address ("Sheet1!A1:B2,'My sheet'!D4"): commas inside a quoted
 * sheet name do not split, and the sheet part is dropped.
 * @example parseAreas("'Plan, 2023'!A6:K6,'Plan, 2023'!B2") // [{ top: 5, left: 0, bottom: 5, right: 10 }, { top: 1, left: 1, bottom: 1, right: 1 }]
 */
export function parseAreas(address: string): CellRange[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => parseRef(p.slice(p.lastIndexOf('!') + 1))).filter((r): r is CellRange => r !== null);
}
