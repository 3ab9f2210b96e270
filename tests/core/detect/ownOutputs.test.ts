import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { ownOutputs } from '../../../src/core/detect/ownOutputs';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * SPEC 2.4 finds the product's columns again by their headers; "RAG", "Next due" and "Trend" are
 * also headers a team gives its own columns. On a first refresh (no block of the product's columns
 * yet) they are the team's, read as input where they name a role, and the product's go to the right.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });
const tracker = (rows: CellValue[][]) => analyseWorkbook([grid(rows)], defaultSettings('2023-06-15')).trackers[0];

describe('ownOutputs', () => {
  it('takes nothing for the product before it has written its block', () => {
    expect([...ownOutputs(['Ref', 'Action', 'Lead', 'Next due', 'Status', 'Trend'])]).toEqual([]);
  });

  it('finds its block again, and only the headers in it', () => {
    expect([...ownOutputs(['Action', 'Next due', 'Trend', 'RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend'])]).toEqual([
      [3, 'RAG'], [4, 'RAG reason'], [5, 'Meeting focus'], [6, 'Next due'], [7, 'Trend'],
    ]);
  });

  it('keeps a lone RAG the lead\'s even beside the block', () => {
    expect(ownOutputs(['Action', 'RAG', 'Status', 'RAG', 'RAG reason']).get(1)).toBeUndefined();
  });
});

describe("a team's own Next due and Trend columns", () => {
  const rows: CellValue[][] = [
    ['Ref', 'Action', 'Lead', 'Next due', 'Status', 'Trend'],
    ['1', 'Publish the plan', 'Ann', { kind: 'date', iso: '2023-01-01' }, 'On track', 'improving'],
    ['2', 'Agree the budget', 'Bob', '1/12/23', 'Not started', 'same'],
  ];

  it('are not taken as the product\'s columns on a first refresh', () => {
    expect(tracker(rows)?.outputColumns).toEqual({ RAG: 6, 'RAG reason': 7, 'Meeting focus': 8, 'Next due': 9, Trend: 10 });
  });

  it('are read as input: "Next due" is the time frame', () => {
    const t = tracker(rows);
    expect(t?.columns.timeframe).toBe(3);
    expect(t?.actions.map((a) => [a.ref, a.nextDue, a.rating])).toEqual([
      ['1', '2023-01-01', 'red'],
      ['2', '2023-12-01', 'green'],
    ]);
  });

  it('stay the team\'s on the next refresh, beside the product\'s block', () => {
    const refreshed = rows.map((row, i) => [...row, ...(i === 0 ? ['RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend'] : ['Red', 'x', 'Next step', null, '●'])]);
    const t = tracker(refreshed);
    expect(t?.outputColumns).toEqual({ RAG: 6, 'RAG reason': 7, 'Meeting focus': 8, 'Next due': 9, Trend: 10 });
    expect(t?.columns.timeframe).toBe(3);
  });
});
