import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { cellEntries } from '../../../src/core/analyse/entries';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * Continuation rows (SPEC 2.1) from a PDF page break: each column's cell wraps on its own, so a
 * continuation row's cells are the tails of the cells above and the action reads as it would had
 * the page not broken. A date on the continuation row is one more entry of its cell: where there
 * are more entries than steps (SPEC 2.3) the warning names the cell the extra entry is in, and a
 * date the one step is not rated against is never dropped without a warning naming its cell.
 * Read on 15 June 2023.
 */

const HEADER = ['Ref', 'Action', 'Lead', 'Next steps', 'Time frame', 'Status'];

function analyse(rows: CellValue[][]): ReturnType<typeof analyseWorkbook>['trackers'][number] | undefined {
  const grid: SheetGrid = { name: 'Plan', rows: [HEADER, ...rows], merges: [], tables: [], hidden: false, protected: false };
  return analyseWorkbook([grid], defaultSettings('2023-06-15')).trackers[0];
}

function warned(rows: CellValue[][], code: string): [string | null, string][] {
  return (analyse(rows)?.issues ?? []).filter((i) => i.code === code).map((i) => [i.cell, i.message]);
}

describe('a continuation row whose text carries on a step and adds a date of its own', () => {
  const rows: CellValue[][] = [
    ['2', 'Agree the plan', 'Bob', 'Draft the plan', 'Dec 23', 'On track'],
    [null, null, null, 'with partners', '1/5/23', 'On track'],
  ];

  it('keeps one step, rated against the later date', () => {
    const steps = analyse(rows)?.actions[0]?.steps ?? [];
    expect(steps.map((s) => [s.text, s.timeframe.end])).toEqual([['Draft the plan with partners', '2023-12-31']]);
  });

  it('warns of the date it does not rate against, naming its cell', () => {
    // Before: no warning at all; 1 May 2023 was dropped.
    expect(warned(rows, 'extra_timeframes')).toEqual([
      ['E3', 'The time frame "1/5/23" (1 May 2023) is not used: the action\'s one step has 2 time frames and is rated against 31 Dec 2023. Put each date beside its own next step to rate them separately.'],
    ]);
  });

  it('warns the same of two dates in one cell for one step', () => {
    expect(warned([['2', 'Agree the plan', 'Bob', 'Draft the plan', 'Dec 23\n1/5/23', 'On track']], 'extra_timeframes').map(([cell]) => cell)).toEqual(['E2']);
  });

  it('warns of dates read as a span at the continuation row that added one', () => {
    // Before: E2, "This cell has 2 time frames", though E2 holds one.
    expect(warned([
      ['2', 'Agree the plan', 'Bob', 'Draft the plan', '1/5/23', 'On track'],
      [null, null, null, 'with partners', 'Dec 23', 'On track'],
    ], 'extra_timeframes')).toEqual([
      ['E3', 'This cell adds to the time frames (2 in all) of the action\'s one step, so it is rated against the latest, 31 Dec 2023. Put each date beside its own next step to rate them separately.'],
    ]);
  });

  it('says nothing of a date repeated on the continuation row', () => {
    expect(warned([
      ['2', 'Agree the plan', 'Bob', 'Draft the plan', 'Dec 23', 'On track'],
      [null, null, null, 'with partners', 'Dec 23', 'On track'],
    ], 'extra_timeframes')).toEqual([]);
  });
});

describe('more entries than steps over a continuation row', () => {
  const rows: CellValue[][] = [
    ['2', 'Agree the plan', 'Bob', 'a\nb', 'Dec 23\nDec 23', 'on track\non track'],
    [null, null, null, 'c\nd', '1/5/23\nDec 23', 'Done\non track'],
  ];

  it('names the continuation row\'s cells, which hold the extra entries', () => {
    // Before: E2 and F2, which hold exactly one entry per step they sit beside.
    expect(warned(rows, 'extra_timeframes').map(([cell]) => cell)).toEqual(['E3']);
    expect(warned(rows, 'extra_statuses').map(([cell]) => cell)).toEqual(['F3']);
  });

  it('reads the cells as if the page had not broken them: the n-th entry beside the n-th step', () => {
    // "c" carries on "b"; the four stacked dates are those of one cell "Dec 23\nDec 23\n1/5/23\nDec 23".
    const steps = analyse(rows)?.actions[0]?.steps ?? [];
    expect(steps.map((s) => [s.text, s.timeframeText])).toEqual([['a', 'Dec 23'], ['b c', 'Dec 23'], ['d', '1/5/23']]);
  });
});

describe('a time frame wrapped over a page break', () => {
  it('joins a line that carries on one that cannot end ("End of" / "Nov 22")', () => {
    // Before: two entries, "End of" and "Nov 22".
    expect(cellEntries([{ value: 'End of', row: 4 }, { value: 'Nov 22', row: 5 }], true).map((e) => e.text)).toEqual(['End of Nov 22']);
  });

  it('keeps a full date on the continuation row as an entry of its own', () => {
    expect(cellEntries([{ value: 'End of Nov 22', row: 4 }, { value: 'Dec 22', row: 5 }], true).map((e) => [e.text, e.row])).toEqual([['End of Nov 22', 4], ['Dec 22', 5]]);
  });

  it('gives the step the joined date, not one entry too many', () => {
    // Before: "End of" and "Nov 23" were two entries, three time frames for two steps.
    const rows: CellValue[][] = [
      ['1', 'Agree the plan', 'Bob', 'Draft\nConsult', 'Oct 23\nEnd of', 'On track'],
      [null, null, null, null, 'Nov 23', null],
    ];
    expect((analyse(rows)?.actions[0]?.steps ?? []).map((s) => s.timeframe.end)).toEqual(['2023-10-31', '2023-11-30']);
    expect(warned(rows, 'extra_timeframes')).toEqual([]);
  });
});
