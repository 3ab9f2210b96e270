import { tableAt } from './expect';

/*
 * A reviewer's findings read at 30 June 2027 (and 1 October 2027): a misspelt month beside a year
 * is no whole calendar year, ongoing work names its next review as its deadline, a completion
 * word in the time-frame column is no unreadable date, and a season without a year is the coming one.
 */
const june = tableAt('2027-06-30');
const october = tableAt('2027-10-01');

describe('a month typed one slip wrong is that month', () => {
  june([
    ['Juy 2027', 'month', '2027-07-01', '2027-07-31'],
    ['Agust', 'month', '2027-08-01', '2027-08-31'],
    ['end of Agust', 'month', '2027-08-31', '2027-08-31'],
    ['Agust 2027', 'month', '2027-08-01', '2027-08-31'],
    ['Jnue 2027', 'month', '2027-06-01', '2027-06-30'],
    ['Jully', 'month', '2027-07-01', '2027-07-31'],
    ['Aprl 2028', 'month', '2028-04-01', '2028-04-30'],
    ['Mrach 2028', 'month', '2028-03-01', '2028-03-31'],
    ['Sepr 2027', 'month', '2027-09-01', '2027-09-30'],
    ['By end of Juy', 'month', null, '2027-07-31'],
    ['Octber', 'month', '2027-10-01', '2027-10-31'],
    ['Setpember', 'month', '2027-09-01', '2027-09-30'],
  ]);
});

describe('a year beside a word that looks like a failed month is not read as the whole year', () => {
  june([
    ['Jyl 2027', 'unparseable', null, null],
    ['Agst 2027', 'unparseable', null, null],
    ['Ocrobr 2027', 'unparseable', null, null],
  ]);
});

describe('a real word beside a year is not taken for a month', () => {
  june([
    ['Match 2027', 'range', '2027-01-01', '2027-12-31'],
    ['Sprint 2027', 'range', '2027-01-01', '2027-12-31'],
    ['Jury 2027', 'range', '2027-01-01', '2027-12-31'],
    ['Implemented in 2027', 'range', '2027-01-01', '2027-12-31'],
    ['Report sent', 'unparseable', null, null],
  ]);
});

describe('ongoing work with its next review, report or update named takes that date', () => {
  june([
    ['Ongoing - review Dec 27', 'month', null, '2027-12-31'],
    ['Ongoing - next review Dec 27', 'month', null, '2027-12-31'],
    ['Ongoing, report to QSC Nov', 'meeting', null, '2027-11-30'],
    ['Quarterly - next report Oct QSC', 'meeting', null, '2027-10-31'],
    ['Monthly - next update 15/09/2027', 'date', null, '2027-09-15'],
    ['Ongoing - reporting to Board Sept', 'meeting', null, '2027-09-30'],
    ['Annually - next due Sept', 'month', null, '2027-09-30'],
    ['Ongoing - complete by Dec 27', 'month', null, '2027-12-31'],
    ['Ongoing - reviewed monthly', 'ongoing', null, null],
    ['Ongoing - review at each Board', 'ongoing', null, null],
    ['Ongoing - report to Board', 'ongoing', null, null],
  ]);
  october([['Ongoing - next update Jan', 'month', null, '2028-01-31']]);
});

describe('a completion word in the time-frame column gives no deadline and is no unreadable date', () => {
  june([
    ['Complete', 'tbc', null, null],
    ['Completed', 'tbc', null, null],
    ['Closed', 'tbc', null, null],
    ['Done', 'tbc', null, null],
    ['Completed.', 'tbc', null, null],
    ['Completed by Dec 27', 'month', null, '2027-12-31'],
  ]);
});

describe('a season without a year is the nearest, judged by its middle month, as a month is (SPEC 3)', () => {
  june([
    // The winter just gone (its middle, January, is nearer than next January): an action still open is overdue.
    ['before winter', 'range', null, '2026-11-30'],
    ['Winter', 'range', '2026-12-01', '2027-02-28'],
    ['Summer', 'range', '2027-06-01', '2027-08-31'],
    ['Spring', 'range', '2027-03-01', '2027-05-31'],
    ['Winter 27/28', 'range', '2027-12-01', '2028-02-29'],
    ['Autumn 2027', 'range', '2027-09-01', '2027-11-30'],
    ['Winter 2026', 'range', '2026-12-01', '2027-02-28'],
    ['last winter', 'range', '2026-12-01', '2027-02-28'],
    // "This" winter said after the nearest has ended is the coming one.
    ['this winter', 'range', '2027-12-01', '2028-02-29'],
  ]);
  tableAt('2027-01-15')([
    ['Winter', 'range', '2026-12-01', '2027-02-28'],
    ['before spring', 'range', null, '2027-02-28'],
    ['Autumn', 'range', '2026-09-01', '2026-11-30'],
  ]);
  october([
    ['Autumn', 'range', '2027-09-01', '2027-11-30'],
    ['Summer', 'range', '2027-06-01', '2027-08-31'],
  ]);
});
