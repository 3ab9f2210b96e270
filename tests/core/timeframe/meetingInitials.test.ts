import { calendar, read } from './expect';

/*
 * Committees a trust names by their initials (SPEC 3 meeting kind): "Next QC" and "Dec QC" are
 * the Quality Committee's meetings as "Next QSC" is the Quality & Safety Committee's, and so for
 * the other initials logs use. Initials never make ordinary text a date on their own.
 */

const asOf = '2024-11-20';
const cal = calendar([
  { date: '2024-11-27', name: 'Quality & Safety Committee' },
  { date: '2024-12-04', name: 'Quality Committee' },
  { date: '2024-12-05', name: 'Quality and Safety Group' },
  { date: '2024-12-06', name: 'Patient Safety Committee' },
  { date: '2024-12-09', name: 'Risk and Audit Committee' },
  { date: '2024-12-10', name: 'Primary Care Board' },
  { date: '2024-12-11', name: 'Integrated Care Board' },
  { date: '2024-12-12', name: 'Operational Management Team' },
  { date: '2024-12-13', name: 'Executive Team' },
  { date: '2024-12-16', name: 'Quality Committee' },
  { date: '2025-01-08', name: 'Quality Committee' },
]);
const on = (date: string | null) => ({ kind: 'meeting', start: date, end: date, redated: false });

describe('a committee named by its initials', () => {
  it.each([
    ['Next QC', '2024-12-04'],
    ['Dec QC', '2024-12-04'],
    ['QC - Jan 25', '2025-01-08'],
    ['QC after next', '2024-12-16'],
    ['Next QSC', '2024-11-27'],
    ['Next Q&S', '2024-11-27'],
    ['Dec QSG', '2024-12-05'],
    ['Next PSC', '2024-12-06'],
    ['RAC December', '2024-12-09'],
    ['Next PCB', '2024-12-10'],
    ['Dec ICB', '2024-12-11'],
    ['Next OMT', '2024-12-12'],
    ['ET Dec', '2024-12-13'],
  ])('reads %j as the meeting on %s', (text, date) => {
    expect(read(text, asOf, cal)).toEqual(on(date));
  });

  it.each(['QPC', 'QAC', 'ARC', 'FIC', 'F&P', 'EMT', 'SMT', 'ELT', 'QC', 'Q&S', 'PSC', 'ET'])('reads "Dec %s" as a December meeting without a calendar', (initials) => {
    expect(read(`Dec ${initials}`, asOf)).toEqual({ kind: 'meeting', start: '2024-12-01', end: '2024-12-31', redated: false });
  });

  it('reads "Next QC" with no calendar as a meeting not yet set', () => {
    expect(read('Next QC', asOf)).toEqual(on(null));
  });
});

describe('initials in ordinary text', () => {
  it.each(['QC', 'QC checks complete', 'Awaiting QC sign off', 'ET al'])('read %j as no date', (text) => {
    expect(read(text, asOf, cal).end).toBeNull();
  });
});
