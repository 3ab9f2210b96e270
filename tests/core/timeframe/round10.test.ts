import { splitEntries } from '../../../src/core/steps';
import { easterSunday } from '../../../src/core/timeframe/holidays';
import { read, tableAt } from './expect';

/*
 * Round ten: "from X to Y" after a revision verb read as a range; a revision word naming a piece
 * of work ("Revised SOP – May 25") read as a re-dating; school terms read as seasons; Easter and
 * the bank holidays unread or read as the season or month in their name. Read on 10 February 2026.
 */
const asOf = '2026-02-10';
const table = tableAt(asOf);

describe('"from X to Y" after a revision verb: Y is the deadline, re-dated', () => {
  it.each([
    ['Deadline extended from Jan to March', 'month', '2026-03-01', '2026-03-31'],
    ['Moved from Q3 to Q4', 'quarter', '2026-01-01', '2026-03-31'],
    ['Re-profiled from Q2 to Q4', 'quarter', '2026-01-01', '2026-03-31'],
    ['Put back from Dec 25 to March 26', 'month', '2026-03-01', '2026-03-31'],
  ])('reads %j as re-dated', (text, kind, start, end) => {
    expect(read(text, asOf)).toEqual({ kind, start, end, redated: true });
  });

  table([['from Jan to March', 'range', '2026-01-01', '2026-03-31']]);
});

describe('a revision word inside a label names the work, not a moved date', () => {
  it.each(['Review – Feb 25; Revised policy – May 25', 'Guideline – Feb 25; New audit – May 25', 'Initial assessment – Feb 25; Full audit – May 25'])(
    'reads %j as not re-dated',
    (text) => {
      expect(read(text, asOf)).toMatchObject({ start: '2025-02-01', end: '2025-05-31', redated: false });
    },
  );

  it('still reads a label that names the date as a revision', () => {
    expect(read('Original: Dec 24; Revised: Mar 25', asOf)).toMatchObject({ end: '2025-03-31', redated: true });
    expect(read('Revised date agreed - Mar 26', asOf)).toMatchObject({ end: '2026-03-31', redated: true });
  });
});

describe('labelled dates on one line are separate entries (SPEC 2.3)', () => {
  it.each([
    ['Guideline – Feb 25; Audit – May 25', ['Guideline – Feb 25', 'Audit – May 25']],
    ['Phase 1: Dec 24 / Phase 2: Mar 25', ['Phase 1: Dec 24', 'Phase 2: Mar 25']],
    ['Original: Dec 24; Revised: Mar 25', ['Original: Dec 24; Revised: Mar 25']],
    ['Plan: Dec 24 / Forecast: Mar 25', ['Plan: Dec 24 / Forecast: Mar 25']],
  ])('splits %j', (cell, entries) => {
    expect(splitEntries(cell)).toEqual(entries);
  });
});

describe('a season before "term" is the English school term', () => {
  table([
    ['Summer term 2025', 'range', '2025-04-01', '2025-07-31'],
    ['Autumn term 2025', 'range', '2025-09-01', '2025-12-31'],
    ['Spring term', 'range', '2026-01-01', '2026-03-31'],
    ['End of summer term', 'range', '2026-07-31', '2026-07-31'],
    ['Autumn term 2025/26', 'range', '2025-09-01', '2025-12-31'],
    ['Summer term 2025/26', 'range', '2026-04-01', '2026-07-31'],
    // The season alone is still the season.
    ['Summer 2025', 'range', '2025-06-01', '2025-08-31'],
  ]);
});

describe('Easter (read as Good Friday) and the bank holidays are days', () => {
  it('computes Easter Sunday', () => {
    expect([2024, 2025, 2026, 2027, 2038].map(easterSunday)).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
  });

  table([
    ['Easter', 'date', '2026-04-03', '2026-04-03'],
    ['Before Easter', 'date', null, '2026-04-02'],
    ['By Easter 2026', 'date', null, '2026-04-03'],
    ['Easter 2025', 'date', '2025-04-18', '2025-04-18'],
    ['Easter Monday', 'date', '2026-04-06', '2026-04-06'],
    ['Spring bank holiday', 'date', '2026-05-25', '2026-05-25'],
    ['Early May bank holiday', 'date', '2026-05-04', '2026-05-04'],
    ['August bank holiday', 'date', '2026-08-31', '2026-08-31'],
    ['By spring bank holiday 2025', 'date', null, '2025-05-26'],
  ]);
});
