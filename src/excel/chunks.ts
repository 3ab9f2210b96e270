/*
 * How much goes in one round trip. Excel on the web refuses a request or a response over
 * 5 MB, so the adapter aims at half of that and, when Excel still refuses, halves again:
 * the number of round trips follows the bytes a workbook holds, never its row count.
 */

/** Half of Excel on the web's 5 MB payload limit. */
export const WEB_BUDGET_BYTES = 2_500_000;

/**
 * The share of the budget filled with cell data: the rest covers what wraps it (object
 * references, property names, the JSON around each array) so the whole batch stays under.
 */
export const DATA_SHARE = 0.9;

/** Well under Excel's 5 million cells per range read, so one range never hits the limit. */
export const MAX_CELLS_PER_RANGE = 1_000_000;

/** Bytes a cell's value, number format and value type are assumed to take before any were read. */
export const FIRST_GUESS_BYTES_PER_CELL = 48;

/**
 * True for Excel's refusals that a smaller batch avoids.
 * @example isSizeRefusal('ResponsePayloadSizeLimitExceeded') // true
 */
export function isSizeRefusal(code: string | undefined): boolean {
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

/** A run of rows of one item taken into a round trip. */
export interface Piece<T> {
  item: T;
  /** Offset of the first row within the item. */
  start: number;
  count: number;
}

/**
 * Takes whole rows from the items in order, from a cursor, while their estimated bytes fit
 * the budget; always at least one row, so an oversized row is still tried (and refused).
 * @example takeRows([{ rows: 10 }], { item: 0, row: 0 }, (_, __) => 100, 450) // one piece of 4 rows
 */
export function takeRows<T extends { rows: number }>(items: readonly T[], from: { item: number; row: number }, rowBytes: (item: T, row: number) => number, budget: number): Piece<T>[] {
  const pieces: Piece<T>[] = [];
  let used = 0;
  let { item: i, row } = from;
  while (i < items.length) {
    const item = items[i];
    if (!item) break;
    let count = 0;
    while (row + count < item.rows) {
      const bytes = rowBytes(item, row + count);
      if (used + bytes > budget && (used > 0 || count > 0)) break;
      used += bytes;
      count++;
    }
    if (count > 0) pieces.push({ item, start: row, count });
    if (row + count < item.rows) break;
    i++;
    row = 0;
  }
  return pieces;
}
