import { expected, read, type Row } from './expect';

/*
 * The THT Engagement Lead Group action plan, "3 November update" (seed 004): every time frame it
 * uses, verbatim, read on the day of the update.
 */
const asOf = '2022-11-03';

const rows: Row[] = [
  ['End of Nov 22', 'month', '2022-11-30', '2022-11-30'],
  ['End of Dec 22', 'month', '2022-12-31', '2022-12-31'],
  ['Feb Board 23', 'meeting', '2023-02-01', '2023-02-28'],
  ['End Oct 2022', 'month', '2022-10-31', '2022-10-31'],
  ['Mid Nov', 'month', '2022-11-15', '2022-11-15'],
  ['Complete by mid Dec', 'month', null, '2022-12-15'],
  ['5/1/23', 'date', '2023-01-05', '2023-01-05'],
  ['End of Nov', 'month', '2022-11-30', '2022-11-30'],
  ['Establish once above action completed', 'tbc', null, null],
  ['End of Jan 23', 'month', '2023-01-31', '2023-01-31'],
  ['March 23 Board', 'meeting', '2023-03-01', '2023-03-31'],
  ['On-going following board decision', 'ongoing', null, null],
  ['THT Board March 23', 'meeting', '2023-03-01', '2023-03-31'],
  ['Mid February', 'month', '2023-02-15', '2023-02-15'],
  ['End of April', 'month', '2023-04-30', '2023-04-30'],
  ['TBC', 'tbc', null, null],
  ['New time frame to be developed', 'tbc', null, null],
  ['January ELG meeting', 'meeting', '2023-01-01', '2023-01-31'],
  ['<p>Mid-March</p>', 'month', '2023-03-15', '2023-03-15'],
  ['<p>Through mid-March to end of March</p>', 'range', '2023-03-15', '2023-03-31'],
  ['<p>End of March for April Board</p>', 'meeting', '2023-03-31', '2023-03-31'],
  ['Actions and timescales to be decided once Incoming community / resident board member in post', 'tbc', null, null],
  ['<b>End of Dec</b>', 'month', '2022-12-31', '2022-12-31'],
  ['<p><b>2 Dec</b></p>', 'date', '2022-12-02', '2022-12-02'],
  ['<p><b>By Mid Jan</b></p>', 'month', null, '2023-01-15'],
  ['<p>Late Feb to Late March - dependant on workshop format</p>', 'range', '2023-02-21', '2023-03-31'],
  ['<p>May meeting– dependant on workshop timing</p>', 'meeting', '2023-05-01', '2023-05-31'],
  ['Feb Engagement Leads Group meeting', 'meeting', '2023-02-01', '2023-02-28'],
  ['Mid-Dec', 'month', '2022-12-15', '2022-12-15'],
  ['Jan Engagement Leads Group', 'meeting', '2023-01-01', '2023-01-31'],
  ['Action to be confirmed', 'tbc', null, null],
  ['THT Board Jan: Spotlight TBC', 'meeting', '2023-01-01', '2023-01-31'],
];

describe('parseTimeframe on the THT ELG action plan (seed 004, as of 3 Nov 2022)', () => {
  it.each(rows)('reads %j', (...row) => {
    expect(read(row[0], asOf)).toEqual(expected(row));
  });

  it('takes the deadline, not the meeting it feeds, from "End of March for April Board"', () => {
    expect(read('End of March for April Board', asOf)).toMatchObject({ kind: 'meeting', end: '2023-03-31' });
  });

  it('reads "May meeting" written in November as next May, not last May (six months either way)', () => {
    expect(read('May meeting', asOf).start).toBe('2023-05-01');
  });
});
