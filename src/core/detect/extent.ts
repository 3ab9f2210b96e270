import { isBlank } from '../cells';
import type { CellValue, OutputColumn } from '../types';
import type { HeaderReading } from './columns';

/*
 * How far a tracker runs and where the product's columns go: both read every row of the
 * sheet, so both read a stretch at a time for an analysis that pauses.
 */

const OUTPUT_ORDER: readonly OutputColumn[] = ['RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend'];

/**
 * The 0-based index of the last row with anything in it, or -1, read from the end. Sheets
 * often carry thousands of formatted but empty rows below the data, so it pauses after every
 * `every` rows read (yielding the row reached) for a caller that must not block.
 * @example finish(lastFilledRow([['a'], [], [null]])) // 0
 */
export function* lastFilledRow(rows: readonly (readonly CellValue[])[], every = Infinity): Generator<number, number, undefined> {
  for (let r = rows.length - 1, read = 1; r >= 0; r--, read++) {
    if ((rows[r] ?? []).some((v) => !isBlank(v))) return r;
    if (read % every === 0) yield r;
  }
  return -1;
}

/**
 * Where the product's columns go: where they already are, else after the last used column.
 * The rows are read a stretch at a time ({@link OutputPlacer.scan}), so a chunked analysis reads them
 * along with the actions.
 * @example
 * const outputs = new OutputPlacer(reading);
 * outputs.scan(rows, header, last);
 * outputs.place().RAG // the column after the last one used
 */
export class OutputPlacer {
  private readonly own: ReadonlySet<number>;
  private lastUsed = -1;

  constructor(private readonly reading: HeaderReading) {
    this.own = new Set(Object.values(reading.outputs));
  }

  /** Reads rows `from` to `to` (0-based, inclusive). */
  scan(rows: readonly (readonly CellValue[])[], from: number, to: number): void {
    for (let r = from; r <= to; r++) {
      const row = rows[r] ?? [];
      // Only cells right of the furthest found so far can move it: read each row from its end.
      for (let c = row.length - 1; c > this.lastUsed; c--) {
        if (!isBlank(row[c]) && !this.own.has(c)) {
          this.lastUsed = c;
          break;
        }
      }
    }
  }

  place(): Record<OutputColumn, number> {
    let next = Math.max(this.lastUsed, ...this.own) + 1;
    const out = {} as Record<OutputColumn, number>;
    for (const name of OUTPUT_ORDER) out[name] = this.reading.outputs[name] ?? next++;
    return out;
  }
}
