import { read } from './expect';

/*
 * SPEC 3 revisions: a meeting or date after "agreed at", "approved by", "signed off at",
 * "ratified at", "granted by" or "per" that follows an extension or revised date names where the
 * change was agreed, not the deadline. The deadline is the date the cell gives beside it, marked
 * re-dated, because it is the extended date. "Revised to Feb Board 23" and "Extension to March
 * Board" still take the meeting as the deadline: there the meeting is the new date.
 */

type Case = [text: string, asOf: string, kind: string, start: string | null, end: string | null];

describe('a revision agreed at a meeting', () => {
  it.each<Case>([
    ['31/03/27 - extension agreed at Jan QSC', '2027-02-15', 'date', '2027-03-31', '2027-03-31'],
    ['31/03/27 - extension agreed at Jan QSC', '2027-04-10', 'date', '2027-03-31', '2027-03-31'],
    ['30/04/27 - revised date agreed at Dec Board', '2027-05-10', 'date', '2027-04-30', '2027-04-30'],
    ['End of March - extension approved by Feb ELG', '2027-04-10', 'month', '2027-03-31', '2027-03-31'],
    // A bare Q4 is the financial year containing asOf (SPEC 3), whatever the meeting.
    ['Q4 (extension agreed at Dec Board)', '2027-04-10', 'quarter', '2028-01-01', '2028-03-31'],
    ['Jun 27 - extension agreed by QSC Jan 27', '2027-02-15', 'month', '2027-06-01', '2027-06-30'],
    // The other ways of saying where it was agreed.
    ['31/03/27 - new date signed off at QSC Jan 27', '2027-02-15', 'date', '2027-03-31', '2027-03-31'],
    ['31/03/27 - extended, ratified at Jan Board', '2027-02-15', 'date', '2027-03-31', '2027-03-31'],
    ['30/06/27 (extension granted by ELG)', '2027-02-15', 'date', '2027-06-30', '2027-06-30'],
    ['30/06/27 - new date per Jan QSC', '2027-02-15', 'date', '2027-06-30', '2027-06-30'],
    ['30/06/27 - extended per QSC 12/01/27', '2027-02-15', 'date', '2027-06-30', '2027-06-30'],
    ['31/03/27 - extension approved at ELG on 10/01/27', '2027-02-15', 'date', '2027-03-31', '2027-03-31'],
    // The deadline may follow the meeting instead of coming before it.
    ['Extension agreed at Jan QSC to 31/03/27', '2027-02-15', 'date', '2027-03-31', '2027-03-31'],
    ['Revised date agreed at Dec Board: 30/04/27', '2027-02-15', 'date', '2027-04-30', '2027-04-30'],
    ['Dec 26 - extension agreed at Jan QSC until Jun 27', '2027-02-15', 'month', '2027-06-01', '2027-06-30'],
  ])('reads %j at %s as the deadline given, re-dated', (text, asOf, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: true });
  });
});

describe('a revision to a meeting', () => {
  it.each<Case>([
    ['Revised to Feb Board 23', '2027-02-15', 'meeting', '2027-02-23', '2027-02-23'],
    ['Extension to March Board', '2027-02-15', 'meeting', '2027-03-01', '2027-03-31'],
    // "By" with no word of agreement before it is the new deadline.
    ['Dec 26 - revised by March Board', '2027-02-15', 'meeting', null, '2027-03-31'],
  ])('reads %j at %s as the meeting, re-dated', (text, asOf, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: true });
  });
});

describe('"agreed by" a date', () => {
  it.each<Case>([
    // "By" before a date, not a meeting, is a deadline word: the date is not cut out.
    ['Dec 26 - new date agreed by end of March', '2027-02-15', 'month', null, '2027-03-31'],
    // With no other date the meeting is all there is, read as before.
    ['Extension agreed at March Board', '2027-02-15', 'meeting', '2027-03-01', '2027-03-31'],
  ])('reads %j at %s as before', (text, asOf, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: true });
  });
});
