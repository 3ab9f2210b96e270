import { excelSerialToIso } from '../dates';
import type { Timeframe } from '../types';
import { frame } from './window';

/*
 * SPEC 3 reads a cell holding a real Excel date as that day. The same value typed, pasted or
 * imported as text arrives as its serial number ("45627", "45627.0"): a five-digit number in
 * the serials of 2000–2100 is that day. Shorter numbers ("3", "2025") are no serial.
 */

const SERIAL_RE = /^(\d{5})(?:\.\d+)?$/;
/** Serials of 1 January 2000 and 31 December 2100 in Excel's 1900 date system. */
const FIRST_SERIAL = 36526;
const LAST_SERIAL = 73415;

/**
 * The day a time-frame cell's text names as an Excel serial, or null when it is no serial.
 * @example parseSerial('45627') // { kind: 'date', start: '2024-12-01', end: '2024-12-01', redated: false }
 * @example parseSerial('2025') // null
 */
export function parseSerial(s: string): Timeframe | null {
  const m = SERIAL_RE.exec(s);
  const n = m === null ? NaN : Number(m[1]);
  if (!(n >= FIRST_SERIAL && n <= LAST_SERIAL)) return null;
  const day = excelSerialToIso(n);
  return day === null ? null : frame('date', day, day);
}

/**
 * True when a time frame's text is an Excel serial that {@link parseSerial} reads as a day: a
 * date cell that lost its date format (General, or typed as text), which the sheet shows as a
 * bare number though the tool reads it as a day.
 * @example isSerialText('46400') // true
 * @example isSerialText('End of Nov 22') // false
 */
export function isSerialText(s: string): boolean {
  // Most time frames start with a letter: they are turned away before the pattern runs.
  const first = s.charCodeAt(0);
  return first >= 48 && first <= 57 && parseSerial(s) !== null;
}
