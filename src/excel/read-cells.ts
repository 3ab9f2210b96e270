/// <reference types="office-js" />
import { jsonBytes } from './bytes';
import { DATA_SHARE, FIRST_GUESS_BYTES_PER_CELL, MAX_CELLS_PER_RANGE, isSizeRefusal, takeRows, type Piece } from './chunks';
import { RefreshError, officeCode } from './errors';
import type { CellSlice } from './grid';
import type { SheetMeta } from './read-sheet';
import type { Syncer } from './sync';

interface Item {
  meta: SheetMeta;
  rows: number;
  rowIndex: number;
  columnIndex: number;
  columns: number;
}

function tooBig(piece: Piece<Item>): RefreshError {
  const row = piece.item.rowIndex + piece.start + 1;
  return new RefreshError(
    'payload_too_large',
    `Row ${row} of "${piece.item.meta.name}" holds more than Excel on the web can pass to the add-in at once, so nothing was changed: shorten the longest cells in that row, or refresh in Excel for desktop.`,
  );
}

/**
 * Reads the used ranges of the given sheets in blocks of whole rows sized by bytes: each
 * round trip carries about `budgetBytes` (guessed from the bytes per cell seen so far), and
 * a refused round trip is retried at half the size. Returns each sheet's blocks.
 */
export async function readCells(io: Syncer, metas: readonly SheetMeta[], budgetBytes: number): Promise<Map<SheetMeta, CellSlice[]>> {
  const out = new Map<SheetMeta, CellSlice[]>(metas.map((m) => [m, []]));
  const items: Item[] = metas.flatMap((meta) => (meta.used ? [{ meta, rows: meta.used.rowCount, rowIndex: meta.used.rowIndex, columnIndex: meta.used.columnIndex, columns: meta.used.columnCount }] : []));
  let perCell = FIRST_GUESS_BYTES_PER_CELL;
  let budget = budgetBytes;
  const cursor = { item: 0, row: 0 };
  // The first block is a probe an eighth of the budget: the bytes per cell are only guessed
  // until one block was weighed, and multi-line cells can weigh several times the guess.
  let share = DATA_SHARE / 8;
  while (cursor.item < items.length) {
    const cellBudget = Math.min(budget * share, MAX_CELLS_PER_RANGE * perCell);
    const pieces = takeRows(items, cursor, (item) => item.columns * perCell, cellBudget);
    let loaded: { piece: Piece<Item>; range: Excel.Range }[];
    try {
      loaded = await io.send(() =>
        pieces.map((piece) => {
          const { meta, rowIndex, columnIndex, columns } = piece.item;
          const range = meta.ws.getRangeByIndexes(rowIndex + piece.start, columnIndex, piece.count, columns);
          range.load('values, numberFormat, valueTypes');
          return { piece, range };
        }),
      );
    } catch (error) {
      if (!isSizeRefusal(officeCode(error))) throw error;
      const first = pieces[0];
      if (first && pieces.length === 1 && first.count === 1) throw tooBig(first);
      // Excel refused over twice the budget for these cells: size the retry from that, and halve.
      const tried = pieces.reduce((n, p) => n + p.count * p.item.columns, 0);
      perCell = Math.max(perCell, (2 * budgetBytes) / Math.max(1, tried));
      budget = Math.max(1, Math.floor(budget / 2));
      continue;
    }
    let bytes = 0;
    let cells = 0;
    for (const { piece, range } of loaded) {
      const slice = { rowIndex: piece.item.rowIndex + piece.start, columnIndex: piece.item.columnIndex, values: range.values, numberFormat: range.numberFormat, valueTypes: range.valueTypes };
      out.get(piece.item.meta)?.push(slice);
      bytes += jsonBytes(slice.values) + jsonBytes(slice.numberFormat) + jsonBytes(slice.valueTypes);
      cells += piece.count * piece.item.columns;
    }
    // The next blocks are sized by what this one really weighed, with a margin.
    if (cells > 0) perCell = Math.max(4, (bytes / cells) * 1.25);
    share = DATA_SHARE;
    const last = pieces[pieces.length - 1];
    if (!last) break;
    const index = items.indexOf(last.item);
    const end = last.start + last.count;
    Object.assign(cursor, end >= last.item.rows ? { item: index + 1, row: 0 } : { item: index, row: end });
  }
  return out;
}
