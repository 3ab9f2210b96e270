import { tableAt } from './expect';

/*
 * Round seven: a date written as where the work starts is no deadline. Read as one, it makes an
 * action overdue (Red) on the board paper the day after the work began. Read on 15 June 2025.
 */
const summer = '2025-06-15';
const table = tableAt(summer);

describe('a date after a start word, with no end, is open-ended work, as "April 2025 onwards" is', () => {
  table([
    ['Starting April 2025', 'ongoing', null, null],
    ['Starts April 2025', 'ongoing', null, null],
    ['Commencing Jan 2025', 'ongoing', null, null],
    ['Commenced January 2025', 'ongoing', null, null],
    ['Commencing 6 January 2025', 'ongoing', null, null],
    ['Start date: Jan 25', 'ongoing', null, null],
    ['Start: 01/02/2025', 'ongoing', null, null],
    ['Planned start Q4 2024/25', 'ongoing', null, null],
    ['Starting w/c 6 Jan', 'ongoing', null, null],
    ['Effective from 1 April 2025', 'ongoing', null, null],
    ['With effect from 1 April 2025', 'ongoing', null, null],
    ['WEF 01/04/25', 'ongoing', null, null],
  ]);
});

describe('a start with an end written after it keeps the end as the deadline', () => {
  table([
    ['Starting Jan, complete by March', 'range', '2025-01-01', '2025-03-31'],
    ['Starting April 2025 - complete by June 2025', 'range', '2025-04-01', '2025-06-30'],
    ['Start date: Jan 25 End date: Mar 25', 'range', '2025-01-01', '2025-03-31'],
    ['Commencing Feb 25, finish end of May 25', 'range', '2025-02-01', '2025-05-31'],
  ]);
});

describe("Excel's error values typed as text are unreadable, so the cell is warned of", () => {
  table([
    ['#N/A', 'unparseable', null, null],
    ['#n/a', 'unparseable', null, null],
    [' #N/A ', 'unparseable', null, null],
  ]);
});

describe('bare "from" with a date and no end is where the work starts (seed 000: "the delivery of our strategy from April 2025")', () => {
  table([
    ['From April 2025', 'ongoing', null, null],
    ['from 1 April 2025', 'ongoing', null, null],
    ['From Q3 2025/26', 'ongoing', null, null],
  ]);
});
