import { FIRST_READING_WORK, ROWS_PER_ACTION } from '../../../src/core/analyse/sheet';
import { analyseWorkbook, analyseWorkbookInChunks, type ChunkProgress } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';
import { row1, row2, row3, row5 } from '../steps/seed004';
import { generateTracker as generatedTracker } from '../../../bench/tracker';

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

function run(grids: readonly SheetGrid[], chunkRows: number): { pauses: ChunkProgress[]; result: ReturnType<typeof analyseWorkbook> } {
  const chunks = analyseWorkbookInChunks(grids, defaultSettings('2022-11-03'), chunkRows);
  const pauses: ChunkProgress[] = [];
  let step = chunks.next();
  for (; step.done !== true; step = chunks.next()) pauses.push(step.value);
  return { pauses, result: step.value };
}

describe('analyseWorkbookInChunks: the engine in chunks, so a host can take its turn', () => {
  const grids = [plan(130), { ...plan(40), name: 'Second plan' }];

  it('pauses once each header is found, then after every chunk of actions, naming the row read last', () => {
    // The header is row 2; action n sits on row 2 + n, pushed down one row by each continuation row above it.
    const rowOf = (n: number): number => 2 + n + Math.floor((n - 1) / 4);
    // The first four actions read the plan's four kinds of row for the first time, which is
    // about a chunk's work each; after them the text is known and a chunk is 25 actions. The
    // second sheet repeats the first's text, so its chunks are 25 actions from the start. An
    // action is rated once the next one's row is read, so a pause names that next row.
    const { pauses } = run(grids, 25);
    const first = pauses.filter((p) => p.sheet === 'Action Plan');
    expect(first[0]).toEqual({ sheet: 'Action Plan', row: 2 });
    expect(first.slice(1, -5).every((p) => p.row > 2 && p.row <= rowOf(5))).toBe(true);
    expect(first.slice(-5)).toEqual([30, 55, 80, 105, 130].map((n) => ({ sheet: 'Action Plan', row: rowOf(n) })));
    expect(pauses.filter((p) => p.sheet === 'Second plan')).toEqual([
      { sheet: 'Second plan', row: 2 },
      { sheet: 'Second plan', row: rowOf(26) },
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

/** How many of a sheet's actions were rated in each stretch between pauses. */
function actionsPerStretch(grid: SheetGrid, chunkRows: number): number[] {
  const { pauses, result } = run([grid], chunkRows);
  const rows = (result.trackers[0]?.actions ?? []).map((a) => a.row);
  const ends = [...pauses.map((p) => p.row), Infinity];
  return ends.map((end, i) => rows.filter((r) => r <= end && r > (i === 0 ? -Infinity : (ends[i - 1] ?? 0))).length);
}

describe('analyseWorkbookInChunks on a generated tracker, as the benchmark reads it', () => {
  const grid = generatedTracker(3000);
  // The first 500 actions five times over: new text at first, then only text already read.
  const rows = grid.rows.slice(3, 503);
  const repeated: SheetGrid = { ...grid, rows: [...grid.rows.slice(0, 3), ...rows, ...rows, ...rows, ...rows, ...rows] };

  it('returns exactly what analyseWorkbook returns, whatever the chunk size', () => {
    const whole = analyseWorkbook([grid], defaultSettings('2022-11-03'));
    expect(whole.trackers[0]?.actions).toHaveLength(3000);
    for (const chunkRows of [1, 13, 250, 2000]) expect(run([grid], chunkRows).result).toEqual(whole);
  });

  it('rates no more than a chunk of actions in any stretch, and fewer while the text is new', () => {
    const stretches = actionsPerStretch(repeated, 100);
    expect(stretches[0]).toBe(0);
    expect(Math.max(...stretches)).toBeLessThanOrEqual(100);
    // Rows of new text count for more than one action each (FIRST_READING_WORK), so the first
    // stretches are short; once every text has been read, a stretch is a whole chunk.
    expect(FIRST_READING_WORK).toBeGreaterThan(1);
    expect(stretches[1]).toBeLessThan(100);
    expect(stretches.slice(-10, -1)).toEqual(Array.from({ length: 9 }, () => 100));
    expect(run([repeated], 100).result).toEqual(analyseWorkbook([repeated], defaultSettings('2022-11-03')));
  });
});

describe('analyseWorkbookInChunks: every pass over the rows goes a stretch at a time', () => {
  const blank = (n: number): CellValue[][] => Array.from({ length: n }, () => []);
  const reached = (pauses: ChunkProgress[]): number[] => pauses.map((p) => p.row);
  const longestGap = (rows: number[]): number => Math.max(...rows.slice(1).map((r, i) => r - (rows[i] ?? 0)));
  const neverBack = (rows: number[]): boolean => rows.every((r, i) => i === 0 || r >= (rows[i - 1] ?? 0));

  it('pauses inside a long run of blank rows between actions', () => {
    const g = generatedTracker(40);
    const rows = [...g.rows.slice(0, 20), ...blank(5000), ...g.rows.slice(20)];
    const { pauses, result } = run([{ ...g, rows }], 10);
    expect(result).toEqual(analyseWorkbook([{ ...g, rows }], defaultSettings('2022-11-03')));
    // A stretch reads ROWS_PER_ACTION rows a chunk's action would take; the row after the last
    // action read before it starts it off.
    expect(longestGap(reached(pauses))).toBeLessThanOrEqual(10 * ROWS_PER_ACTION + 1);
    expect(reached(pauses).filter((r) => r > 20 && r < 5020).length).toBeGreaterThanOrEqual(Math.floor(5000 / (10 * ROWS_PER_ACTION)));
    // The action above the blank run is handed out only when the row below the run is read:
    // its pause names that row, not the action's own, so the rows named never go back.
    expect(neverBack(reached(pauses))).toBe(true);
  });

  it('pauses while it looks for the last row under thousands of empty ones', () => {
    const g = generatedTracker(20);
    const rows = [...g.rows, ...Array.from({ length: 5000 }, () => [null, '  ', null])];
    const { pauses, result } = run([{ ...g, rows }], 10);
    expect(result.trackers[0]?.lastRow).toBe(g.rows.length);
    // Read from the bottom up: the first pauses count down through the empty rows.
    const first = reached(pauses).slice(0, 3);
    expect(first).toEqual([...first].sort((a, b) => b - a));
    expect(first[0]).toBeGreaterThan(g.rows.length);
  });

  it('pauses while it finishes a roll-up of more groups than a chunk', () => {
    const rows: CellValue[][] = [['Objective', 'Ambition', 'Action', 'Time frame'], ...Array.from({ length: 300 }, (_, i) => [`Objective ${i % 7}`, `Ambition ${i}`, `Action ${i}`, 'End of Nov 22'])];
    const grid: SheetGrid = { name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false };
    const { pauses, result } = run([grid], 50);
    expect(result.trackers[0]?.groups).toHaveLength(300 + 7 + 1);
    // The roll-up's pauses come after the last action's and name the tracker's last row.
    expect(pauses.filter((p) => p.row === 301).length).toBeGreaterThanOrEqual(Math.floor(300 / 50));
  });

  it('pauses while it checks a long sheet with no header row for data', () => {
    const rows: CellValue[][] = [...blank(100), ...Array.from({ length: 3000 }, (_, i) => [null, null, i === 2999 ? 'a note' : null])];
    const { pauses, result } = run([{ name: 'Notes', rows, merges: [], tables: [], hidden: false, protected: false }], 10);
    expect(result.issues.map((i) => i.code)).toEqual(['no_header_row', 'no_tracker']);
    expect(pauses.length).toBeGreaterThanOrEqual(Math.floor(3100 / (10 * ROWS_PER_ACTION)));
  });
});
