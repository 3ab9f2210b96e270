import { read } from './expect';

const asOf = '2022-11-03';

describe('a revised time frame: the last date is the deadline, marked re-dated', () => {
  it.each([
    ['End of Nov 22 revised to End of Jan 23', 'month', '2023-01-31', '2023-01-31'],
    ['31/10/22 (new date 30/11/22)', 'date', '2022-11-30', '2022-11-30'],
    ['Dec 22 - moved to Feb 23', 'month', '2023-02-01', '2023-02-28'],
    ['Dec 22 deferred to Mar 23', 'month', '2023-03-01', '2023-03-31'],
    ['Workshop reorganised to 2 Dec', 'date', '2022-12-02', '2022-12-02'],
    ['Nov 22 rescheduled to mid Jan', 'month', '2023-01-15', '2023-01-15'],
    ['Dec 22 now Feb 23', 'month', '2023-02-01', '2023-02-28'],
    ['End of Dec changed to End of Jan', 'month', '2023-01-31', '2023-01-31'],
    ['Q3 extended to Q4', 'quarter', '2023-01-01', '2023-03-31'],
    ['Nov 22 revised to Dec 22 revised to Jan 23', 'month', '2023-01-01', '2023-01-31'],
    ['Deferred to March 23', 'month', '2023-03-01', '2023-03-31'],
    ['Revised: Jan 23', 'month', '2023-01-01', '2023-01-31'],
    ['Dec-22 -> Feb-23', 'month', '2023-02-01', '2023-02-28'],
    ['Dec 22 → Feb 23', 'month', '2023-02-01', '2023-02-28'],
    // "was" and "originally" point back at the date replaced: the deadline is the one before them.
    ['Feb 23 (was Dec 22)', 'month', '2023-02-01', '2023-02-28'],
    ['February 2023 (originally December 2022)', 'month', '2023-02-01', '2023-02-28'],
    ['Feb 23 - was due Dec 22', 'month', '2023-02-01', '2023-02-28'],
    // "Revised from" and the like name the date replaced, like "was".
    ['End Sept 2023 (revised from June)', 'month', '2023-09-30', '2023-09-30'],
    ['Dec 22 (slipped from Nov)', 'month', '2022-12-01', '2022-12-31'],
    // An extension names the new deadline as "extended to" does.
    ['March 2023 (extension agreed to June 2023)', 'month', '2023-06-01', '2023-06-30'],
    ['Jan 23 - extension granted to 31/03/23', 'date', '2023-03-31', '2023-03-31'],
    ['Extension to June 2023 agreed', 'month', '2023-06-01', '2023-06-30'],
  ])('reads %j', (text, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: true });
  });

  it('keeps the re-dating when the new date is still to be confirmed or hangs on another event', () => {
    expect(read('End of Nov 22 - revised date TBC', asOf)).toEqual({
      kind: 'tbc',
      start: null,
      end: null,
      redated: true,
    });
    expect(read('End of Nov 22 moved to after the workshop', asOf)).toEqual({
      kind: 'tbc',
      start: null,
      end: null,
      redated: true,
    });
  });

  it('keeps the earlier date, re-dated, when the new one cannot be read', () => {
    expect(read('End of Nov 22 - moved, see notes', asOf)).toEqual({
      kind: 'month',
      start: '2022-11-30',
      end: '2022-11-30',
      redated: true,
    });
  });

  it('marks the written deadline re-dated when the cell says it moved but not to when', () => {
    expect(read('End of Jan 23 - deadline extended', asOf)).toEqual({
      kind: 'month',
      start: '2023-01-31',
      end: '2023-01-31',
      redated: true,
    });
  });

  it('takes the date after "revised from" when none stands before it', () => {
    expect(read('Revised from Nov 22 to end of Jan 23', asOf)).toMatchObject({ end: '2023-01-31', redated: true });
  });

  it('is no revision when no date stands on either side', () => {
    expect(read('New date TBC', asOf)).toEqual({ kind: 'tbc', start: null, end: null, redated: false });
  });

  it('needs a date before "now", a word too common to count alone', () => {
    expect(read('Now Mar 23', asOf)).toEqual({ kind: 'month', start: '2023-03-01', end: '2023-03-31', redated: false });
  });

  it('does not see revisions in plain time frames', () => {
    expect(read('End of Nov 22', asOf).redated).toBe(false);
    expect(read('unknown', asOf)).toEqual({ kind: 'tbc', start: null, end: null, redated: false });
  });
});

describe('"was" without a date on both sides is no revision', () => {
  it('reads "Meeting was positive, Dec 22" as December, not re-dated', () => {
    expect(read('Meeting was positive, Dec 22', asOf)).toEqual({ kind: 'month', start: '2022-12-01', end: '2022-12-31', redated: false });
  });
});
