import { calendar, read } from './expect';

/*
 * Meeting time frames against a trust's meetings calendar, named the way calendars name them
 * (SPEC 2.5 `meetings`, SPEC 3 meeting kind): the cell's "QSC" is the calendar's "Quality &
 * Safety Committee", and a cell naming one body never takes another body's meeting.
 */

const asOf = '2024-11-20';
const meetings = [
  { date: '2024-11-20', name: 'Quality & Safety Committee' },
  { date: '2024-11-25', name: 'Finance and Performance Committee' },
  { date: '2024-11-28', name: 'Trust Board (Public)' },
  { date: '2024-11-28', name: 'Trust Board (Private)' },
  { date: '2024-12-03', name: 'Executive Leadership Team' },
  { date: '2024-12-05', name: 'People Committee' },
  { date: '2024-12-10', name: 'Audit & Risk Committee' },
  { date: '2024-12-12', name: 'Board Seminar' },
  { date: '2024-12-17', name: 'Executive Leadership Team' },
  { date: '2024-12-18', name: 'Quality & Safety Committee' },
  { date: '2025-01-08', name: 'Council of Governors' },
  { date: '2025-01-15', name: 'Quality & Safety Committee' },
  { date: '2025-01-27', name: 'Finance and Performance Committee' },
  { date: '2025-01-30', name: 'Trust Board (Public)' },
  { date: '2025-01-30', name: 'Trust Board (Private)' },
  { date: '2025-02-04', name: 'Exec Management Team' },
  { date: '2025-02-19', name: 'Quality & Safety Committee' },
  { date: '2025-03-27', name: 'Trust Board (Public)' },
];
const cal = calendar(meetings);

const on = (date: string | null) => ({ kind: 'meeting', start: date, end: date, redated: false });
const month = (start: string, end: string) => ({ kind: 'meeting', start, end, redated: false });

describe('a cell names its meeting as the calendar does, or by initials or shared words', () => {
  it.each([
    ['Jan QSC', '2025-01-15'],
    ['QSC - Jan 25', '2025-01-15'],
    ['Quality and Safety Committee Feb', '2025-02-19'],
    ['F&P January', '2025-01-27'],
    ['FPC - Jan 25', '2025-01-27'],
    ['Next Finance & Performance Committee', '2024-11-25'],
    ['CoG January', '2025-01-08'],
    ['Council of Governors Jan', '2025-01-08'],
    ['ELT Dec', '2024-12-03'], // two that month: the first
    ['Executive Management Team Feb', '2025-02-04'], // "Exec" is short for "Executive"
    ['People & Culture Committee December', '2024-12-05'],
    ['Part 2 Board - January 2025', '2025-01-30'],
    ['Trust Board of Directors March', '2025-03-27'],
  ])('reads %j as the meeting on %s', (text, date) => {
    expect(read(text, asOf, cal)).toEqual(on(date));
  });
});

describe("a cell naming one body never takes another body's meeting", () => {
  it.each([
    ['Dec Board', '2024-12-01', '2024-12-31'], // only the ELT, a committee and a Board Seminar
    ['Feb People Committee', '2025-02-01', '2025-02-28'], // only the QSC and the EMT
    ['Health & Safety Committee Feb', '2025-02-01', '2025-02-28'], // not Quality & Safety
    ['Part 2 Board March', '2025-03-01', '2025-03-31'], // only the public Board
    ['Council of Governors meeting Feb 2025', '2025-02-01', '2025-02-28'],
  ])('reads %j as the whole month', (text, start, end) => {
    expect(read(text, asOf, cal)).toEqual(month(start, end));
  });

  it('still takes any meeting that month for a phrase that names no body', () => {
    expect(read('Jan meeting', asOf, cal)).toEqual(on('2025-01-08'));
  });

  it('matches a board seminar only to a cell that names one', () => {
    expect(read('Board development session Dec', asOf, cal)).toEqual(on('2024-12-12'));
  });
});

describe('the next meeting of a body', () => {
  it.each([
    ['Next QSC', '2024-11-20'],
    ['Next F&P', '2024-11-25'],
    ['Next Quality and Safety Committee', '2024-11-20'],
    ['Next Council of Governors', '2025-01-08'],
    ['Next CoG', '2025-01-08'],
    ['Next Part 2 Board', '2024-11-28'],
    ['Following Board', '2024-11-28'],
    ['Following QSC meeting', '2024-11-20'],
    ['Board after next', '2025-01-30'],
    ['The Board after next', '2025-01-30'],
    ['Next but one QSC', '2024-12-18'],
  ])('reads %j as the meeting on %s', (text, date) => {
    expect(read(text, asOf, cal)).toEqual(on(date));
  });

  it('has no date when the calendar lists no meeting of that body, rather than another body', () => {
    expect(read('Next SMT', asOf, cal)).toEqual(on(null));
    expect(read('Next Remuneration Committee', asOf, cal)).toEqual(on(null));
  });

  it('keeps "Following Board approval" a dependency', () => {
    expect(read('Following Board approval', asOf, cal).kind).toBe('tbc');
  });
});

describe('with a next meeting set', () => {
  it('takes the meeting after next from the series of the next meeting', () => {
    const board = calendar(meetings, { date: '2024-11-28', name: 'Trust Board (Public)' });
    expect(read('Meeting after next', asOf, board)).toEqual(on('2025-01-30'));
    const unnamed = calendar(meetings, { date: '2024-11-25', name: '' });
    expect(read('Meeting after next', asOf, unnamed)).toEqual(on('2025-01-27'));
  });

  it('does not take an unnamed next meeting for a body the calendar shows is not meeting that day', () => {
    const unnamed = calendar(meetings, { date: '2024-11-25', name: '' });
    expect(read('Next SMT', asOf, unnamed)).toEqual(on(null));
    expect(read('Next SMT', asOf, calendar([], { date: '2024-11-25', name: '' }))).toEqual(on('2024-11-25'));
  });

  it('ignores a next meeting that has already happened (a stale setting)', () => {
    const stale = calendar(meetings, { date: '2024-10-31', name: 'Trust Board' });
    expect(read('Next meeting', asOf, stale)).toEqual(on('2024-11-20'));
  });
});

describe('meeting words NHS logs use, read as meetings without a calendar', () => {
  it.each([
    ['Trust Board of Directors June', '2025-06-01', '2025-06-30'],
    ['CoG March', '2025-03-01', '2025-03-31'],
    ['People Cttee Sept', '2024-09-01', '2024-09-30'],
    ['Board Development Session - May', '2025-05-01', '2025-05-31'],
    ['Board (Part 2) December', '2024-12-01', '2024-12-31'],
  ])('reads %j as a meeting in that month', (text, start, end) => {
    expect(read(text, '2025-01-15')).toEqual(month(start, end));
  });
});
