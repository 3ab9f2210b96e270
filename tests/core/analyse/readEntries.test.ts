import { createParsers } from '../../../src/core/analyse/parsers';
import { defaultSettings } from '../../../src/core/settings';
import { needsLineUp, placedEntries, splitEntries } from '../../../src/core/steps';
import { needsLineUpOf } from '../../../src/core/steps/lineUp';

/*
 * A cell's entries are read once per distinct cell (ReadEntries), with the facts every row asks
 * of them (placedEntries, a dash among them, a dated first entry), so a row only looks them up.
 */

const CELLS = ['', 'Draft ToR\n-\nAgree at Board', 'Dec 24\n-\nMar 25', 'Dec 23\nMar 24\n-', 'Draft paper; circulate', 'Dec 24; Jan 25',
  '14/11/24 - Board paper delayed\n12/10/24 - ToR drafted', 'Done\nOn track', 'End of Nov 22', '-'];

describe('a cell read once for all its rows', () => {
  const parsers = createParsers(defaultSettings('2024-11-20'));

  it('knows its placed entries and dashes as the row-by-row checks find them', () => {
    for (const cell of CELLS) {
      const read = parsers.statuses.cell(cell);
      expect(read.placed).toBe(placedEntries(splitEntries(cell)));
      expect(read.dashed).toBe(splitEntries(cell).includes('-'));
    }
  });

  it('needs lining up exactly when its entries do', () => {
    for (const steps of CELLS) {
      for (const frames of CELLS) {
        for (const statuses of CELLS) {
          const [a, b, c] = [parsers.nextSteps.cell(steps), parsers.timeframes.cell(frames), parsers.statuses.cell(statuses)];
          expect(needsLineUpOf(a, b, c)).toBe(needsLineUp(a.texts, b.texts, c.texts));
        }
      }
    }
    // A dated log beside several steps is lined up (turned round if newest first).
    expect(needsLineUpOf(parsers.nextSteps.cell('Draft\nAgree'), parsers.timeframes.cell(''), parsers.statuses.cell(CELLS[6] ?? ''))).toBe(true);
  });
});
