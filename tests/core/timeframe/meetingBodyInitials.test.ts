import type { Calendar } from '../../../src/core/types';
import { relativeMeeting } from '../../../src/core/timeframe';
import { calendar, read } from './expect';

/*
 * An EPR programme log read on 7 December 2026 (SPEC 3 meeting kind): the meeting's name leads
 * with its project ("EPR Programme Board"), and the log names it by the initials of the rest
 * ("Dec PB"). Two-letter initials count only in capitals, only as a real meeting's, and never
 * when they are a common word or abbreviation ("PM", "HR").
 */

const asOf = '2026-12-07';
type Row = [text: string, kind: string, start: string | null, end: string | null];

const epr: Calendar = calendar(
  [
    { date: '2027-01-19', name: 'EPR Programme Board' },
    { date: '2027-01-21', name: 'EPR Clinical Safety Group' },
  ],
  { date: '2026-12-15', name: 'EPR Programme Board Dec 26' },
);
const arc: Calendar = calendar([], { date: '2027-01-20', name: 'Audit & Risk Committee Jan 27' });
const plain: Calendar = calendar([{ date: '2026-12-10', name: 'Programme Board' }]);
const guarded: Calendar = calendar([
  { date: '2026-12-09', name: 'EPR Project Management' },
  { date: '2026-12-11', name: 'Trust Human Resources' },
  { date: '2026-12-14', name: 'EPR Information Technology' },
]);

function rows(cal: Calendar, table: Row[]): void {
  it.each(table)('reads %j as %s %s – %s', (text, kind, start, end) => {
    expect(read(text, asOf, cal)).toEqual({ kind, start, end, redated: false });
  });
}

describe('a meeting named by the initials of its name after the project word', () => {
  rows(epr, [
    ['Dec PB', 'meeting', '2026-12-15', '2026-12-15'],
    ['PB Dec 26', 'meeting', '2026-12-15', '2026-12-15'],
    ['PB - December', 'meeting', '2026-12-15', '2026-12-15'],
    ['Dec PB meeting', 'meeting', '2026-12-15', '2026-12-15'],
    ['Next PB', 'meeting', '2026-12-15', '2026-12-15'],
    ['Jan PB', 'meeting', '2027-01-19', '2027-01-19'],
    ['Jan CSG', 'meeting', '2027-01-21', '2027-01-21'],
    ['Dec EPR', 'meeting', '2026-12-15', '2026-12-15'],
  ]);
  rows(arc, [['Jan ARC', 'meeting', '2027-01-20', '2027-01-20']]);
  rows(plain, [['Dec PB', 'meeting', '2026-12-10', '2026-12-10']]);
});

describe('two letters that are not that meeting', () => {
  rows(epr, [
    // Lower case is a word, not initials; a cell all in capitals says nothing by its case.
    ['Dec pb', 'month', '2026-12-01', '2026-12-31'],
    ['DEC PB', 'month', '2026-12-01', '2026-12-31'],
    // No Programme Board in February: the month, as before.
    ['Feb PB', 'month', '2027-02-01', '2027-02-28'],
    // Initials alone, with no month or "next", are no meeting.
    ['PB', 'unparseable', null, null],
  ]);
  rows(calendar([]), [['Dec PB', 'month', '2026-12-01', '2026-12-31']]);
  rows(guarded, [
    ['Dec PM', 'month', '2026-12-01', '2026-12-31'],
    ['Dec HR', 'month', '2026-12-01', '2026-12-31'],
    ['Dec IT', 'month', '2026-12-01', '2026-12-31'],
    ['Next PM', 'unparseable', null, null],
  ]);
});

describe('an action log relative to the meeting that raised it', () => {
  it('reads "Next PB" in capitals as the next Programme Board, and "Next pb" as no meeting', () => {
    expect(relativeMeeting('Next PB', epr)?.skip).toBe(0);
    expect(relativeMeeting('Next pb', epr)).toBeNull();
  });
});
