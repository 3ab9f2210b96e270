import { read, type Row } from './expect';

/*
 * A revised deadline never moves backwards: a new date written without a year is the first
 * occurrence on or after the date it replaced, whatever SPEC 3's year inference makes of it
 * alone. Read on 20 November 2024 (quarter 3 of 2024/25) unless a table says otherwise.
 */
const asOf = '2024-11-20';
const later = '2025-05-10';

function redatedAt(at: string): (rows: Row[]) => void {
  return (rows) => {
    it.each(rows)('reads %j', (text, kind, start, end) => {
      expect(read(text, at)).toEqual({ kind, start, end, redated: true });
    });
  };
}

describe('a yearless new date is the first on or after the date it replaced', () => {
  redatedAt(asOf)([
    // Q1 alone is April-June 2024, before the Q4 (Jan-Mar 2025) it replaced.
    ['Q4 - slipped to Q1', 'quarter', '2025-04-01', '2025-06-30'],
    ['Q4 now Q1', 'quarter', '2025-04-01', '2025-06-30'],
    ['2024/25 - deferred to Q1', 'quarter', '2025-04-01', '2025-06-30'],
    ['March 2025 - deferred to Q1', 'quarter', '2025-04-01', '2025-06-30'],
    ['Feb 25 - extended to Q1', 'quarter', '2025-04-01', '2025-06-30'],
    ['H2 - deferred to H1', 'range', '2025-04-01', '2025-09-30'],
    // As many years on as it takes.
    ['Mar 27 - deferred to Q1', 'quarter', '2027-04-01', '2027-06-30'],
    // A month nearest asOf that falls before the old date moves on a year too.
    ['Nov 24 revised to Oct', 'month', '2025-10-01', '2025-10-31'],
    // The date replaced is the last of the earlier revisions.
    ['Q2 2024/25 slipped to Q4 slipped to Q1', 'quarter', '2025-04-01', '2025-06-30'],
    ['Nov 24 revised to Mar 25 revised to Jan', 'month', '2026-01-01', '2026-01-31'],
    // "was" names the date replaced after the deadline: the deadline is the one that moves.
    ['Q1 (was Q4)', 'quarter', '2025-04-01', '2025-06-30'],
  ]);
  redatedAt('2024-06-01')([
    ['Dec 24 moved to Feb', 'month', '2025-02-01', '2025-02-28'],
    ['Sept 24 – revised to Jan', 'month', '2025-01-01', '2025-01-31'],
    ['Jan (was Nov)', 'month', '2025-01-01', '2025-01-31'],
  ]);
  // Read a year on, a cell with no year anywhere moves with asOf as a whole.
  redatedAt(later)([
    // Changed on purpose (round 11): in May 2025 Q1 2025/26 is still to come, and the bare old Q4 was last year's.
    ['Q4 - slipped to Q1', 'quarter', '2025-04-01', '2025-06-30'],
    // Changed on purpose (revision years): the bare Q4 replaced is the one nearest May 2025, just
    // ended on 31 March 2025, and March on or after it is that March, overdue, not a year on.
    ['End of Q4 - moved to March', 'month', '2025-03-01', '2025-03-31'],
  ]);
});

describe('a new date already on or after the old one, or written with its year, is left as read', () => {
  redatedAt(asOf)([
    ['Dec 24 moved to Feb', 'month', '2025-02-01', '2025-02-28'],
    ['End of Q4 - moved to March', 'month', '2025-03-01', '2025-03-31'],
    ['Q3 extended to Q4', 'quarter', '2025-01-01', '2025-03-31'],
    // A year written is the writer's, even when it runs backwards.
    ['Mar 25 revised to Jan 25', 'month', '2025-01-01', '2025-01-31'],
    // With no date replaced, SPEC 3 settles the year alone: the quarter of the year containing asOf.
    ['deferred to Q2', 'quarter', '2024-07-01', '2024-09-30'],
  ]);
});

describe('a deadline brought forward moves earlier, so its yearless date is read alone', () => {
  redatedAt(asOf)([
    ['Q3 - brought forward to Q2', 'quarter', '2024-07-01', '2024-09-30'],
    ['Q4 - pulled forward to Q3', 'quarter', '2024-10-01', '2024-12-31'],
    ['Q3 - moved forward to Q2', 'quarter', '2024-07-01', '2024-09-30'],
    ['Q2 (brought forward from Q4)', 'quarter', '2024-07-01', '2024-09-30'],
  ]);
});

describe('revisions abbreviated in internal-audit trackers', () => {
  redatedAt(asOf)([
    ['30/09/24 (Rev 31/12/24)', 'date', '2024-12-31', '2024-12-31'],
    ['31/03/25 (rev 30/06/25)', 'date', '2025-06-30', '2025-06-30'],
    ['Rev date 31/12/24', 'date', '2024-12-31', '2024-12-31'],
    ['Rev. due date 30/06/25', 'date', '2025-06-30', '2025-06-30'],
    ['Orig: Sep 24 / Rev: Dec 24', 'month', '2024-12-01', '2024-12-31'],
    ['Orig 30/09/24, rev 31/12/24, rev2 31/03/25', 'date', '2025-03-31', '2025-03-31'],
    ['Original date: 30/09/24. Revised date: 31/12/24. Second revision: 31/03/25.', 'date', '2025-03-31', '2025-03-31'],
    ['Original: 30/09/24 Revised: 31/12/24 Revised 2: 31/03/25', 'date', '2025-03-31', '2025-03-31'],
  ]);
});
