import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { readHeader } from '../../../src/core/detect/columns';
import { withRevisedDate } from '../../../src/core/detect/revised';
import { findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });
const HEADER = ['Ref', 'Action', 'Lead', 'Target date', 'Revised target date', 'Update'];

describe('a "Revised target date" column beside the time frame column', () => {
  it('is read as the time frame\'s revision, not reported as a second time frame column', () => {
    const reading = readHeader(HEADER);
    expect(reading.columns.timeframe).toBe(3);
    expect(reading.revisedTimeframe).toBe(4);
    expect(reading.duplicates).toEqual([]);
  });

  it.each([
    [['Recommendation', 'Responsible officer', 'Original implementation date', 'Revised implementation date', 'Status'], 2, 3],
    [['Action', 'Lead', 'Due date', 'Expected completion', 'Update'], 2, 3],
    [['Action', 'Lead', 'Target date', 'Forecast end date', 'Update'], 2, 3],
    [['Action', 'Lead', 'New deadline', 'Deadline', 'Update'], 3, 2],
  ])('pairs the columns of %j', (header, timeframe, revised) => {
    const reading = readHeader(header);
    expect([reading.columns.timeframe, reading.revisedTimeframe]).toEqual([timeframe, revised]);
  });

  it('is the time frame column when it stands alone', () => {
    const reading = readHeader(['Action', 'Lead', 'Revised deadline']);
    expect(reading.columns.timeframe).toBe(2);
    expect(reading.revisedTimeframe).toBeUndefined();
  });

  it('gives the revised date as the deadline where it is filled, re-dated, and the target date elsewhere', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['1', 'Install fridge monitoring', 'Chief Pharmacist', 'End of Jan 24', { kind: 'date', iso: '2024-04-30' }, 'Delayed by supplier'],
      ['2', 'Review lone working policy', 'HR', '31/05/2024', null, 'On track'],
      ['3', 'Publish dementia strategy', 'Dementia Lead', null, 'June 2024', 'On track'],
    ];
    const settings = defaultSettings('2024-03-14');
    const actions = analyseSheet(grid(rows), settings, createParsers(settings))?.actions ?? [];
    expect(actions.map((a) => [a.steps[0]?.timeframe.end, a.steps[0]?.timeframe.redated])).toEqual([
      ['2024-04-30', true],
      ['2024-05-31', false],
      ['2024-06-30', false],
    ]);
    expect(actions[1]?.reason).toMatch(/^Green: .*31 May 2024/);
  });

  it('still revises a confirmed mapping\'s time frame, unless the mapping gives the column a role of its own', () => {
    const rows = [HEADER, ['1', 'Plan', 'Ann', 'End of Jan 24', 'End of Apr 24', 'Delayed']];
    const mapped = findHeader(grid(rows), { headerRow: 1, columns: { action: 'B', lead: 'C', timeframe: 'D', status: 'F' } });
    expect(mapped?.reading.revisedTimeframe).toBe(4);
    const own = findHeader(grid(rows), { headerRow: 1, columns: { action: 'B', lead: 'C', timeframe: 'E', status: 'F' } });
    expect(own?.reading.revisedTimeframe).toBeUndefined();
  });
});

describe('withRevisedDate', () => {
  it.each<[CellValue[], CellValue]>([
    [['Plan', 'End of Jan 24', '30/04/2024'], 'End of Jan 24 revised to 30/04/2024'],
    [['Plan', null, 'April 24'], 'April 24'],
    [['Plan', { kind: 'date', iso: '2024-01-31' }, { kind: 'date', iso: '2024-04-30' }], '2024-01-31 revised to 2024-04-30'],
  ])('reads %j as %j', (row, expected) => {
    expect(withRevisedDate(row, 1, 2)[1]).toBe(expected);
  });

  it('leaves the row as it is when the revised cell is blank or an error', () => {
    const blank: CellValue[] = ['Plan', 'End of Jan 24', '  '];
    expect(withRevisedDate(blank, 1, 2)).toBe(blank);
    const error: CellValue[] = ['Plan', 'End of Jan 24', { kind: 'error', code: '#REF!' }];
    expect(withRevisedDate(error, 1, 2)).toBe(error);
  });
});
