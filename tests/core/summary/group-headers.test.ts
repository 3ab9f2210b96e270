import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { defaultSettings } from '../../../src/core/settings';
import { summaryModel, summarySheetPlan, summaryTables } from '../../../src/core/summary';
import type { CellValue, Tracker } from '../../../src/core/types';
import { summaryMarkdown } from '../../../src/export';

/*
 * A plan grouped by PCN, Directorate or Programme heads Table One's group columns with its own
 * words: "Objective" over a list of PCNs puzzled board readers.
 */
const settings = defaultSettings('2023-12-01');

function sheet(name: string, rows: CellValue[][]): Tracker {
  const tracker = analyseSheet({ name, rows, merges: [], tables: [], hidden: false, protected: false }, settings, createParsers(settings));
  if (tracker === null) throw new Error('no tracker found');
  return tracker;
}

const byPcn = (name = 'PCARP', header = 'PCN') =>
  sheet(name, [
    [header, 'Action', 'Lead', 'Due date', 'Status'],
    ['North PCN', 'All practices live on cloud telephony', 'Digital lead', '31/10/2023', 'Delayed'],
    ['South PCN', 'All practices live on cloud telephony', 'Digital lead', '31/10/2023', 'On track'],
  ]);

const headers = (trackers: Tracker[], workbooks?: string[]) => summaryTables(summaryModel(trackers, settings, [], { workbooks })).tableOne.headers;

describe("Table One's group columns", () => {
  it("are headed with the column's own header when the groups come from a column", () => {
    expect(headers([byPcn()]).slice(0, 2)).toEqual(['PCN', 'Actions']);
    expect(summaryMarkdown(summaryModel([byPcn()], settings))).toContain('| PCN | Actions | Complete |');
  });

  it('keep "Objective" where the groups come from heading rows, and head an ambition column with its own header', () => {
    const plan = sheet('Delivery plan', [
      ['Ref', 'Programme', 'Action', 'Lead', 'Due date', 'Status'],
      ['PORTFOLIO 1 – DIGITAL FOUNDATIONS', null, null, null, null, null],
      ['DF01', 'Cyber', 'Roll out multi-factor authentication', 'CISO', '31/03/2024', 'On track'],
      ['DF02', 'Networks', 'Replace the core switches', 'Head of IT', '31/10/2023', 'Delayed'],
    ]);
    expect(plan.columns.objective).toBeUndefined();
    const model = summaryModel([plan], settings);
    expect(summaryTables(model).tableOne.headers.slice(0, 3)).toEqual(['Objective', 'Programme', 'Actions']);
    // The sheet keeps the Ambition column of its own, though its header no longer says "Ambition".
    const sheetPlan = summarySheetPlan(model);
    const at = sheetPlan.rows.findIndex((r) => r[0]?.value === 'Objective');
    expect(sheetPlan.rows[at]?.[1]?.value).toBe('Programme');
  });

  it('are headed with the header every tracker of a roll-up gives, else with the default words', () => {
    expect(headers([byPcn('Plan A'), byPcn('Plan B')], ['a.xlsx', 'b.xlsx']).slice(0, 2)).toEqual(['Workbook', 'PCN']);
    expect(headers([byPcn('Plan A'), byPcn('Plan B', 'Locality')], ['a.xlsx', 'b.xlsx']).slice(0, 2)).toEqual(['Workbook', 'Objective']);
  });

  it('keep the columns the renderers size by under the words of TABLE_ONE_HEADERS', () => {
    expect(summaryTables(summaryModel([byPcn()], settings)).tableOne.keys?.slice(0, 2)).toEqual(['Objective', 'Actions']);
  });
});
