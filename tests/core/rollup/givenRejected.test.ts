import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, Group } from '../../../src/core/types';

/*
 * SPEC 5.3 and 9: a Table One's progress per ambition is carried through as given and checked;
 * a figure above 100 % is an error and is not used. The ambition then has no progress: it must
 * not be worked out from its rating (a Green ambition would print 100 %, the very figure the
 * product rejected), and the totals are the mean of the figures that remain, the same way at
 * every level, so the grand total reconciles with the objective totals above it.
 */

const settings = defaultSettings('2023-06-15');

function groupsOf(rows: CellValue[][]): Group[] {
  const grid = { name: 'Table One', rows, merges: [], tables: [], hidden: false, protected: false };
  return analyseWorkbook([grid], settings).trackers[0]?.groups ?? [];
}

const HEADER = ['Strategic objective', 'Ambition', 'Progress', 'Confidence'];
const board = groupsOf([
  HEADER,
  // 1.2 formatted 0% reaches the engine as the text Excel shows.
  ['O1', 'A1', '120%', '90%'],
  ['O1', 'A2', 0.5, '150%'],
  ['O1', 'A3', 120, 95],
  ['O2', 'A4', '85', '90'],
  ['O2', 'A5', 0.5, 0.7],
  ['O2', 'A6', 80, 60],
]);
const find = (objective: string | null, ambition: string | null): Group | undefined => board.find((g) => g.objective === objective && g.ambition === ambition);

describe('a Table One ambition whose progress is rejected', () => {
  it('has no progress, though its confidence rates it Green', () => {
    expect(find('O1', 'A1')).toMatchObject({ given: true, progress: null, confidence: 0.9, overall: 'green' });
    expect(find('O1', 'A3')).toMatchObject({ given: true, progress: null, confidence: 0.95, overall: 'green' });
  });

  it('is left out of its objective total, which is the mean of the figures that remain', () => {
    expect(find('O1', null)).toMatchObject({ given: true, progress: 0.5 });
  });
});

describe('totals of given figures reconcile at every level', () => {
  it('makes the grand total the mean of every ambition figure used, as the objective totals are', () => {
    const used = [0.5, 0.85, 0.5, 0.8];
    expect(find('O2', null)?.progress).toBeCloseTo((0.85 + 0.5 + 0.8) / 3, 12);
    expect(board.at(-1)).toMatchObject({ objective: null, ambition: null, given: true });
    expect(board.at(-1)?.progress).toBeCloseTo(used.reduce((a, b) => a + b, 0) / used.length, 12);
  });

  it('keeps a Table One with no progress column worked out from its ratings', () => {
    const counted = groupsOf([['Strategic objective', 'Ambition', 'Confidence'], ['O1', 'A1', 0.9], ['O1', 'A2', 0.5]]);
    expect(counted.at(-1)).toMatchObject({ given: false, progress: 0.5 });
  });
});
