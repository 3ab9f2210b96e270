import { readConfidence } from '../../../src/core/rollup/confidence';

describe('readConfidence: a confidence or progress cell as a fraction (SPEC 5.3)', () => {
  it.each<[number, number]>([
    [0, 0],
    [0.75, 0.75],
    [1, 1],
    [80, 0.8],
    [100, 1],
    [1.5, 0.015],
  ])('reads the number %p as %p (0..1 as Excel stores percentages, above 1 as a percentage)', (cell, value) => {
    expect(readConfidence(cell)).toEqual({ value: expect.closeTo(value, 12), problem: null });
  });

  it.each<[string, number]>([
    ['75%', 0.75],
    ['75 %', 0.75],
    [' 100% ', 1],
    ['0%', 0],
    ['12.5%', 0.125],
    ['0.9', 0.9],
    ['90', 0.9],
    ['.5', 0.5],
  ])('reads the text "%s" as %p', (cell, value) => {
    expect(readConfidence(cell)).toEqual({ value: expect.closeTo(value, 12), problem: null });
  });

  it.each<[string, number]>([
    ['High', 0.9],
    ['medium', 0.6],
    ['LOW', 0.3],
    ['H', 0.9],
    ['M', 0.6],
    ['l', 0.3],
    ['Very high', 0.9],
    ['Moderate', 0.6],
    // A colour reads as its band's level, so the confidence thresholds give the colour back.
    ['Green', 0.9],
    ['Amber', 0.6],
    ['red', 0.3],
  ])('reads "%s" as %p', (cell, value) => {
    expect(readConfidence(cell)).toEqual({ value, problem: null });
  });

  it('treats a blank cell as not given, without a problem', () => {
    expect(readConfidence(null)).toEqual({ value: null, problem: null });
    expect(readConfidence('  ')).toEqual({ value: null, problem: null });
  });

  it.each<[string | number]>([[120], [-5], [-0.1], ['120%'], ['-5%'], ['101']])('reports %p as out of range', (cell) => {
    expect(readConfidence(cell)).toEqual({ value: null, problem: 'out_of_range' });
  });

  it.each<[string | number]>([['fairly sure'], ['#N/A'], ['75%%'], ['1,000'], [Number.NaN], [Number.POSITIVE_INFINITY], ['High-ish']])(
    'reports %p as not a number',
    (cell) => {
      expect(readConfidence(cell)).toEqual({ value: null, problem: 'not_a_number' });
    },
  );
});
