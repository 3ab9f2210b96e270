import { entryIndex, extraEntries, joinStatuses, joinTimeframes, stepCount } from '../../../src/core/steps';

describe('the alignment rules of SPEC 2.3, one at a time', () => {
  it('gives a row one step per next step, and one step when it has none (the action itself)', () => {
    expect([stepCount(0), stepCount(1), stepCount(4)]).toEqual([1, 1, 4]);
  });

  it('gives a row\'s only step every entry, joined', () => {
    expect(entryIndex(3, 1, 0)).toBe('all');
    expect(entryIndex(0, 1, 0)).toBeNull();
    expect(joinTimeframes(['End of Dec 22', 'Revised: End of Jan 23'])).toBe('End of Dec 22; Revised: End of Jan 23');
    expect(joinStatuses(['Done', 'Done (End of Nov)'])).toBe('Done\nDone (End of Nov)');
  });

  it('gives a lone entry to every step, and otherwise the entry in the step\'s position', () => {
    expect([0, 1, 2, 3].map((i) => entryIndex(1, 4, i))).toEqual([0, 0, 0, 0]);
    expect([0, 1, 2, 3].map((i) => entryIndex(2, 4, i))).toEqual([0, 1, null, null]);
  });

  it('counts the entries past the last step, none for a row\'s only step', () => {
    expect(extraEntries(5, 3)).toBe(2);
    expect(extraEntries(5, 1)).toBe(0);
    expect(extraEntries(1, 3)).toBe(0);
  });
});
