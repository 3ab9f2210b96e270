import fc from 'fast-check';
import { rollup } from '../../../src/core/rollup/groups';
import { percentLabel } from '../../../src/core/rollup/percent';
import { defaultSettings } from '../../../src/core/settings';
import type { Rating } from '../../../src/core/types';
import { action } from './fixtures';

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const actionArb = fc
  .record({
    rating: fc.constantFrom<Rating>('complete', 'green', 'amber', 'red', 'not_rated'),
    objective: fc.constantFrom(null, 'Provide outstanding care', 'Be collaborative'),
    ambition: fc.constantFrom(null, '1. Inclusive', '2. Innovative', '4. Partnerships'),
    confidence: fc.option(fraction),
    progress: fc.option(fraction),
  })
  .map(({ rating, ...fields }) => action(rating, fields));
const settingsArb = fc.constantFrom<'worst' | 'confidence'>('worst', 'confidence').map((rollupRule) => ({
  ...defaultSettings('2023-09-30'),
  rollupRule,
}));

describe('rollup, for any actions', () => {
  it('has counts that add up to the number of actions in every group, and the overall group holds them all', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), settingsArb, (actions, settings) => {
        const groups = rollup(actions, settings);
        for (const g of groups) {
          const { complete, green, amber, red, not_rated } = g.counts;
          expect(complete + green + amber + red + not_rated).toBe(g.actions);
        }
        expect(groups.at(-1)).toMatchObject({ objective: null, ambition: null, actions: actions.length });
      }),
    );
  });

  it('keeps progress and confidence within 0..1, and their labels within 0–100 %', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), settingsArb, (actions, settings) => {
        for (const g of rollup(actions, settings)) {
          for (const value of [g.progress, g.confidence]) {
            if (value === null) continue;
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
            const shown = Number(percentLabel(value).replace('%', ''));
            expect(shown).toBeGreaterThanOrEqual(0);
            expect(shown).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });
});
