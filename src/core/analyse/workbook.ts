import { PRODUCT_SHEETS } from '../vocabulary/columns';
import type { Settings } from '../settings';
import type { Issue, SheetGrid, Tracker } from '../types';
import { findHeader } from '../detect/tracker';
import { createParsers } from './parsers';
import { analyseSheetInChunks, finish, ROWS_PER_ACTION } from './sheet';
import { namesArchive } from '../detect/archive';
import { setAsideSheet, skippedSheet } from './skipped';

export interface WorkbookAnalysis {
  trackers: Tracker[];
  /** Problems that belong to no tracker: sheets with data but no header row, no tracker at all. */
  issues: Issue[];
}

/** Whether a sheet holds anything, read a stretch of `every` rows at a time (yielding the 1-based row reached). */
function* hasData(grid: SheetGrid, every: number): Generator<number, boolean, undefined> {
  for (let r = 0; r < grid.rows.length; r++) {
    if ((grid.rows[r] ?? []).some((v) => v !== null && !(typeof v === 'string' && v.trim() === ''))) return true;
    if ((r + 1) % every === 0) yield r + 1;
  }
  return false;
}

const hasActions = (tracker: Tracker): boolean => tracker.actions.length > 0;

/** Where a chunked analysis has got to when it pauses. */
export interface ChunkProgress {
  sheet: string;
  /**
   * 1-based row the pass has reached: the header row once it is found, then the row read last,
   * which only moves down. Before the header pause, a sheet without a table's bounds looks for
   * its last filled row from the bottom up, so those rows count down.
   */
  row: number;
}

/** A sheet's pass, its pauses named by sheet. */
function* sheetRows<T>(sheet: string, pass: Generator<number, T, undefined>): Generator<ChunkProgress, T, undefined> {
  for (;;) {
    const step = pass.next();
    if (step.done === true) return step.value;
    yield { sheet, row: step.value };
  }
}

/**
 * Reads every sheet of a workbook and rates each tracker found. Sheets named in the
 * confirmed mapping are read with that mapping; the product's own sheets are skipped.
 * @example analyseWorkbook([grid], defaultSettings('2022-11-30')).trackers[0]?.sheet // 'Action Plan'
 */
export function analyseWorkbook(grids: readonly SheetGrid[], settings: Settings): WorkbookAnalysis {
  return finish(analyseWorkbookInChunks(grids, settings, Infinity));
}

/**
 * {@link analyseWorkbook} in chunks, for hosts that must not block (SPEC 10: Office restarts
 * an add-in that holds the main thread too long): the generator pauses when it has found a
 * sheet's header and after every `chunkRows` actions' work (fewer actions where their text is
 * new, see analyseSheetInChunks), and returns the same analysis when it is done. Every other
 * pass over a sheet's rows goes in the same stretches, so no stretch grows with the sheet. The
 * engine never reads the clock, so the host picks `chunkRows` for its budget: a few thousand
 * actions take a few milliseconds.
 * @example
 * const chunks = analyseWorkbookInChunks(grids, settings, 2000);
 * let step = chunks.next();
 * while (!step.done) { await new Promise((r) => setTimeout(r, 0)); step = chunks.next(); }
 * step.value.trackers.length // 1
 */
export function* analyseWorkbookInChunks(grids: readonly SheetGrid[], settings: Settings, chunkRows = 2000): Generator<ChunkProgress, WorkbookAnalysis, undefined> {
  const parsers = createParsers(settings);
  const trackers: Tracker[] = [];
  const skipped: SheetGrid[] = [];
  const every = chunkRows >= 1 ? chunkRows : 1;
  // A hidden sheet is often an old copy of the tracker, and a "Closed actions" sheet an archive:
  // read beside live ones they would count actions again. So each is read only when no live
  // sheet holds a tracker, or the user confirmed its columns; otherwise it is named in a warning.
  const aside = grids.filter((g) => (g.hidden || namesArchive(g.name)) && settings.mapping[g.name] === undefined);
  for (const pass of [grids.filter((g) => !aside.includes(g)), aside]) {
    if (pass === aside && trackers.some(hasActions)) break;
    for (const grid of pass) {
      if (PRODUCT_SHEETS.includes(grid.name)) continue;
      const chunks = analyseSheetInChunks(grid, settings, parsers, every);
      const tracker = yield* sheetRows(grid.name, chunks);
      if (tracker) trackers.push(tracker);
      else if (yield* sheetRows(grid.name, hasData(grid, every * ROWS_PER_ACTION))) skipped.push(grid);
    }
  }
  const issues: Issue[] = [];
  const read = new Set(trackers.map((t) => t.sheet));
  for (const grid of aside) if (!read.has(grid.name) && !PRODUCT_SHEETS.includes(grid.name) && findHeader(grid, undefined) !== null) issues.push(setAsideSheet(grid));
  for (const grid of skipped) {
    const issue = skippedSheet(grid, trackers.length > 0);
    if (issue !== null) issues.push(issue);
  }
  if (trackers.length === 0) {
    issues.push({
      sheet: grids[0]?.name ?? '',
      cell: 'A1',
      severity: 'error',
      code: 'no_tracker',
      message: 'No action tracker was found in this workbook: add a header row with an Action (or Recommendation) column and a Lead, Time frame or Status column among the first 30 rows of the sheet, then refresh again.',
    });
  }
  // A blank "Template" sheet, header row only, is no tracker beside those with actions: rating
  // it would add the product's columns to the sheet the team copies for each new tracker.
  const live = trackers.filter((t) => hasActions(t) || settings.mapping[t.sheet] !== undefined);
  return { trackers: live.length > 0 ? live : trackers, issues };
}
