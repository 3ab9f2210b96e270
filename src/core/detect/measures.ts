import { isBlank } from '../cells';
import type { CellValue } from '../types';
import type { HeaderReading } from './reading';

/*
 * Columns of a measure's values (an operational plan's "Target" of "78%", an exit-criteria
 * tracker's "Current position" of "74.6%"): they hold no date and no word on progress.
 */

/** Rows under the header looked at: enough to tell sentences from figures, bounded on any sheet. */
const SAMPLE_ROWS = 50;

/**
 * True when most filled cells of column `col` under the header pass `test`.
 * @example mostly([['Target'], ['78%'], ['TBC'], ['80%']], 0, 0, figure) // true
 */
export function mostly(rows: readonly (readonly CellValue[])[], header: number, col: number, test: (value: CellValue) => boolean): boolean {
  let filled = 0;
  let passed = 0;
  const end = Math.min(rows.length, header + 1 + SAMPLE_ROWS);
  for (let r = header + 1; r < end; r++) {
    const value = rows[r]?.[col] ?? null;
    if (isBlank(value)) continue;
    filled += 1;
    if (test(value)) passed += 1;
  }
  return filled > 0 && passed * 2 > filled;
}

/** Serial numbers of days in 2000-2100: a date typed without a date format reads as one. */
const SERIALS = { from: 36526, to: 73050 };
/**
 * A figure as a sheet shows it ("78%", "13,400", "£8.1m"), the way a formatted number reaches the engine,
 * perhaps as a threshold ("<3.2%", "≥ 95%"), a count of a whole ("6 of 8") or with the month it is for ("74.6% (Oct)").
 */
const NUMBER = String.raw`[-+]?[£$]?\d[\d,]*(\.\d+)?\s*(%|k|m|bn)?`;
const FIGURE_TEXT = new RegExp(String.raw`^([<>≤≥~]=?\s*)?${NUMBER}(\s+(of|out of)\s+${NUMBER})?(\s*\([^()]{1,20}\))?$`, 'i');

/** A year ("2025"): a time frame, though a number. */
const isYear = (n: number): boolean => Number.isInteger(n) && n >= 2000 && n <= 2100;

/**
 * A figure ("0.78", "30", "78%", "<3.2%", "6 of 8"), not a date or a year: a measure's target, baseline or position.
 * @example figure('<3.2%') // true
 * @example figure('2026') // false
 */
export function figure(value: CellValue): boolean {
  if (typeof value === 'number') return !isYear(value) && !(Number.isInteger(value) && value >= SERIALS.from && value <= SERIALS.to);
  const text = typeof value === 'string' ? value.trim() : '';
  return FIGURE_TEXT.test(text) && !isYear(Number(text));
}

/**
 * A status column of figures is a measure's current value ("Current position": "74.6%"), not a word on
 * the action's progress: read as the update, "Evidence submitted 30 Sept" beside "74.6% (Oct)" would close
 * the action. Beside other status columns it is left unread and the first of them is the status; alone it
 * is left as it is, where a "Status" of "50%" and "100%" is the lead's progress.
 * @example measureStatus(readHeader(['Action', 'Current position', 'Commentary']), [['Action', 'Current position', 'Commentary'], ['Cut waits', '74.6%', 'Behind trajectory']], 0).columns.status // 2
 */
export function measureStatus(reading: HeaderReading, rows: readonly (readonly CellValue[])[], header: number): HeaderReading {
  const status = reading.columns.status;
  if (status === undefined || reading.updates !== undefined || !mostly(rows, header, status, figure)) return reading;
  const rest = reading.extraStatus.filter((col) => !mostly(rows, header, col, figure));
  const next = rest[0];
  if (next === undefined) return reading;
  return { ...reading, columns: { ...reading.columns, status: next }, extraStatus: rest.slice(1) };
}

/**
 * A forecast or revised date column with no time frame left beside it (the "Target" it was paired with
 * held figures) is the deadline itself: read as a revision of nothing, every row would count as re-dated.
 * @example forecastAlone({ columns: { action: 0 }, extraStatus: [], outputs: {}, duplicates: [], roleCount: 1, revisedTimeframe: 2 }).columns.timeframe // 2
 */
export function forecastAlone(reading: HeaderReading): HeaderReading {
  const { revisedTimeframe, ...rest } = reading;
  if (revisedTimeframe === undefined || reading.columns.timeframe !== undefined) return reading;
  return { ...rest, columns: { ...reading.columns, timeframe: revisedTimeframe }, roleCount: reading.roleCount + 1 };
}
