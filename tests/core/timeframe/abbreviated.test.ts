import { calendar, expected, read, tableAt } from './expect';

/*
 * Time frames abbreviated, clipped or tied to an event, beyond written.test.ts. Read on
 * 15 November 2023 (quarter 3 of 2023/24) unless a row says otherwise.
 */
const asOf = '2023-11-15';

const table = tableAt(asOf);

describe('a financial year written before its quarter or half is the same as written after it', () => {
  table([
    ['FY25 Q1', 'quarter', '2024-04-01', '2024-06-30'],
    ['FY25 Q2', 'quarter', '2024-07-01', '2024-09-30'],
    ['FY 2025 Q3', 'quarter', '2024-10-01', '2024-12-31'],
    ['FY25 H2', 'range', '2024-10-01', '2025-03-31'],
    ['FY25', 'financial_year', '2024-04-01', '2025-03-31'],
  ]);
});

describe('a run of quarters whose second is its bare number', () => {
  table([
    ['Q2/3', 'range', '2023-07-01', '2023-12-31'],
    ['Q3-4', 'range', '2023-10-01', '2024-03-31'],
    ['Q1/2 2024/25', 'range', '2024-04-01', '2024-09-30'],
  ]);
});

describe('a finance period is an NHS month number', () => {
  table([
    ['P9', 'month_number', '2023-12-01', '2023-12-31'],
    ['Period 9', 'month_number', '2023-12-01', '2023-12-31'],
    ['P9 23/24', 'month_number', '2023-12-01', '2023-12-31'],
    ['P12 2023/24', 'month_number', '2024-03-01', '2024-03-31'],
    // "P1" before a date is a priority or phase, not April.
    ['P1 - Dec 23', 'month', '2023-12-01', '2023-12-31'],
  ]);
});

describe('the year end abbreviated is the financial year end, as "year end" is', () => {
  table([
    ['Yr end', 'financial_year', '2024-03-31', '2024-03-31'],
    ['By yr-end', 'financial_year', null, '2024-03-31'],
    ['EOY', 'financial_year', '2024-03-31', '2024-03-31'],
  ]);
});

describe('a season with its year clipped by an apostrophe', () => {
  table([
    ["Summer '24", 'range', '2024-06-01', '2024-08-31'],
    ["summer'24", 'range', '2024-06-01', '2024-08-31'],
    ["Spring/Summer '24", 'range', '2024-03-01', '2024-08-31'],
  ]);
});

describe('two financial years in two digits joined by a dash', () => {
  table([
    ['23/24 - 25/26', 'financial_year', '2023-04-01', '2026-03-31'],
    ['23/24 to 24/25', 'financial_year', '2023-04-01', '2025-03-31'],
    ['31/02/24 - 5/3/24', 'unparseable', null, null],
  ]);
});

describe('work to be ready ahead of, in advance of or in time for a date is due before it', () => {
  table([
    ['Ahead of winter', 'range', null, '2023-11-30'],
    ['Ahead of Q4', 'quarter', null, '2023-12-31'],
    ['In advance of Q4', 'quarter', null, '2023-12-31'],
    ['In time for April 2024', 'month', null, '2024-03-31'],
    ['In time for winter', 'range', null, '2023-11-30'],
    ['By close of Q3', 'quarter', null, '2023-12-31'],
  ]);

  it('keeps the meeting day itself as the deadline, as "before" a meeting does', () => {
    const cal = calendar([{ date: '2024-03-21', name: 'Trust Board' }]);
    expect(read('Ahead of the March Board', asOf, cal)).toEqual(expected(['', 'meeting', null, '2024-03-21']));
  });
});

describe('an earliest date is when the work happens, not a deadline before it', () => {
  table([
    ['Not before April 2024', 'month', '2024-04-01', '2024-04-30'],
    ['No earlier than Q1 2024/25', 'quarter', '2024-04-01', '2024-06-30'],
  ]);
});

describe('week commencing, abbreviated', () => {
  table([
    ['wk comm 8 Jan', 'range', '2024-01-08', '2024-01-14'],
    ['w.c. 4 Dec', 'range', '2023-12-04', '2023-12-10'],
    ['w/comm 4/12', 'range', '2023-12-04', '2023-12-10'],
    ['Wk beg 4 Dec', 'range', '2023-12-04', '2023-12-10'],
  ]);
});

describe('the next meeting with its month written beside it is that month\'s meeting', () => {
  table([
    ['Next Board (Jan 24)', 'meeting', '2024-01-01', '2024-01-31'],
    ['Next board meeting - Jan 24', 'meeting', '2024-01-01', '2024-01-31'],
    ['Next Board', 'meeting', null, null],
  ]);

  it('finds that meeting in the calendar, even when another is next', () => {
    const cal = calendar(
      [
        { date: '2023-11-30', name: 'Trust Board' },
        { date: '2024-01-25', name: 'Trust Board' },
      ],
      { date: '2023-11-30', name: 'Trust Board' },
    );
    expect(read('Next Board (Jan 24)', asOf, cal)).toEqual(expected(['', 'meeting', '2024-01-25', '2024-01-25']));
    expect(read('Next meeting', asOf, cal)).toEqual(expected(['', 'meeting', '2023-11-30', '2023-11-30']));
  });
});
