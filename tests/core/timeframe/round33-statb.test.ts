import { read } from './expect';

/*
 * Round 33 (statb): trackers abbreviate a calendar year as "CY" beside "FY" ("By end of CY2027" is 31 December 2027).
 */

type Case = [text: string, kind: string, start: string | null, end: string | null];

describe('a calendar year, abbreviated', () => {
  it.each<Case>([
    ['Week 3 Feb', 'month', '2027-02-15', '2027-02-21'],
    ['By end of CY2027', 'range', null, '2027-12-31'],
    ['CY2027', 'range', '2027-01-01', '2027-12-31'],
    ['CY 2027', 'range', '2027-01-01', '2027-12-31'],
  ])('reads %j as of 2026-12-07', (text, kind, start, end) => {
    expect(read(text, '2026-12-07')).toMatchObject({ kind, start, end });
  });

  it('leaves a week number with its year unread, as before', () => {
    expect(read('Wk 45 2024', '2026-12-07')).toMatchObject({ kind: 'unparseable' });
  });
});
