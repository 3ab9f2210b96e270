import { analyseWorkbook, analyseWorkbookInChunks, type ChunkProgress } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';
import { row1, row2, row3, row5 } from '../steps/seed004';

const HEADER = ['#', 'Recommendation', 'Lead', 'Next steps', 'Time frame', 'Is the action on track/update'];

const SEED_ROWS: { nextSteps?: string; timeframe: string; status: string }[] = [row1, row2.asInWorkbook, row3, row5];

/** Seed 004's rows again and again, a continuation row after every fourth action. */
function plan(actions: number): SheetGrid {
  const rows: CellValue[][] = [['THT Engagement Lead Group Action Plan - 3 November update'], HEADER];
  for (let i = 1; i <= actions; i++) {
    const seed = SEED_ROWS[i % 4] ?? row1;
    rows.push([String(i), row2.action, 'THT Programme Manager', seed.nextSteps ?? null, seed.timeframe, seed.status]);
    if (i % 4 === 0) rows.push([null, null, null, 'Engagement Manager to advise Lifecourse workstream leads on engagement if required', 'On-going following board decision', null]);
  }
  return { name: 'Action Plan', rows, merges: [], tables: [], hidden: false, protected: false };
}

function run(grids: SheetGrid[], chunkRows: number): { pauses: ChunkProgress[]; result: ReturnType<typeof analyseWorkbook> } {
  const chunks = analyseWorkbookInChunks(grids, defaultSettings('2022-11-03'), chunkRows);
  const pauses: ChunkProgress[] = [];
  let step = chunks.next();
  for (; step.done !== true; step = chunks.next()) pauses.push(step.value);
  return { pauses, result: step.value };
}

describe('analyseWorkbookInChunks: the engine in chunks, so a host can take its turn', () => {
  const grids = [plan(130), { ...plan(40), name: 'Second plan' }];

  it('pauses once each header is found, then after every chunk of actions, naming the row reached', () => {
    // The header is row 2; action n sits on row 2 + n, pushed down one row by each continuation row above it.
    const rowOf = (n: number): number => 2 + n + Math.floor((n - 1) / 4);
    expect(run(grids, 25).pauses).toEqual([
      { sheet: 'Action Plan', row: 2 },
      ...[25, 50, 75, 100, 125].map((n) => ({ sheet: 'Action Plan', row: rowOf(n) })),
      { sheet: 'Second plan', row: 2 },
      { sheet: 'Second plan', row: rowOf(25) },
    ]);
  });

  it('returns exactly what analyseWorkbook returns, whatever the chunk size', () => {
    const whole = analyseWorkbook(grids, defaultSettings('2022-11-03'));
    for (const chunkRows of [1, 7, 25, 1000, Infinity]) expect(run(grids, chunkRows).result).toEqual(whole);
  });

  it('reads a chunk size below one as one', () => {
    expect(run([plan(3)], 0).pauses).toHaveLength(1 + 3);
  });
});
