import { sheetTitle } from '../../../src/core/detect/title';

/*
 * Trackers often open with the trust's name and the committee the paper goes to, then the tracker's
 * own name: the board paper is named by the tracker, which tells one paper from the next.
 */
describe('sheetTitle over a committee line', () => {
  it.each([
    ['Westfield Community Health NHS Trust – Audit and Risk Committee', 'Internal Audit Recommendations Tracker 2025/26'],
    ['Quality Committee', 'Infection prevention and control action plan'],
    ['Riverside ICB – Board meeting in public, 5 December 2024', 'Board action log'],
  ])('prefers the row naming the tracker or plan to "%s" above it', (top, name) => {
    expect(sheetTitle([[top], [name], [], ['Action', 'Lead']], 3)).toBe(name);
  });

  it('takes no note about the tracker for its name, though the note names what it lists', () => {
    const note = 'Only open recommendations and those closed since the last committee are shown.';
    expect(sheetTitle([['Westfield NHS Trust – Audit and Risk Committee'], [note], ['Audit recommendations tracker'], ['Action', 'Lead']], 3)).toBe('Audit recommendations tracker');
    expect(sheetTitle([['Westfield NHS Trust – Audit and Risk Committee'], [note], ['Action', 'Lead']], 2)).toBe('Westfield NHS Trust – Audit and Risk Committee');
  });
});
