import { calendar, read, tableAt, type Row } from './expect';

/*
 * Round nine: a date still to be set at a meeting read as that meeting's date (a false deadline);
 * labelled revisions ("Initial: … New: …", "(original) … (agreed)", "c/f", "agreed extension")
 * missed or read backwards; the stages of one piece of work ("Design Sept 25, build Mar 26") due at
 * the first; quarter and season runs cut short; a bracketed "by" date beaten by a past season.
 * Read on 18 June 2025, the next meeting set as the Trust Board on 10 July 2025.
 */
const asOf = '2025-06-18';
const table = tableAt(asOf);
const withNext = calendar([], { date: '2025-07-10', name: 'Trust Board' });

function redated(rows: Row[], at = asOf): void {
  it.each(rows)('reads %j as re-dated', (text, kind, start, end) => {
    expect(read(text, at)).toEqual({ kind, start, end, redated: true });
  });
}

describe('a date to be set at a meeting has no deadline yet (tbc), not the meeting as its deadline', () => {
  it.each([
    'To be agreed at next meeting',
    'Date to be agreed at next Board',
    'Timescale to be set at next meeting',
    'TBC at March Board',
  ])('reads %j as tbc', (text) => {
    expect(read(text, asOf, withNext)).toEqual({ kind: 'tbc', start: null, end: null, redated: false });
  });

  it('still reads a meeting given with a TBC as a provisional date, and "next meeting" as its date', () => {
    expect(read('TBC - March Board', asOf, withNext)).toMatchObject({ kind: 'meeting', end: '2025-03-31' });
    expect(read('Next meeting', asOf, withNext)).toMatchObject({ kind: 'meeting', end: '2025-07-10' });
    expect(read('To be agreed by Board', asOf, withNext)).toMatchObject({ kind: 'tbc', end: null });
  });
});

describe('labelled revisions: the new date is the deadline, re-dated', () => {
  redated([
    ['Initial: Q3 24/25\nNew: Q2 25/26', 'quarter', '2025-07-01', '2025-09-30'],
    ['Apr 25 (original)\nSept 25 (agreed at F&P)', 'month', '2025-09-01', '2025-09-30'],
    ['Dec 24 (orig) Mar 25', 'month', '2025-03-01', '2025-03-31'],
    // Carried forward into the next year, as a step's one-cell join reads it too.
    ['Mar 25 - c/f to 25/26', 'financial_year', '2025-04-01', '2026-03-31'],
    ['Q4 24/25 (carried forward to Q1 25/26)', 'quarter', '2025-04-01', '2025-06-30'],
    ['Initial: Q3 24/25; New: Q2 25/26', 'quarter', '2025-07-01', '2025-09-30'],
    ['Revised x2 - now Oct 25', 'month', '2025-10-01', '2025-10-31'],
    ['Mar 25 (agreed extension)', 'month', '2025-03-01', '2025-03-31'],
    // Unchanged: a date named as the one replaced.
    ['Mar 25 (was Dec 24)', 'month', '2025-03-01', '2025-03-31'],
  ]);

  table([
    // A lone label moves nothing; "new" with no dates either side is no revision.
    ['Apr 25 (original)', 'month', '2025-04-01', '2025-04-30'],
    ['New time frame to be developed', 'tbc', null, null],
  ]);
});

describe('the stages of one piece of work are due at the last', () => {
  table([
    ['Works start Sept 25, complete Mar 26', 'range', '2025-09-01', '2026-03-31'],
    ['Phase 1 Summer 25, Phase 2 Spring 26', 'range', '2025-06-01', '2026-05-31'],
    ['Design Sept 25, build Mar 26', 'range', '2025-09-01', '2026-03-31'],
    ['Dec 2024 | Mar 2025', 'range', '2024-12-01', '2025-03-31'],
    ['Jan 2025 (draft) / Mar 2025 (final)', 'range', '2025-01-01', '2025-03-31'],
    // Not lists: a year or day finishing the date before it, a condition, a year written once.
    ['Dec 2, 2024', 'date', '2024-12-02', '2024-12-02'],
    ['13 December, 2024', 'date', '2024-12-13', '2024-12-13'],
    ['Q3, 2024/25', 'quarter', '2024-10-01', '2024-12-31'],
    ['Nov 24, subject to Dec Board', 'month', '2024-11-01', '2024-11-30'],
    ['Q2 / Q3 2025/26', 'range', '2025-07-01', '2025-12-31'],
    ['TBC, likely Mar 26', 'month', '2026-03-01', '2026-03-31'],
    ['Apr 2025 | ongoing', 'month', '2025-04-01', '2025-04-30'],
  ]);

  table(
    [
      ['Draft by Dec, final by Mar 25', 'range', null, '2025-03-31'],
      ['Draft Jul 24, final Sept 24', 'range', '2024-07-01', '2024-09-30'],
      ['Jun 24, Sept 24, Dec 24', 'range', '2024-06-01', '2024-12-31'],
      ['Sept 24 / Dec 24 / Mar 25', 'range', '2024-09-01', '2025-03-31'],
    ],
    '2024-11-20',
  );
});

describe('runs of quarters, seasons and financial years reach their last', () => {
  table([
    ['Quarter 2 – 3', 'range', '2025-07-01', '2025-12-31'],
    ['Qs 2-3', 'range', '2025-07-01', '2025-12-31'],
    ['Quarters 2 and 3', 'range', '2025-07-01', '2025-12-31'],
    ['Spring 26 - Summer 26', 'range', '2026-03-01', '2026-08-31'],
    ['Winter 25 - Spring 26', 'range', '2025-12-01', '2026-05-31'],
    ['24/25 & 25/26', 'financial_year', '2024-04-01', '2026-03-31'],
    // A quarter and a day, a quarter and a note; a second season before the first is no window.
    ['Q3 - 1 Dec', 'quarter', '2025-10-01', '2025-12-31'],
    ['Q3 - 2 weeks late', 'quarter', '2025-10-01', '2025-12-31'],
    ['Summer 26 - Spring 26', 'unparseable', null, null],
  ]);
});

describe('seasons: clipped names, "this" season to come, a bracketed "by" date wins', () => {
  table([
    ['Aut 25', 'range', '2025-09-01', '2025-11-30'],
    ['Spr 26', 'range', '2026-03-01', '2026-05-31'],
    // "Sum" and "Win" are words.
    ['Sum 25', 'unparseable', null, null],
    ['this winter', 'range', '2025-12-01', '2026-02-28'],
    ['this summer', 'range', '2025-06-01', '2025-08-31'],
    // SPEC 3's nearest season when no "this" says which.
    ['winter', 'range', '2024-12-01', '2025-02-28'],
    ['Before winter (by 30/11)', 'date', null, '2025-11-30'],
    ['Q3 (by Board)', 'quarter', '2025-10-01', '2025-12-31'],
  ]);
});

describe('a long month with its first letters swapped is that month', () => {
  table([
    ['Spetember', 'month', '2025-09-01', '2025-09-30'],
    ['Spetember 2025', 'month', '2025-09-01', '2025-09-30'],
    ['supervisor', 'unparseable', null, null],
  ]);
});

describe('a meeting right after a date is the meeting the date feeds, not a later stage (SPEC 3: "End of March for April Board")', () => {
  table([
    ['End of March, April Board', 'month', '2025-03-31', '2025-03-31'],
    ['End of March for April Board', 'meeting', '2025-03-31', '2025-03-31'],
    // Two dates of work are still stages, the last the deadline.
    ['Consultation Aug 25, go live Oct 25', 'range', '2025-08-01', '2025-10-31'],
  ]);
});
