import { calendar, expected, read } from './expect';

/*
 * Round five, meetings: the executive team's meeting and the PCCC as logs name them, a meeting
 * name that runs on past its first meeting word, the half of the board written in words, and the
 * next meeting with its day beside it. Read on 20 November 2024 against this calendar.
 */
const asOf = '2024-11-20';
const cal = calendar([
  { date: '2024-12-03', name: 'Executive Leadership Team' },
  { date: '2024-12-05', name: 'Trust Board' },
  { date: '2024-12-12', name: 'Board Development Session' },
  { date: '2025-01-09', name: 'Trust Board (Private)' },
  { date: '2025-01-16', name: 'Primary Care Commissioning Committee' },
  { date: '2025-01-30', name: 'Trust Board (Public)' },
]);

const on = (date: string | null) => ({ kind: 'meeting', start: date, end: date, redated: false });

describe('the executive team and the PCCC are meetings', () => {
  it.each([
    ['next Exec', '2024-12-03'],
    ['Dec Exec', '2024-12-03'],
    ['Jan PCCC', '2025-01-16'],
    ['PCCC - January', '2025-01-16'],
  ])('reads %j as the meeting on %s', (text, date) => {
    expect(read(text, asOf, cal)).toEqual(on(date));
  });

  it('is that month, or the next one unknown, without a calendar', () => {
    expect(read('Jan Execs', asOf)).toEqual(expected(['', 'meeting', '2025-01-01', '2025-01-31']));
    expect(read('next ExCo', asOf)).toEqual(on(null));
  });
});

describe("a meeting's name runs on to its last meeting word, and may say which half of the board", () => {
  it.each([
    // Not the Trust Board that month: the name goes on to say it is the development session.
    ['Dec Board Development Session', '2024-12-12'],
    ['Trust Board in Public - Jan', '2025-01-30'],
    ['Jan Board in public', '2025-01-30'],
    ['Board Part 2 Jan', '2025-01-09'],
    ["Jan's Board", '2025-01-09'],
  ])('reads %j as the meeting on %s', (text, date) => {
    expect(read(text, asOf, cal)).toEqual(on(date));
  });

  it('reads the next meeting of the half of the board named', () => {
    const boards = calendar([
      { date: '2025-01-09', name: 'Trust Board (Private)' },
      { date: '2025-01-30', name: 'Trust Board (Public)' },
    ]);
    expect(read('Next Trust Board in Public', asOf, boards)).toEqual(on('2025-01-30'));
  });
});

describe('the next meeting with its day written beside it is that day', () => {
  it.each(['Next Board (30/01/25)', 'Next Board - 30 Jan', 'Next Board 30 Jan'])('reads %j as 30 January 2025', (text) => {
    expect(read(text, asOf, cal)).toEqual(on('2025-01-30'));
    expect(read(text, asOf)).toEqual(on('2025-01-30'));
  });
});
