import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';
import { isSerialText } from '../../../src/core/timeframe/serial';

/*
 * A due date that lost its date format (a General cell, a paste of values, a CSV import) shows
 * on the sheet as a bare number, 46400, while the tool reads it as the day it stands for. The
 * rating is right, but the board reading the sheet sees a number: the tool says so, at the
 * cell (code 'number_as_date'). Read on 1 October 2024.
 */

const settings = defaultSettings('2024-10-01');

function numberWarnings(rows: CellValue[][]): [string | null, string][] {
  const grid: SheetGrid = { name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false };
  const issues = analyseWorkbook([grid], settings).trackers[0]?.issues ?? [];
  return issues.filter((i) => i.code === 'number_as_date').map((i) => [i.cell, i.message]);
}

describe('a due date held as a number', () => {
  it('is read as its day and said to show as a number, for a number cell and for a serial typed as text', () => {
    expect(numberWarnings([
      ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
      ['1', 'Publish the plan', 'CEO', 45657, 'On track'],
      ['2', 'Agree the budget', 'DoF', '45747', 'On track'],
    ])).toEqual([
      ['D2', 'The time frame "45657" is a number, not a date: it is read as 31 Dec 2024, but the sheet shows the number. Format the cell as a date so everyone reading it sees the day.'],
      ['D3', 'The time frame "45747" is a number, not a date: it is read as 31 Mar 2025, but the sheet shows the number. Format the cell as a date so everyone reading it sees the day.'],
    ]);
  });

  it('names the step when a cell lists one number per step, and says a lone number serving every step once', () => {
    expect(numberWarnings([
      ['Ref', 'Action', 'Lead', 'Next steps', 'Due date', 'Status'],
      ['1', 'Publish the plan', 'CEO', 'Draft\nConsult', '45657\nEnd of Jan 25', 'On track'],
      ['2', 'Agree the budget', 'DoF', 'Draft\nApprove', 45747, 'On track'],
    ])).toEqual([
      ['E2', 'The time frame "45657" of step 1 of 2 is a number, not a date: it is read as 31 Dec 2024, but the sheet shows the number. Format the cell as a date so everyone reading it sees the day.'],
      ['E3', 'The time frame "45747" is a number, not a date: it is read as 31 Mar 2025, but the sheet shows the number. Format the cell as a date so everyone reading it sees the day.'],
    ]);
  });

  it('is not said of a real date cell, a written date, a year or a number outside 2000-2100', () => {
    expect(numberWarnings([
      ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
      ['1', 'Publish the plan', 'CEO', { kind: 'date', iso: '2024-12-31' }, 'On track'],
      ['2', 'Agree the budget', 'DoF', '31/03/2025', 'On track'],
      ['3', 'Open the hub', 'COO', 2025, 'On track'],
      ['4', 'Close the ward', 'COO', 99999, 'On track'],
    ])).toEqual([]);
  });
});

describe('isSerialText', () => {
  it.each([['46400', true], ['45627.0', true], ['36526', true], ['2025', false], ['99999', false], ['End of Nov 22', false], ['', false]])('%s: %s', (text, expected) => {
    expect(isSerialText(text)).toBe(expected);
  });
});
