import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/types';

// A board's Table One: one row per ambition, with the progress and confidence the board gave it.
const tableOne = (confidence: CellValue): CellValue[][] => [
  ['Ambition', 'Lead', 'Progress', 'Confidence'],
  ['Reduce waits for elective care', 'COO', 0.5, confidence],
];
const rated = (confidence: CellValue, thresholds = { green: 80, amber: 58 }) =>
  analyseWorkbook([{ name: 'Table One', rows: tableOne(confidence), merges: [], tables: [], hidden: false, protected: false }], { ...defaultSettings('2023-09-30'), confidenceThresholds: thresholds }).trackers[0]?.actions[0];

describe('an ambition rated by the confidence the board gave it', () => {
  it('reaches a threshold it equals, though 0.58 × 100 is 57.99… in binary', () => {
    expect(rated(0.58)?.rating).toBe('amber');
    expect(rated(0.8)?.rating).toBe('green');
    expect(rated(0.579)?.rating).toBe('red');
  });

  it('quotes its figures as Table One shows them, rounded half up', () => {
    expect(rated(0.145, { green: 80, amber: 10 })?.reason).toBe('Amber: Progress 50% as given; confidence in delivery 15% is below 80% but at least 10%.');
  });
});
