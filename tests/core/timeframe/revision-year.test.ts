import { read } from './expect';

/*
 * A revision's new date with no year of its own is its first occurrence on or after the date it
 * replaced, that date read as SPEC 3 says (its occurrence nearest asOf, or its own year): a date
 * slipped again to a month already over at asOf is overdue, not pushed a year ahead to look Amber.
 */

type Case = [text: string, kind: string, start: string, end: string];

function redatedAt(asOf: string, rows: Case[]): void {
  it.each(rows)(`reads %j at ${asOf}`, (text, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: true });
  });
}

describe('a yearless new date already over at asOf stays in the year after the date it replaced', () => {
  redatedAt('2026-12-07', [
    ['was Oct now Nov', 'month', '2026-11-01', '2026-11-30'],
    ['Oct (revised end Nov)', 'month', '2026-11-30', '2026-11-30'],
    ['end Sept revised to end Oct', 'month', '2026-10-31', '2026-10-31'],
    ['was Sept now 30 Nov', 'date', '2026-11-30', '2026-11-30'],
  ]);
  redatedAt('2027-03-24', [
    ['was Dec now Feb', 'month', '2027-02-01', '2027-02-28'],
    ['Dec moved to Feb', 'month', '2027-02-01', '2027-02-28'],
    ['Feb (was Dec)', 'month', '2027-02-01', '2027-02-28'],
    ['Oct (revised Jan)', 'month', '2027-01-01', '2027-01-31'],
  ]);
  redatedAt('2026-04-20', [['Jan revised to March', 'month', '2026-03-01', '2026-03-31']]);
});

describe('a bare quarter replaced is the one nearest asOf, so the new date follows it', () => {
  // Read in April, Q4 is the quarter just ended, not the one eleven months on.
  redatedAt('2026-04-20', [
    ['Q4 → Q1', 'quarter', '2026-04-01', '2026-06-30'],
    ['Q4 - slipped to Q1', 'quarter', '2026-04-01', '2026-06-30'],
    ['Q1 (was Q4)', 'quarter', '2026-04-01', '2026-06-30'],
    ['Q2 slipped to Q4 slipped to Q1', 'quarter', '2026-04-01', '2026-06-30'],
    ['Q3 moved to Q4', 'quarter', '2026-01-01', '2026-03-31'],
  ]);
  redatedAt('2024-11-20', [['Q4 - slipped to Q1', 'quarter', '2025-04-01', '2025-06-30']]);
});

describe('a new date follows a replaced date whose year was written, whenever the cell is read', () => {
  redatedAt('2026-12-07', [
    // Jan alone is January 2027; the first January after November 2024 is January 2025.
    ['End of Nov 24 revised to End of Jan', 'month', '2025-01-31', '2025-01-31'],
    ['Nov 24 revised to Dec 24 revised to Jan', 'month', '2025-01-01', '2025-01-31'],
    ['Mar 28 moved to Jun', 'month', '2028-06-01', '2028-06-30'],
  ]);
  redatedAt('2022-11-03', [
    ['End of Nov 22 revised to End of Jan 23', 'month', '2023-01-31', '2023-01-31'],
    ['Dec 22 - moved to Q4', 'quarter', '2023-01-01', '2023-03-31'],
    // A year written on the new date is the writer's, even running backwards.
    ['Mar 23 revised to Jan 23', 'month', '2023-01-01', '2023-01-31'],
  ]);
});

describe('with no date replaced, the new date follows SPEC 3 alone', () => {
  it('reads a lone new date at its nearest occurrence', () => {
    expect(read('deferred to Nov', '2026-12-07')).toEqual({ kind: 'month', start: '2026-11-01', end: '2026-11-30', redated: true });
    expect(read('TBC moved to Nov', '2026-12-07')).toMatchObject({ end: '2026-11-30' });
  });
});

describe('a date repeated by its revision moved nothing', () => {
  it.each([
    ['was Oct now Oct', '2026-12-07', '2026-10-31'],
    ['was Nov now end Nov', '2026-12-07', '2026-11-30'],
    // The Q4 replaced is the one just ended (nearest asOf), so the repeated Q4 is that one too.
    ['Q4 (was Q4)', '2026-04-20', '2026-03-31'],
    ['Q4 now Q4', '2026-04-20', '2026-03-31'],
  ])('reads %j at %s as not re-dated', (text, asOf, end) => {
    expect(read(text, asOf)).toMatchObject({ end, redated: false });
  });
});

describe('a deadline brought forward is read alone, as before', () => {
  it('reads the earlier quarter in the financial year of asOf', () => {
    expect(read('Q4 - brought forward to Q3', '2026-12-07')).toEqual({ kind: 'quarter', start: '2026-10-01', end: '2026-12-31', redated: true });
  });
});
