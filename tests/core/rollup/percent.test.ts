import { percentLabel } from '../../../src/core/rollup/percent';

describe('percentLabel: whole percentages, rounded half up (SPEC 5.3)', () => {
  it.each<[number, string]>([
    [0, '0%'],
    [1, '100%'],
    [0.75, '75%'],
    [0.125, '13%'],
    [0.005, '1%'],
    [0.004, '0%'],
    [0.285, '29%'],
    [0.145, '15%'],
    [0.575, '58%'],
    [0.115, '12%'],
    [1.005, '101%'],
    [0.1 + 0.2, '30%'],
    [0.9375, '94%'],
    [11.7 / 12, '98%'],
    [2 / 3, '67%'],
    [1 / 3, '33%'],
    [1e-7, '0%'],
  ])('shows %p as %s', (fraction, label) => {
    expect(percentLabel(fraction)).toBe(label);
  });

  it('rounds every exact half up, despite binary floating point', () => {
    for (let n = 0; n < 100; n += 1) {
      expect(percentLabel((n + 0.5) / 100)).toBe(`${n + 1}%`);
    }
  });

  it('shows a dash when there is nothing to show', () => {
    expect(percentLabel(null)).toBe('—');
    expect(percentLabel(Number.NaN)).toBe('—');
  });
});
