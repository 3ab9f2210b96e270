import { fractionColumns } from '../../../src/core/analyse/numberScale';
import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { readConfidence } from '../../../src/core/rollup/confidence';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/types';

const analyse = (rows: CellValue[][]) =>
  analyseWorkbook([{ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false }], defaultSettings('2022-11-03')).trackers[0];

describe('fractionColumns: progress and confidence columns typed as fractions (SPEC 9: percentages above 100)', () => {
  it('finds a column whose numbers are mostly between 0 and 1, counting 1 (100%) and numbers stored as text', () => {
    expect(fractionColumns([[0.8], [0.5], [1.2]], [0], 0, 2)).toEqual(new Set([0]));
    expect(fractionColumns([[1], ['0.25'], [2]], [0], 0, 2)).toEqual(new Set([0]));
  });

  it('leaves a column of whole percentages, a tie, and cells formatted as percentages (their text) as they are', () => {
    expect(fractionColumns([[80], [50], [1.2]], [0], 0, 2)).toEqual(new Set());
    expect(fractionColumns([[0.5], [1.2]], [0], 0, 1)).toEqual(new Set());
    expect(fractionColumns([['80%'], ['50%'], [1.2]], [0], 0, 2)).toEqual(new Set());
  });

  it('counts only the rows asked for, ignores zeros, words and unmapped roles', () => {
    expect(fractionColumns([['Progress'], [0.8], [0], ['High'], [1.5]], [0, -1], 1, 4)).toEqual(new Set());
    expect(fractionColumns([[0.1], [0.8], [0.9], [1.5]], [0], 1, 3)).toEqual(new Set([0]));
  });
});

describe('readConfidence in a column of fractions', () => {
  it('says a bare number above 1 is a fraction over 1, not a percentage', () => {
    expect(readConfidence(1.2, true)).toEqual({ value: null, problem: 'fraction_above_one' });
    expect(readConfidence('1.2', true)).toEqual({ value: null, problem: 'fraction_above_one' });
    expect(readConfidence(1.2)).toEqual({ value: expect.closeTo(0.012, 12), problem: null });
  });

  it('reads 2 and above as a whole percentage, as elsewhere: 50 beside fractions is 50%, not 5,000%', () => {
    expect(readConfidence(50, true)).toEqual({ value: 0.5, problem: null });
    expect(readConfidence(2, true)).toEqual({ value: 0.02, problem: null });
    expect(readConfidence(1.99, true)).toEqual({ value: null, problem: 'fraction_above_one' });
  });

  it('reads fractions, 1, words and text with a per cent sign as before', () => {
    expect(readConfidence(0.8, true)).toEqual({ value: 0.8, problem: null });
    expect(readConfidence(1, true)).toEqual({ value: 1, problem: null });
    expect(readConfidence('High', true)).toEqual({ value: 0.9, problem: null });
    expect(readConfidence('12%', true)).toEqual({ value: 0.12, problem: null });
  });
});

describe('a sheet whose % complete is typed as fractions', () => {
  const rows: CellValue[][] = [
    ['Action', 'Lead', 'Time frame', 'Status', '% complete'],
    ['Publish the plan', 'Ann', 'March 2023', 'On track', 0.8],
    ['Recruit', 'Bo', 'March 2023', 'On track', 0.5],
    ['Train staff', 'Cy', 'March 2023', 'On track', 1.2],
  ];

  it('reports 1.2 as 120%, out of range, at its cell, and does not use it', () => {
    const tracker = analyse(rows);
    const issue = tracker?.issues.find((i) => i.code === 'percent_out_of_range');
    expect(issue?.cell).toBe('E4');
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toBe('The progress value "1.2" is 120%, as this column\'s other numbers are fractions (0.8 for 80%): outside 0–100%, so it is not used.');
    expect(tracker?.actions.map((a) => a.progress)).toEqual([0.8, 0.5, null]);
  });

  it('reads 1.2 beside whole percentages as 1.2%, as before', () => {
    const percents = rows.map((row, i) => (i === 1 ? [...row.slice(0, 4), 80] : i === 2 ? [...row.slice(0, 4), 50] : row));
    const tracker = analyse(percents);
    expect(tracker?.issues.some((i) => i.code === 'percent_out_of_range')).toBe(false);
    expect(tracker?.actions[2]?.progress).toBeCloseTo(0.012, 12);
  });
});
