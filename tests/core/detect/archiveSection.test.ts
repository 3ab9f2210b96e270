import { namesArchive } from '../../../src/core/detect/archive';
import { rawActions, type RowLayout } from '../../../src/core/detect/rows';
import type { CellValue } from '../../../src/core/types';

const HEADER = ['Ref', 'Action', 'Owner', 'Due date', 'Status'];
const layout = (rows: readonly (readonly CellValue[])[]): RowLayout => ({
  columns: { ref: 0, action: 1, lead: 2, timeframe: 3, status: 4 }, extraStatus: [], headerIndex: 0, lastIndex: rows.length - 1, skip: new Set(),
});
const refs = (rows: CellValue[][]): unknown[] => rawActions(rows, layout(rows)).map((a) => a.cells.ref?.[0]?.value);

describe('a second table on the sheet under the live one', () => {
  it('ends the live actions when it is headed as their archive ("Closed actions") and repeats the header', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['MQ-31', 'Review falls on Ward 7', 'Ward Manager', '12/09/2024', 'Open'],
      ['MQ-35', 'Confirm discharge lounge cover', 'Clinical Director', '10/10/2024', 'Open'],
      [], [],
      ['Closed actions'],
      HEADER,
      ['MQ-22', 'Share the pressure ulcer review', 'TV Lead', '13/06/2024', 'Closed'],
    ];
    expect(refs(rows)).toEqual(['MQ-31', 'MQ-35']);
  });

  it('is read on, under its heading, when that heading names no archive', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['E1', 'Replace the fire doors', 'Estates', '31/03/2025', 'Open'],
      ['Workforce actions'],
      HEADER,
      ['W1', 'Recruit two discharge coordinators', 'GM', '31/01/2025', 'Open'],
    ];
    const actions = rawActions(rows, layout(rows));
    expect(actions.map((a) => [a.cells.ref?.[0]?.value, a.heading])).toEqual([['E1', null], ['W1', 'Workforce actions']]);
  });

  it('keeps actions listed under a "Completed" heading when no header is repeated: a plan grouped by status', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['1', 'Publish the strategy', 'Ann', '31/03/2025', 'On track'],
      ['Completed'],
      ['2', 'Agree the terms of reference', 'Bo', '30/06/2024', 'Complete'],
    ];
    expect(refs(rows)).toEqual(['1', '2']);
  });

  it('keeps the actions under a header reprinted after a page break, below an archive heading\'s own actions', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['Completed'],
      ['1', 'Agree the terms of reference', 'Bo', '30/06/2024', 'Complete'],
      HEADER,
      ['2', 'Publish the strategy', 'Ann', '31/03/2025', 'Complete'],
    ];
    expect(refs(rows)).toEqual(['1', '2']);
  });
});

describe('namesArchive', () => {
  it.each([['Closed actions', true], ['Archive 2023-24', true], ['Completed', true], ['Action log', false], ['Workforce', false]])('%s → %s', (name, expected) => {
    expect(namesArchive(name)).toBe(expected);
  });
});
