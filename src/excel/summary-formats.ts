/// <reference types="office-js" />
import { a1 } from '../core/cells';
import type { CellRange } from '../core/types';
import type { CellStyle, SummarySheetPlan } from '../core/summary';
import type { Steps } from './pace';
import type { ApiSupport } from './run';

/*
 * The RAG Summary's formats as the calls to make, worked out in steps before the write batch
 * is built, so building it (which a retry repeats) only makes the calls. Each style goes once
 * per group of its ranges: with ExcelApi 1.9 a RangeAreas (getRanges) carries many ranges per
 * call, so a long exceptions list alternating Red and Amber costs a few calls, not one per
 * row; below 1.9, one call per plan range.
 */

/** Ranges to give one format: by getRanges addresses (1.9), or one by one. */
export interface Targets {
  addresses: string[];
  ranges: CellRange[];
}

/** The summary's format calls, grouped. */
export interface FormatCalls {
  styles: { spec: CellStyle; targets: Targets; ranges: CellRange[] }[];
  merges: { range: CellRange; across: boolean }[];
  heights: { points: number; targets: Targets }[];
}

/* Addresses per getRanges call: well under Excel's limit on an address string. */
const ADDRESS_CHARS = 2000;

function address(r: CellRange): string {
  const start = a1(r.left, r.top + 1);
  const end = a1(r.right, r.bottom + 1);
  return start === end ? start : `${start}:${end}`;
}

/**
 * Ranges joined into getRanges addresses, each under ADDRESS_CHARS, a step per range.
 * @example drain(addressChunks([{ top: 1, bottom: 1, left: 5, right: 9 }, { top: 6, bottom: 6, left: 5, right: 9 }])) // ['F2:J2,F7:J7']
 */
export function* addressChunks(ranges: readonly CellRange[]): Steps<string[]> {
  const out: string[] = [];
  let line = '';
  for (const r of ranges) {
    const a = address(r);
    if (line !== '' && line.length + a.length + 1 > ADDRESS_CHARS) {
      out.push(line);
      line = '';
    }
    line = line === '' ? a : `${line},${a}`;
    yield;
  }
  if (line !== '') out.push(line);
  return out;
}

function* targetsOf(ranges: CellRange[], areas: boolean): Steps<Targets> {
  return areas ? { addresses: yield* addressChunks(ranges), ranges: [] } : { addresses: [], ranges };
}

/** Items grouped by a key, in the order the keys first appear. */
function* groups<T, K>(items: readonly T[], key: (item: T, index: number) => K | null): Steps<Map<K, T[]>> {
  const out = new Map<K, T[]>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const k = key(item, i);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
    if (i % 1024 === 1023) yield;
  }
  return out;
}

/**
 * Merges of one row each with the same columns on consecutive rows: one merge(across) call.
 * In the order of a sort by left, right, then top.
 */
function* mergeRuns(merges: readonly CellRange[]): Steps<{ range: CellRange; across: boolean }[]> {
  const byColumns = yield* groups(merges, (m) => `${m.left},${m.right}`);
  const keys = [...byColumns.entries()].sort(([, [a]], [, [b]]) => (a?.left ?? 0) - (b?.left ?? 0) || (a?.right ?? 0) - (b?.right ?? 0));
  const out: { range: CellRange; across: boolean }[] = [];
  for (const [, list] of keys) {
    // Timsort: the plan lists merges top to bottom, so this is a linear pass in practice.
    const sorted = [...list].sort((a, b) => a.top - b.top);
    yield;
    for (const m of sorted) {
      const last = out[out.length - 1];
      const oneRow = m.top === m.bottom;
      if (last && last.across && oneRow && last.range.left === m.left && last.range.right === m.right && last.range.bottom + 1 === m.top) last.range.bottom = m.top;
      else out.push({ range: { ...m }, across: oneRow });
      if (out.length % 1024 === 0) yield;
    }
  }
  return out;
}

/**
 * The summary plan's format calls, worked out a step at a time.
 * @example const calls = await paced(formatCallsSteps(plan, supports), pace)
 */
export function* formatCallsSteps(plan: SummarySheetPlan, supports: ApiSupport): Steps<FormatCalls> {
  const areas = supports('1.9');
  const styles: FormatCalls['styles'] = [];
  const byStyle = yield* groups(plan.formats, (f) => f.style);
  for (const [style, formats] of byStyle) {
    const spec = plan.styles[style];
    if (!spec) continue;
    const ranges = formats.map((f) => f.range);
    styles.push({ spec, targets: yield* targetsOf(ranges, areas), ranges });
  }
  const merges = yield* mergeRuns(plan.merges);
  const heights: FormatCalls['heights'] = [];
  const rows = plan.heights.map((points, r) => ({ points, row: { top: r, left: 0, bottom: r, right: 0 } }));
  const byHeight = yield* groups(rows, (r) => r.points);
  for (const [points, list] of byHeight) heights.push({ points, targets: yield* targetsOf(list.map((r) => r.row), areas) });
  return { styles, merges, heights };
}
