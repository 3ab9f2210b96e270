import { civilFromDays, daysFromCivil, monthLength, sameAsDateUtc } from './civil';
import type { IsoDate } from './types';

/*
 * Day arithmetic on `YYYY-MM-DD` strings, in whole numbers for ordinary dates. Date.UTC is
 * kept, as a pure calculator on explicit numbers, for the odd inputs whose results it
 * defines its own way; the engine never asks the clock what day it is.
 */

const MS_PER_DAY = 86_400_000;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Builds an ISO date from parts, or null when the parts are not a real day.
 * @example isoDate(2023, 2, 29) // null
 * @example isoDate(2024, 2, 29) // '2024-02-29'
 */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Number of days in a month (1-12).
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (sameAsDateUtc(year, month)) return monthLength(year, month);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first day of a month, with months beyond 1-12 rolling into the next or previous year.
 * @example monthStart(2023, 13) // '2024-01-01'
 */
export function monthStart(year: number, month: number): IsoDate {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${pad(y, 4)}-${pad(m, 2)}-01`;
}

/**
 * The last day of a month, with the same rolling as {@link monthStart}.
 * @example monthEnd(2023, 2) // '2023-02-28'
 */
export function monthEnd(year: number, month: number): IsoDate {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(daysInMonth(y, m), 2)}`;
}

/**
 * Splits an ISO date into numbers.
 * @example parts('2023-05-10') // { year: 2023, month: 5, day: 10 }
 */
export function parts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Days since 1970-01-01 (negative before), for differences and offsets.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = parts(date);
  if (sameAsDateUtc(year, month) && Number.isInteger(day)) return daysFromCivil(year, month, day);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The ISO date for a day number from {@link dayNumber}.
 * @example fromDayNumber(0) // '1970-01-01'
 */
export function fromDayNumber(n: number): IsoDate {
  if (Number.isInteger(n)) {
    const { year, month, day } = civilFromDays(n);
    // Outside 0-9999 toISOString writes a signed six-digit year; the Date path keeps that.
    if (year >= 0 && year <= 9999) return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  }
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Adds whole days.
 * @example addDays('2022-12-31', 1) // '2023-01-01'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Whole days from `a` to `b` (positive when b is later).
 * @example daysBetween('2022-11-30', '2023-01-03') // 34
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/**
 * True for a well-formed ISO date that names a real day.
 * @example isIsoDate('2023-02-30') // false
 */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date the way a UK board paper writes it.
 * @example formatUk('2022-11-30') // '30 Nov 2022'
 */
export function formatUk(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${day} ${MONTH_ABBR[month - 1] ?? ''} ${year}`;
}

/**
 * The NHS financial quarter containing a date (April starts Q1).
 * @example nhsQuarter('2023-09-30') // '2023-24 Q2'
 * @example nhsQuarter('2024-02-01') // '2023-24 Q4'
 */
export function nhsQuarter(date: IsoDate): string {
  const { year, month } = parts(date);
  const fyStart = month >= 4 ? year : year - 1;
  const quarter = Math.floor(((month + 8) % 12) / 3) + 1;
  return `${fyStart}-${pad((fyStart + 1) % 100, 2)} Q${quarter}`;
}

/**
 * Converts an Excel serial day number to an ISO date (1900 or 1904 date system).
 * Excel's fictitious 29 Feb 1900 (serial 60) is treated as 1 Mar 1900, as Excel shows it.
 * @example excelSerialToIso(44927) // '2023-01-01'
 * @example excelSerialToIso(43465, true) // '2023-01-01'
 */
export function excelSerialToIso(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const whole = Math.floor(serial);
  // 25569 is 1970-01-01 in the 1900 system; 24107 in the 1904 system.
  const offset = date1904 ? 24107 : whole < 61 ? 25568 : 25569;
  const iso = fromDayNumber(whole - offset);
  return /^\d{4}-/.test(iso) ? iso : null;
}

/**
 * Converts an ISO date to an Excel serial day number in the 1900 date system.
 * @example isoToExcelSerial('2023-01-01') // 44927
 */
export function isoToExcelSerial(date: IsoDate): number {
  return dayNumber(date) + 25569;
}
