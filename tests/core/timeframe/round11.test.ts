import { read, tableAt } from './expect';

/*
 * Round 11, read on 20 April 2026, the start of NHS financial year 2026/27: a revision whose dates
 * name no year keeps a new date still to come (the old bare Q4 was last year's), arrows typed with no
 * spaces, and a day and month parted by a dot.
 */
const asOf = '2026-04-20';
const table = tableAt(asOf);

describe('a yearless new date still to come at asOf is kept, not moved a year on', () => {
  it.each([
    ['Q4 → Q1', 'quarter', '2026-04-01', '2026-06-30'],
    ['Q4 moved to Q1', 'quarter', '2026-04-01', '2026-06-30'],
    ['Q4 now Q1', 'quarter', '2026-04-01', '2026-06-30'],
    ['Q4 > Q1', 'quarter', '2026-04-01', '2026-06-30'],
    ['Q4>Q1', 'quarter', '2026-04-01', '2026-06-30'],
    ['March>June', 'month', '2026-06-01', '2026-06-30'],
    ['Mar>Jun', 'month', '2026-06-01', '2026-06-30'],
    ['Q1 (was Q4)', 'quarter', '2026-04-01', '2026-06-30'],
    ['Q2 slipped to Q4 slipped to Q1', 'quarter', '2026-04-01', '2026-06-30'],
    ['31.03 moved to 30.06', 'date', '2026-06-30', '2026-06-30'],
  ])('reads %j as re-dated', (text, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: true });
  });

  it('moves a new date already over at asOf on a year', () => {
    expect(read('Q4 - slipped to Q1', '2025-11-20')).toEqual({ kind: 'quarter', start: '2026-04-01', end: '2026-06-30', redated: true });
  });

  it('keeps a new date after an old one whose year was written', () => {
    expect(read('Q4 2026/27 moved to Q1', asOf)).toEqual({ kind: 'quarter', start: '2027-04-01', end: '2027-06-30', redated: true });
    expect(read('Sept 24 moved to Oct', '2024-11-20')).toEqual({ kind: 'month', start: '2024-10-01', end: '2024-10-31', redated: true });
  });
});

describe('a day and month parted by a dot read as with a slash', () => {
  table([
    ['31.03', 'date', '2026-03-31', '2026-03-31'],
    ['by 31.03', 'date', null, '2026-03-31'],
    ['Due 30.06', 'date', '2026-06-30', '2026-06-30'],
    // A decimal, or a month and two-digit year, stays as it was.
    ['1.5', 'unparseable', null, null],
    ['3.24', 'month', '2024-03-01', '2024-03-31'],
    ['31.13', 'unparseable', null, null],
  ]);
});
