import { finish } from '../../../src/core/chunks';
import { readHeader } from '../../../src/core/detect/columns';
import { lastFilledRow, OutputPlacer } from '../../../src/core/detect/extent';
import { detectTracker } from '../../../src/core/detect/tracker';
import type { CellValue } from '../../../src/core/types';

describe('lastFilledRow: where a sheet\'s data ends', () => {
  it('finds the last row with anything in it, reading up from the bottom', () => {
    expect(finish(lastFilledRow([['a'], [], [null, '  '], ['b'], [], [null]]))).toBe(3);
    expect(finish(lastFilledRow([[], [null]]))).toBe(-1);
  });

  it('pauses every so many rows read, naming the row it reached', () => {
    const rows: CellValue[][] = [['a'], ...Array.from({ length: 10 }, () => [])];
    const pass = lastFilledRow(rows, 4);
    const pauses: number[] = [];
    let step = pass.next();
    for (; step.done !== true; step = pass.next()) pauses.push(step.value);
    expect(pauses).toEqual([7, 3]);
    expect(step.value).toBe(0);
  });
});

describe('OutputPlacer: where the RAG columns go', () => {
  const header = ['Action', 'Lead', 'Time frame', 'RAG reason'];
  const rows: CellValue[][] = [header, ['Publish', 'Ann', 'Nov 22', 'Green: due in 27 days'], ['Recruit', null, null, null, null, 'a note far right'], ['Train']];

  it('keeps the product\'s columns found in the header, and puts the rest after the last used column', () => {
    const outputs = new OutputPlacer(readHeader(header));
    outputs.scan(rows, 0, rows.length - 1);
    expect(outputs.place()).toEqual({ RAG: 6, 'RAG reason': 3, 'Meeting focus': 7, 'Next due': 8, Trend: 9 });
  });

  it('places them the same when the rows are read a stretch at a time', () => {
    const outputs = new OutputPlacer(readHeader(header));
    for (let r = 0; r < rows.length; r++) outputs.scan(rows, r, r);
    expect(outputs.place()).toEqual(detectTracker({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false }, undefined)?.outputColumns);
  });
});
