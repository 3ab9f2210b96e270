import { measure } from '../../../src/core/rollup/measures';
import { defaultSettings } from '../../../src/core/settings';
import { action } from './fixtures';

/*
 * SPEC 5.3: a Table One's progress % and confidence % per ambition are carried through as
 * given. A total over ambitions is their mean; an ambition with no confidence figure is left
 * out of the confidence mean rather than counted as 0 %.
 */

const settings = defaultSettings('2023-09-30');

describe('totals of figures given on the sheet', () => {
  it('average confidence over the ambitions that give one', () => {
    const m = measure([action('not_rated', { progress: 1, confidence: 0.8 }), action('not_rated', { progress: 0.5, confidence: null })], settings);
    expect(m).toMatchObject({ given: true, progress: 0.75, confidence: 0.8, overall: 'amber' });
  });

  it('have no confidence, and are Not rated, when no ambition gives one', () => {
    expect(measure([action('not_rated', { progress: 1 }), action('not_rated', { progress: 0.9 })], settings)).toMatchObject({ given: true, progress: 0.95, confidence: null, overall: 'not_rated' });
  });

  it('use a given confidence of 0 % as a figure, not as missing', () => {
    expect(measure([action('not_rated', { progress: 0, confidence: 0 }), action('not_rated', { progress: 1, confidence: 1 })], settings)).toMatchObject({ progress: 0.5, confidence: 0.5, overall: 'red' });
  });
});
