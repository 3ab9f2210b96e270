import { read } from './expect';

/*
 * SPEC 3 revisions: the revision words as committee action logs abbreviate them ("ext. to",
 * "extn to", "revd to", "c/fwd to", "pushed to") move the deadline to the date after them and
 * mark it re-dated, as the words written out do. The words already read stay pinned here too.
 */

const asOf = '2026-09-21';
const moved = { kind: 'date', start: '2026-10-14', end: '2026-10-14', redated: true };

describe('an abbreviated revision word', () => {
  it.each([
    '15/04/26 – ext. to 14/10/26',
    '15/04/26 ext to 14/10/26',
    '15/04/26 extn to 14/10/26',
    '15/04/26 extn. to 14/10/26',
    "15/04/26 ext'n to 14/10/26",
    '15/04/26 (ext. 14/10/26)',
    '15/04/26 revd to 14/10/26',
    '15/04/26 amended: 14/10/26',
    '15/04/26 c/fwd to 14/10/26',
    '15/04/26 pushed to 14/10/26',
    '15/04/26 pushed out to 14/10/26',
    // Already read before, pinned:
    '15/04/26 rev. to 14/10/26',
    "15/04/26 rev'd 14/10/26",
    '15/04/26 revised: 14/10/26',
    '15/04/26 amended to 14/10/26',
    '15/04/26 c/f to 14/10/26',
    '15/04/26 carried forward to 14/10/26',
    '15/04/26 postponed to 14/10/26',
    '15/04/26 pushed back to 14/10/26',
    '15/04/26 now due 14/10/26',
    '15/04/26 extended to 14/10/26',
  ])('reads %j as the later date, re-dated', (text) => {
    expect(read(text, asOf)).toEqual(moved);
  });

  it('reads month phrases the same way', () => {
    expect(read('Apr 26 ext. to Oct 26', asOf)).toEqual({ kind: 'month', start: '2026-10-01', end: '2026-10-31', redated: true });
  });

  it.each([
    // The word names the work whose date follows: no date moved.
    ['Ext. pilot - Feb 27', '2027-02-01', '2027-02-28'],
    ['External review Feb 27', '2027-02-01', '2027-02-28'],
    ['Extended pilot - Feb 27', '2027-02-01', '2027-02-28'],
  ])('leaves %j, which moves no date', (text, start, end) => {
    expect(read(text, asOf)).toEqual({ kind: 'month', start, end, redated: false });
  });
});

describe('a date followed by the one it replaced (SPEC 3: re-dated, so slippage)', () => {
  it.each(['Dec 2026 (was Jun 2026)', 'Dec 2026 (was Jun)', 'Dec 2026 (prev. Jun 2026)', 'Dec 2026 (orig. Jun 2026)'])(
    'reads %j as December, re-dated',
    (text) => {
      expect(read(text, asOf)).toEqual({ kind: 'month', start: '2026-12-01', end: '2026-12-31', redated: true });
    },
  );
});
