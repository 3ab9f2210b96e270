import { actionKey, completedSince, trendOf } from '../../../src/core/rating/trend';
import type { Rating, Trend } from '../../../src/core/types';

describe('trendOf: against the previous snapshot (SPEC 5.2)', () => {
  it.each<[Rating, Rating, Trend]>([
    ['red', 'red', 'same'],
    ['red', 'amber', 'up'],
    ['red', 'green', 'up'],
    ['red', 'complete', 'up'],
    ['amber', 'red', 'down'],
    ['amber', 'amber', 'same'],
    ['amber', 'green', 'up'],
    ['amber', 'complete', 'up'],
    ['green', 'red', 'down'],
    ['green', 'amber', 'down'],
    ['green', 'green', 'same'],
    ['green', 'complete', 'up'],
    ['complete', 'red', 'down'],
    ['complete', 'amber', 'down'],
    ['complete', 'green', 'down'],
    ['complete', 'complete', 'same'],
  ])('%s then %s is %s', (previous, current, trend) => {
    expect(trendOf(previous, current)).toBe(trend);
  });

  it.each<Rating>(['complete', 'green', 'amber', 'red', 'not_rated'])('is new for a %s action with no earlier rating', (current) => {
    expect(trendOf(undefined, current)).toBe('new');
    expect(trendOf(null, current)).toBe('new');
  });

  it.each<[Rating, Rating]>([
    ['not_rated', 'red'],
    ['not_rated', 'amber'],
    ['not_rated', 'green'],
    ['not_rated', 'complete'],
    ['not_rated', 'not_rated'],
    ['red', 'not_rated'],
    ['amber', 'not_rated'],
    ['green', 'not_rated'],
    ['complete', 'not_rated'],
  ])('treats Not rated as neither better nor worse: %s then %s is the same', (previous, current) => {
    expect(trendOf(previous, current)).toBe('same');
  });
});

describe('completedSince: "Completed since last meeting"', () => {
  const previous = new Map<string, Rating>([
    ['1', 'green'],
    ['2', 'complete'],
    ['3', 'not_rated'],
    ['4', 'red'],
  ]);

  it('counts actions that were open before and are Complete now', () => {
    const current = new Map<string, Rating>([
      ['1', 'complete'],
      ['2', 'complete'],
      ['3', 'complete'],
      ['4', 'amber'],
    ]);
    expect(completedSince(previous, current)).toBe(2);
  });

  it('does not count actions that were already complete, or are new this time', () => {
    const current = new Map<string, Rating>([
      ['2', 'complete'],
      ['15', 'complete'],
    ]);
    expect(completedSince(previous, current)).toBe(0);
  });

  it('is 0 on a first refresh with no history', () => {
    expect(completedSince(new Map(), new Map([['1', 'complete']]))).toBe(0);
  });
});

describe('actionKey: an action keeps its identity across refreshes (SPEC 5.2)', () => {
  it('uses the ref when present, trimmed and case-folded', () => {
    expect(actionKey(' 12A ', 'Recruitment of the successor to the lay member')).toBe('12a');
    expect(actionKey('Ref  3', 'x')).toBe('ref 3');
  });

  it('falls back to the action text when the ref is missing or blank', () => {
    expect(actionKey(null, 'Recruitment of the successor to the lay member')).toBe('recruitment of the successor to the lay member');
    expect(actionKey('   ', 'Recruitment of the successor to the lay member')).toBe('recruitment of the successor to the lay member');
  });

  it('ignores case, markup, punctuation and line wrapping in the action text', () => {
    const pasted = "<p>Include a formal 'you said / we did' report</p>\n which is included in the board minutes &amp; published.";
    const typed = 'Include a formal “You said, we did” report which is included in the board minutes & published';
    expect(actionKey(null, pasted)).toBe('include a formal you said we did report which is included in the board minutes published');
    expect(actionKey(null, typed)).toBe(actionKey(null, pasted));
  });

  it('keeps letters and digits of any script', () => {
    expect(actionKey(null, 'Café 2023-24 plan')).toBe('café 2023 24 plan');
  });
});
