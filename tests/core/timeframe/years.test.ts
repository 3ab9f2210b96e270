import { inferYear, yearOrDay } from '../../../src/core/timeframe/years';
import { read } from './expect';

describe('a month with no year is its occurrence nearest asOf, six months either way', () => {
  const asOf = '2022-11-03';

  it.each([
    ['Nov', '2022-11-01'],
    ['Apr', '2023-04-01'], // five months ahead, not seven behind
    ['May', '2023-05-01'], // six either way: forwards, since trackers plan ahead
    ['Jun', '2022-06-01'], // five months behind, not seven ahead
    ['Oct', '2022-10-01'],
    ['Jan', '2023-01-01'],
  ])('reads %s at 3 Nov 2022 as starting %s', (text, start) => {
    expect(read(text, asOf).start).toBe(start);
  });

  it('settles the window at the other end of the year the same way', () => {
    expect(read('Nov', '2023-05-15').start).toBe('2023-11-01');
    expect(read('Dec', '2023-05-15').start).toBe('2022-12-01');
    expect(read('Oct', '2023-05-15').start).toBe('2023-10-01');
  });

  it('uses the month of a day written without a year', () => {
    expect(read('2 Dec', asOf).start).toBe('2022-12-02');
    expect(read('20 May', asOf).start).toBe('2023-05-20');
    expect(read('5/1', asOf).start).toBe('2023-01-05');
  });

  it("counts whole months, so the tie is the same on the first and the last day of asOf's month", () => {
    expect(inferYear(5, { year: 2022, month: 11 })).toBe(2023);
    expect(inferYear(11, { year: 2023, month: 5 })).toBe(2023);
    expect(inferYear(12, { year: 2023, month: 5 })).toBe(2022);
  });
});

describe('a two-digit number after a month is a year within three years of asOf, else a day', () => {
  it.each([
    ['Nov 22', '2022-11-03', 'month', '2022-11-01'],
    ['March 23', '2022-11-03', 'month', '2023-03-01'],
    ['Mar 25', '2022-11-03', 'month', '2025-03-01'], // 2025 is three years on: still a year
    ['Mar 26', '2022-11-03', 'date', '2023-03-26'], // four years on: a day
    ['Mar 19', '2022-11-03', 'month', '2019-03-01'],
    ['Mar 18', '2022-11-03', 'date', '2023-03-18'],
    ['Dec 15', '2022-11-03', 'date', '2022-12-15'],
    ['Dec 2', '2022-11-03', 'date', '2022-12-02'], // one digit: always a day
    ['Dec 02', '2022-11-03', 'date', '2022-12-02'],
    ['Dec 45', '2022-11-03', 'month', '2045-12-01'], // cannot be a day
  ])('reads %s at %s as a %s starting %s', (text, asOf, kind, start) => {
    expect(read(text, asOf)).toMatchObject({ kind, start });
  });

  it('always reads a two-digit number before a month as a day, and four digits as a year', () => {
    expect(read('23 March', '2022-11-03')).toMatchObject({ kind: 'date', start: '2023-03-23' });
    expect(read('March 2015', '2022-11-03')).toMatchObject({ kind: 'month', start: '2015-03-01' });
  });

  it('is the rule yearOrDay states', () => {
    expect(yearOrDay('22', { year: 2022 })).toEqual({ year: 2022, day: null });
    expect(yearOrDay('15', { year: 2022 })).toEqual({ year: null, day: 15 });
    expect(yearOrDay('2015', { year: 2022 })).toEqual({ year: 2015, day: null });
  });
});

describe('a range with its year written once', () => {
  it('applies a year on the second end to the first', () => {
    expect(read('Oct to Dec 23', '2023-09-30')).toMatchObject({ start: '2023-10-01', end: '2023-12-31' });
  });

  it('puts the first end in the year before when its month comes later', () => {
    expect(read('Nov – Feb 24', '2023-09-30')).toMatchObject({ start: '2023-11-01', end: '2024-02-29' });
  });

  it('puts the second end in the year after when its month comes earlier', () => {
    expect(read('Nov 23 – Feb', '2023-09-30')).toMatchObject({ start: '2023-11-01', end: '2024-02-29' });
  });
});
