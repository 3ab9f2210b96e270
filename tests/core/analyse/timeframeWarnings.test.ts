import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';
import { parseTimeframe } from '../../../src/core/timeframe';

/*
 * The warning on a time frame the tool cannot read (code 'unparseable_timeframe', SPEC 3 and 9)
 * says what is wrong: a day its month does not have is named, rather than the user being asked
 * to write the format they already used. Read on 1 October 2024.
 */

const settings = defaultSettings('2024-10-01');

function warnings(rows: CellValue[][]): [string | null, string, string][] {
  const grid: SheetGrid = { name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false };
  const issues = analyseWorkbook([grid], settings).trackers[0]?.issues ?? [];
  return issues.filter((i) => i.code === 'unparseable_timeframe' || i.code === 'date_out_of_range').map((i) => [i.cell, i.code, i.message]);
}

describe('a time frame typed as an impossible date', () => {
  it('says the date is not real and why, keeping the code', () => {
    expect(warnings([
      ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
      ['1', 'Publish the plan', 'CEO', '31/11/2024', 'On track'],
      ['2', 'Agree the budget', 'DoF', '30/02/25', 'On track'],
      ['3', 'Open the hub', 'COO', '31st June 2025', 'On track'],
    ])).toEqual([
      ['D2', 'unparseable_timeframe', 'The time frame "31/11/2024" of this action is not a real date (November has 30 days); check the day.'],
      ['D3', 'unparseable_timeframe', 'The time frame "30/02/25" of this action is not a real date (February 2025 has 28 days); check the day.'],
      ['D4', 'unparseable_timeframe', 'The time frame "31st June 2025" of this action is not a real date (June has 30 days); check the day.'],
    ]);
  });

  it('names the step when the action has several', () => {
    expect(warnings([
      ['Action', 'Next steps', 'Lead', 'Due date', 'Status'],
      ['Publish the plan', '1. Draft\n2. Approve', 'CEO', '30/11/2024\n31/11/2024', 'On track\nNot started'],
    ])).toEqual([['D2', 'unparseable_timeframe', 'The time frame "31/11/2024" of step 2 of 2 is not a real date (November has 30 days); check the day.']]);
  });
});

describe('other time frames and dates it cannot use', () => {
  it('asks for a readable format for text that is no date', () => {
    expect(warnings([
      ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
      ['1', 'Publish the plan', 'CEO', 'Whenever possible', 'On track'],
    ])).toEqual([
      ['D2', 'unparseable_timeframe', 'The time frame "Whenever possible" of this action is not a date this tool can read; write it like "End of Oct 2024", "2024-25 Q3" or "31/10/2024".'],
    ]);
  });

  it('names both readings of "end of year", which it leaves unread', () => {
    expect(warnings([
      ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
      ['1', 'Publish the plan', 'CEO', 'End of year', 'On track'],
    ])).toEqual([
      ['D2', 'unparseable_timeframe', 'The time frame "End of year" of this action is unclear: it could be 31 December or the financial year\'s end, 31 March; write "End of Dec 2024" or "Year end 2024/25".'],
    ]);
  });

  // A fixed "End of Nov 22" read in 2026 is 22 Nov (a two-digit year over three years off is a day, SPEC 3).
  it.each(['2022-11-03', '2026-12-07', '2027-03-24', '2031-06-30'])('gives examples that read as the end of the month at %s', (asOf) => {
    const grid: SheetGrid = { name: 'Plan', rows: [['Action', 'Due date', 'Status'], ['Publish the plan', 'Whenever possible', 'On track']], merges: [], tables: [], hidden: false, protected: false };
    const message = analyseWorkbook([grid], defaultSettings(asOf)).trackers[0]?.issues.find((i) => i.code === 'unparseable_timeframe')?.message ?? '';
    const quoted = [...message.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '').slice(1);
    const monthEnd = new Date(Date.UTC(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)), 0)).toISOString().slice(0, 10);
    expect(quoted).toHaveLength(3);
    expect(quoted.map((text) => parseTimeframe(text, asOf).end)).toEqual([monthEnd, expect.any(String), monthEnd]);
    expect(parseTimeframe(quoted[1] ?? '', asOf).kind).toBe('quarter');
  });

  it('says a date outside 2000–2100 in the same order', () => {
    expect(warnings([
      ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
      ['1', 'Publish the plan', 'CEO', '31/03/1999', 'On track'],
    ])).toEqual([['D2', 'date_out_of_range', 'The date 31 Mar 1999 of this action is before 2000 or after 2100; check the year.']]);
  });
});
