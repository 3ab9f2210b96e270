import { splitDateList } from '../../../src/core/steps/dateList';

/*
 * A pipe parts one date per step as a comma, semicolon or spaced slash does ("Dec 2024 | Mar
 * 2025"); a pipe inside prose leaves the cell whole.
 */
describe('splitDateList with a pipe between the dates', () => {
  it('splits dates parted by pipes', () => {
    expect(splitDateList('Dec 2024 | Mar 2025')).toEqual(['Dec 2024', 'Mar 2025']);
    expect(splitDateList('Q1 | Q2 | Q3')).toEqual(['Q1', 'Q2', 'Q3']);
    expect(splitDateList('31/12/24|31/03/25')).toEqual(['31/12/24', '31/03/25']);
  });

  it('leaves prose, and a year written once after a bare month, whole', () => {
    expect(splitDateList('Dec 2024 | see note')).toBeNull();
    expect(splitDateList('Jan | Feb 25')).toBeNull();
  });
});
