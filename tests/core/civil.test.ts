import { civilFromDays, daysFromCivil, isLeapYear, monthLength, sameAsDateUtc } from '../../src/core/civil';
import { addDays, dayNumber, daysInMonth, fromDayNumber } from '../../src/core/dates';

const MS_PER_DAY = 86_400_000;

describe('civil: calendar arithmetic on whole numbers', () => {
  it('counts days from 1970-01-01 as Date.UTC does, across leap years and centuries', () => {
    for (const [y, m, d] of [[1970, 1, 1], [1969, 12, 31], [2000, 2, 29], [1900, 3, 1], [2022, 11, 30], [2023, 1, 5], [9999, 12, 31], [100, 1, 1]] as const) {
      expect(daysFromCivil(y, m, d)).toBe(Date.UTC(y, m - 1, d) / MS_PER_DAY);
    }
  });

  it('turns every day number from 0100-01-01 to 9999-12-31 back into the day it came from', () => {
    const first = daysFromCivil(100, 1, 1);
    const last = daysFromCivil(9999, 12, 31);
    const wrong: number[] = [];
    for (let n = first; n <= last; n += 1) {
      const { year, month, day } = civilFromDays(n);
      if (daysFromCivil(year, month, day) !== n || day < 1 || day > monthLength(year, month)) wrong.push(n);
    }
    expect(wrong).toEqual([]);
  });

  it('runs a day past the end of its month on into the next, as Date.UTC does', () => {
    expect(daysFromCivil(2023, 2, 30)).toBe(daysFromCivil(2023, 3, 2));
    expect(daysFromCivil(2023, 3, 0)).toBe(daysFromCivil(2023, 2, 28));
  });

  it('knows the Gregorian leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect([monthLength(2023, 2), monthLength(2024, 2), monthLength(2022, 11), monthLength(2022, 12)]).toEqual([28, 29, 30, 31]);
  });

  it('leaves years 0–99 and months outside 1–12 to Date.UTC, which reads them its own way', () => {
    expect(sameAsDateUtc(2022, 11)).toBe(true);
    expect(sameAsDateUtc(50, 1)).toBe(false);
    expect(sameAsDateUtc(2022, 13)).toBe(false);
  });
});

describe('dates: the same answers as Date arithmetic gave', () => {
  it('gives the day numbers, dates and month lengths Date gives, ordinary or odd', () => {
    const wrong: number[] = [];
    for (let n = -800_000; n < 3_000_000; n += 97) if (fromDayNumber(n) !== new Date(n * MS_PER_DAY).toISOString().slice(0, 10)) wrong.push(n);
    expect(wrong).toEqual([]);
    for (const iso of ['2022-11-30', '0050-01-01', '2023-13-01', '2023-02-30', '1969-12-31']) {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      expect(dayNumber(iso)).toBe(Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY));
    }
    for (const [y, m] of [[2024, 2], [2023, 2], [50, 2], [0, 2], [2023, 14]] as const) {
      expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
  });
});
