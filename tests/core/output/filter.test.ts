import { widenedFilter } from '../../../src/core/output';

/** A plan with its header on row 3 (1-based), outputs in G:K and rows down to `last`. */
const plan = (last: number, cols = [6, 7, 8, 9, 10]) => ({
  headerRow: 3,
  columns: cols.map((col) => ({ header: 'RAG' as const, col })),
  cells: [...cols.map((col) => ({ row: 3, col, value: 'RAG' })), ...cols.map((col) => ({ row: last, col, value: null }))],
});

describe('widenedFilter: a sheet AutoFilter over the tracker takes in the output columns', () => {
  it('widens a filter on the header row to the last output column, keeping its top row and first column', () => {
    expect(widenedFilter({ top: 2, left: 0, bottom: 39, right: 5 }, plan(40))).toEqual({ top: 2, left: 0, bottom: 39, right: 10 });
  });
  it('reaches the tracker last row when the filter stops short of it, and keeps a lower bottom', () => {
    expect(widenedFilter({ top: 2, left: 1, bottom: 9, right: 4 }, plan(40))).toEqual({ top: 2, left: 1, bottom: 39, right: 10 });
    expect(widenedFilter({ top: 2, left: 0, bottom: 99, right: 5 }, plan(40))).toEqual({ top: 2, left: 0, bottom: 99, right: 10 });
  });
  it('takes in a filter whose top row is above the header, and one already over part of the outputs', () => {
    expect(widenedFilter({ top: 0, left: 0, bottom: 39, right: 7 }, plan(40))).toEqual({ top: 0, left: 0, bottom: 39, right: 10 });
  });
  it('leaves alone a filter that already covers the outputs, one below or above the header, and one right of the tracker', () => {
    expect(widenedFilter({ top: 2, left: 0, bottom: 39, right: 10 }, plan(40))).toBeNull();
    expect(widenedFilter({ top: 3, left: 0, bottom: 39, right: 5 }, plan(40))).toBeNull();
    expect(widenedFilter({ top: 0, left: 0, bottom: 1, right: 5 }, plan(40))).toBeNull();
    expect(widenedFilter({ top: 2, left: 12, bottom: 39, right: 14 }, plan(40))).toBeNull();
    expect(widenedFilter({ top: 2, left: 6, bottom: 39, right: 8 }, plan(40))).toBeNull();
  });
});
