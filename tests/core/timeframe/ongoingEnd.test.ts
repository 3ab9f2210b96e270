import { tableAt, type Row } from './expect';

/*
 * A PSIRF plan read on 7 December 2026 (SPEC 3): recurring or on-going work that states when it
 * ends is due then; with only a start, or no date, it has no deadline.
 */

const table = tableAt('2026-12-07');

describe('recurring work with a stated end is due at that end', () => {
  table([
    ['Monthly from Sept 26 to Feb 27', 'range', '2026-09-01', '2027-02-28'],
    ['Monthly from Sept 26 until Feb 27', 'range', '2026-09-01', '2027-02-28'],
    ['Ongoing from Sept 26 - Feb 27', 'range', '2026-09-01', '2027-02-28'],
    ['Monthly Sept 26 - Feb 27', 'range', '2026-09-01', '2027-02-28'],
    ['Monthly (Sept 26 - Feb 27)', 'range', '2026-09-01', '2027-02-28'],
    ['Monthly between Sept 26 and Feb 27', 'range', '2026-09-01', '2027-02-28'],
    ['Weekly from Jan to end of March', 'range', '2027-01-01', '2027-03-31'],
    ['Quarterly from Q3 to Q4', 'range', '2026-10-01', '2027-03-31'],
    ['Weekly until end of March', 'month', null, '2027-03-31'],
    ['Quarterly to March 2027', 'month', null, '2027-03-31'],
    ['Ongoing until Q4', 'quarter', null, '2027-03-31'],
    ['Ongoing - complete by Sept 24', 'month', null, '2024-09-30'],
    ['BAU from Oct 24 (implementation by Sept 24)', 'month', null, '2024-09-30'],
    ['Ongoing from Oct 26 - review Dec 26', 'month', null, '2026-12-31'],
  ] as Row[]);
});

describe('recurring work with no stated end has no deadline', () => {
  table([
    ['Monthly', 'ongoing', null, null],
    ['Monthly from Sept 26', 'ongoing', null, null],
    ['Ongoing from Oct 24', 'ongoing', null, null],
    ['Monthly from Sept 26 onwards', 'ongoing', null, null],
    ['Ongoing - Dec 24', 'ongoing', null, null],
    ['Weekly w/c 4 Jan', 'ongoing', null, null],
  ] as Row[]);
});
