/*
 * Calendar arithmetic on whole numbers in the proleptic Gregorian calendar, counting days from
 * 1970-01-01 (Howard Hinnant's days_from_civil and civil_from_days). A refresh turns dates into
 * day numbers and back hundreds of thousands of times; integers avoid a Date object per call.
 */

const DAYS_BEFORE_EPOCH = 719_468; // from 0000-03-01 to 1970-01-01
const DAYS_PER_ERA = 146_097; // 400 years
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day split into numbers, month and day 1-based. */
export interface Civil {
  year: number;
  month: number;
  day: number;
}

/**
 * Days from 1970-01-01 to a day (negative before). Month is 1-12; a day past the end of its
 * month runs on into the next, as Date.UTC does.
 * @example daysFromCivil(1970, 1, 2) // 1
 * @example daysFromCivil(2000, 3, 1) // 11017
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Years are counted from March, so the leap day is the last day of the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - DAYS_BEFORE_EPOCH;
}

/**
 * The day a whole day number from {@link daysFromCivil} falls on.
 * @example civilFromDays(0) // { year: 1970, month: 1, day: 1 }
 */
export function civilFromDays(n: number): Civil {
  const z = n + DAYS_BEFORE_EPOCH;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * True when this arithmetic gives exactly what Date.UTC gives for a year and month: Date.UTC
 * reads years 0-99 as 1900-1999 and rolls months outside 1-12 over, so callers keep Date.UTC
 * for those and every answer stays as it was.
 * @example sameAsDateUtc(2023, 11) // true
 * @example sameAsDateUtc(50, 1) // false
 */
export function sameAsDateUtc(year: number, month: number): boolean {
  return Number.isInteger(year) && year >= 100 && Number.isInteger(month) && month >= 1 && month <= 12;
}

/**
 * Days in a month (1-12) of the Gregorian calendar.
 * @example monthLength(2024, 2) // 29
 */
export function monthLength(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

/**
 * True in a leap year of the Gregorian calendar.
 * @example isLeapYear(2024) // true
 * @example isLeapYear(1900) // false
 */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
