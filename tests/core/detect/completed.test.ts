import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { readHeader } from '../../../src/core/detect/columns';
import { isDateCell, withCompletion } from '../../../src/core/detect/completed';
import { findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'IPC plan', rows, merges: [], tables: [], hidden: false, protected: false });
const HEADER = ['No.', 'Action', 'Responsible', 'Target date', 'Status', 'Date completed', 'Comments'];
const date = (iso: string): CellValue => ({ kind: 'date', iso });

describe('a "Date completed" column beside the status', () => {
  it('is read beside the status, not left unmapped or taken as the deadline', () => {
    const reading = readHeader(HEADER);
    expect(reading.columns.timeframe).toBe(3);
    expect(reading.extraStatus).toEqual([5, 6]);
    expect(reading.completed).toEqual([5]);
  });

  it.each([
    [['Action', 'Lead', 'Due', 'Update', 'Date closed'], [4]],
    [['Action', 'Lead', 'Due', 'Update', 'Actual completion date (dd/mm/yy)'], [4]],
    [['Action', 'Lead', 'Due', 'Update', 'Completed (Y/N)'], [4]],
    [['Action', 'Lead', 'Due', 'Completed'], [3]],
  ])('finds the completion column of %j', (header, completed) => {
    expect(readHeader(header).completed).toEqual(completed);
  });

  it('is not looked for under other date headers', () => {
    expect(readHeader(['Action', 'Lead', 'Completion date', 'Date raised', 'Status']).completed).toBeUndefined();
  });

  it('closes an action whose lead dated it done but left its status open (SPEC 2.2)', () => {
    const rows: CellValue[][] = [
      HEADER,
      [3, 'Replace sinks in ICU', 'Estates Manager', date('2024-10-31'), 'In progress', date('2024-11-08'), 'Works finished 8 Nov.'],
      [4, 'Roll out cleanliness star ratings', 'Head of Facilities', date('2024-09-30'), 'Open', '27/09/2024', null],
      [6, 'Train ward staff on wipes', 'IPC Nurse', date('2024-08-31'), 'Delayed', null, 'Supply issue.'],
      [7, 'Update outbreak policy', 'DIPC', date('2024-11-29'), 'Not started', 'N/A', null],
    ];
    const settings = defaultSettings('2024-11-20');
    const actions = analyseSheet(grid(rows), settings, createParsers(settings))?.actions ?? [];
    expect(actions.map((a) => a.rating)).toEqual(['complete', 'complete', 'red', 'amber']);
  });

  it('still reads the dates of a confirmed mapping\'s completion column', () => {
    const rows: CellValue[][] = [HEADER, [3, 'Replace sinks', 'Estates', date('2024-10-31'), 'In progress', date('2024-11-08'), null]];
    const mapped = findHeader(grid(rows), { headerRow: 1, columns: { action: 'B', lead: 'C', timeframe: 'D', status: 'E' } });
    expect(mapped?.reading.completed).toEqual([5]);
    expect(mapped?.reading.extraStatus).toContain(5);
  });
});

describe('withCompletion', () => {
  it('reads a date in a completion column as "Completed"', () => {
    expect(withCompletion(['Fit sinks', 'In progress', date('2024-11-08')], [2])).toEqual(['Fit sinks', 'In progress', 'Completed']);
  });

  it('leaves a row without a date there as it is, uncopied', () => {
    const row: CellValue[] = ['Fit sinks', 'In progress', 'N/A'];
    expect(withCompletion(row, [2])).toBe(row);
  });
});

describe('isDateCell', () => {
  it.each<[CellValue, boolean]>([
    [date('2024-11-08'), true], ['08/11/2024', true], ['2024-11-08', true], ['8 Nov 2024', true], ['November 2024', true],
    [45604, true], [1, false], ['In progress', false], ['N/A', false], ['Yes', false], [true, false], [null, false],
  ])('%j → %j', (value, expected) => {
    expect(isDateCell(value)).toBe(expected);
  });
});
