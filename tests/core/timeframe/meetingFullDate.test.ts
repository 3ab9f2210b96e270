import { calendar, read, type Row } from './expect';

/*
 * A full date (day, month and year, in any of SPEC 3's date forms) written after a meeting's
 * name is that meeting's day, UK day-first always. Its first number was once read as the
 * meeting's two-digit year: "Jan QSC 28/01/2027" became January 2028, a false Green for a year,
 * and "Mar Board 24.03.27" March 2024, an absurd Red. A number after the name is a two-digit
 * year only when it does not start such a date.
 */

function reads(asOf: string, rows: Row[]): void {
  describe(`at ${asOf}`, () => {
    it.each(rows)('reads %j', (text, kind, start, end) => {
      expect(read(text, asOf)).toEqual({ kind, start, end, redated: false });
    });
  });
}

describe('a full date after a meeting name is the meeting on that day', () => {
  reads('2027-01-06', [
    ['Jan QSC 28/01/2027', 'meeting', '2027-01-28', '2027-01-28'],
    ['Mar Board 24.03.27', 'meeting', '2027-03-24', '2027-03-24'],
    ['Jan QSC 28 Jan 2027', 'meeting', '2027-01-28', '2027-01-28'],
    ['Jan Board 28-01-2027', 'meeting', '2027-01-28', '2027-01-28'],
    ['Jan QSC 2027-01-28', 'meeting', '2027-01-28', '2027-01-28'],
    ['Dec Board 23/12/26', 'meeting', '2026-12-23', '2026-12-23'],
    ['Jan ICB Board (21/01/27)', 'meeting', '2027-01-21', '2027-01-21'],
    ['Dec Board (Part 2) 23/12/26', 'meeting', '2026-12-23', '2026-12-23'],
    // The meeting's name first, then its month, then the date: the month's number is no year either.
    ['THT Board March 24/03/27', 'meeting', '2027-03-24', '2027-03-24'],
    ['Board - March (24/03/27)', 'meeting', '2027-03-24', '2027-03-24'],
  ]);
  reads('2027-04-03', [['June ICB Board 24/06/27', 'meeting', '2027-06-24', '2027-06-24']]);
  reads('2026-12-29', [
    ['Feb Board 25/2/27', 'meeting', '2027-02-25', '2027-02-25'],
    // The same cell read the same day either side of the year's turn.
    ['Dec Board 23/12/26', 'meeting', '2026-12-23', '2026-12-23'],
    ['Dec Board (23/12/26)', 'meeting', '2026-12-23', '2026-12-23'],
    // Was May 2027 as a whole (27 read as the year): the day written is the deadline, four days sooner.
    ['May Board 27/5/27', 'meeting', '2027-05-27', '2027-05-27'],
  ]);

  it('beats the calendar: the writer named the day', () => {
    const cal = calendar([{ date: '2027-01-21', name: 'Trust Board' }]);
    expect(read('Jan Board 28/01/27', '2027-01-06', cal)).toEqual({ kind: 'meeting', start: '2027-01-28', end: '2027-01-28', redated: false });
    expect(read('Jan Board', '2027-01-06', cal)).toEqual({ kind: 'meeting', start: '2027-01-21', end: '2027-01-21', redated: false });
  });

  it('holds for a committee only the calendar names', () => {
    const cal = calendar([{ date: '2026-10-21', name: 'Medicines Safety Committee (MSC)' }]);
    expect(read('Oct MSC 24/10/26', '2026-09-01', cal)).toEqual({ kind: 'meeting', start: '2026-10-24', end: '2026-10-24', redated: false });
    expect(read('MSC Oct 24/10/26', '2026-09-01', cal)).toEqual({ kind: 'meeting', start: '2026-10-24', end: '2026-10-24', redated: false });
    expect(read('Oct MSC', '2026-09-01', cal)).toEqual({ kind: 'meeting', start: '2026-10-21', end: '2026-10-21', redated: false });
  });

  it('leaves an impossible written date unread rather than quietly taking the month', () => {
    expect(read('Jan QSC 31/02/2027', '2027-01-06').kind).toBe('unparseable');
  });
});

describe('what is not a full date after a meeting name reads as before', () => {
  reads('2026-12-29', [
    ['Feb Board 23', 'meeting', '2023-02-01', '2023-02-28'],
    ['March 23 Board', 'meeting', '2023-03-01', '2023-03-31'],
    ['THT Board March 23', 'meeting', '2023-03-01', '2023-03-31'],
    ['January ELG meeting', 'meeting', '2027-01-01', '2027-01-31'],
    ['Board 14/1/27', 'date', '2027-01-14', '2027-01-14'],
    ['QSC 14/1/27', 'date', '2027-01-14', '2027-01-14'],
    ['ICB Board - 14 Jan', 'date', '2027-01-14', '2027-01-14'],
    ['End of March for April Board', 'meeting', '2027-03-31', '2027-03-31'],
    ['Jan QSC 2027', 'meeting', '2027-01-01', '2027-01-31'],
    ['Next Board (30/01/25)', 'meeting', '2025-01-30', '2025-01-30'],
    ['Next Board 30 Jan', 'meeting', '2027-01-30', '2027-01-30'],
    ['Board - March 24', 'meeting', '2024-03-01', '2024-03-31'],
    ['Board (Mar 24)', 'meeting', '2024-03-01', '2024-03-31'],
  ]);
  reads('2027-01-06', [
    // 2023 is more than three years before asOf's year, so 23 is the day.
    ['Feb Board 23', 'meeting', '2027-02-23', '2027-02-23'],
    ['Jan QSC 2027', 'meeting', '2027-01-01', '2027-01-31'],
    ['Board 14/1/27', 'date', '2027-01-14', '2027-01-14'],
  ]);
});
