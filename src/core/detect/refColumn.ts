import { cellText } from '../cells';
import type { SheetGrid } from '../types';
import type { HeaderReading } from './reading';

/*
 * A ref names one action. A list export's "Item Type" (every row "Item") or a "Content type"
 * column starts with a ref word but holds one value down the sheet: read as the ref, it tells no
 * action from another, and group headings found by the ref column would go astray.
 */

/** Rows under the header looked at: enough to see the values vary, quick on any sheet. */
const SAMPLE_ROWS = 50;
/** Filled cells needed before their sameness says anything: two actions may share a minute ref. */
const FEWEST_FILLED = 3;

/**
 * The reading without its ref column when every filled cell under the header holds the same
 * value (at least three of them): that column names no action. Opaque ids that differ row by
 * row ("TkrsAbQ0", "TkstAbQ1") stay the ref.
 * @example withoutConstantRef({ columns: { ref: 1, action: 0 }, extraStatus: [], outputs: {}, duplicates: [], roleCount: 2 }, [['Title', 'Item Type'], ['A', 'Item'], ['B', 'Item'], ['C', 'Item']], 0).columns // { action: 0 }
 */
export function withoutConstantRef(reading: HeaderReading, rows: SheetGrid['rows'], header: number): HeaderReading {
  const col = reading.columns.ref;
  if (col === undefined) return reading;
  const values = rows
    .slice(header + 1, header + 1 + SAMPLE_ROWS)
    .map((row) => cellText(row[col]).trim().toLowerCase())
    .filter((t) => t !== '');
  if (values.length < FEWEST_FILLED || values.some((v) => v !== values[0])) return reading;
  const { ref: _constant, ...columns } = reading.columns;
  return { ...reading, columns, roleCount: Object.keys(columns).length };
}
