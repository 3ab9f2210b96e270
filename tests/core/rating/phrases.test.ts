import { stepSubject, timeframePhrase } from '../../../src/core/rating/phrases';

describe('how a reason names a step and its time frame', () => {
  it('reads a dash, which keeps a step\'s place in a multi-entry cell, as no time frame rather than quoting it', () => {
    expect(timeframePhrase('-')).toBe('no time frame');
    expect(timeframePhrase(' – ')).toBe('no time frame');
    expect(timeframePhrase('TBC')).toBe('the time frame "TBC"');
  });

  it('names a step written as a dash by its position alone', () => {
    expect(stepSubject('-', 2, 3)).toBe('step 2 of 3');
    expect(stepSubject('Recruit chair', 2, 3)).toBe('step 2 of 3 "Recruit chair"');
  });
});
