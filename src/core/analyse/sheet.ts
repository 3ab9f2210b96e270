import { detectTracker } from '../detect/tracker';
import { ActionReader } from '../detect/rows';
import { rollup } from '../rollup';
import type { Settings } from '../settings';
import type { Action, Issue, SheetGrid, Tracker } from '../types';
import { buildAction } from './action';
import { rateAmbition } from './ambition';
import { IssueSink } from './issues';
import type { Parsers } from './parsers';

/**
 * Finds, reads and rates the tracker on one sheet, pausing so a host can take its turn: once
 * the header is found and the sheet scanned (yielding the header's 1-based row), then after
 * every `chunkRows` actions (yielding the last action's row). Returns the tracker, or null
 * when the sheet holds none.
 * @example
 * // for (const row of analyseSheetInChunks(grid, settings, parsers, 5000)) await nextTick();
 */
export function* analyseSheetInChunks(grid: SheetGrid, settings: Settings, parsers: Parsers, chunkRows: number): Generator<number, Tracker | null, undefined> {
  const detection = detectTracker(grid, settings.mapping[grid.name]);
  if (detection === null) return null;
  const sink = new IssueSink(grid.name, detection.columns);
  sink.issues.push(...detection.issues);
  const ownColumns = new Set(Object.values(detection.outputColumns));
  sink.scanCells(grid.rows, detection.headerIndex + 1, detection.lastIndex, ownColumns);
  yield detection.headerIndex + 1;
  const ambitionLevel = detection.columns.action === undefined;
  const actions: Action[] = [];
  // Each action is rated as soon as its rows are read, while its raw cells are still fresh.
  const reader = new ActionReader(grid.rows, detection);
  for (let raw = reader.next(); raw !== null; raw = reader.next()) {
    const action = buildAction(raw, settings, parsers, sink);
    actions.push(ambitionLevel ? rateAmbition(action, settings) : action);
    if (actions.length % chunkRows === 0) yield action.row;
  }
  if (grid.protected) {
    sink.issues.push(protectedIssue(grid.name, `A${detection.headerIndex + 1}`));
  }
  return {
    sheet: grid.name,
    headerRow: detection.headerIndex + 1,
    columns: detection.columns,
    outputColumns: detection.outputColumns,
    lastRow: detection.lastIndex + 1,
    ambitionLevel,
    actions,
    groups: rollup(actions, settings),
    issues: sink.issues,
  };
}

/**
 * Finds, reads and rates the tracker on one sheet; null when the sheet holds none.
 * @example
 * analyseSheet(grid, defaultSettings('2022-11-30'), createParsers(defaultSettings('2022-11-30')))?.actions.length
 */
export function analyseSheet(grid: SheetGrid, settings: Settings, parsers: Parsers): Tracker | null {
  return finish(analyseSheetInChunks(grid, settings, parsers, Infinity));
}

/**
 * Runs a chunked analysis to its end without pausing.
 * @example finish(analyseSheetInChunks(grid, settings, parsers, Infinity))?.sheet // 'Plan'
 */
export function finish<T>(chunks: Generator<unknown, T, undefined>): T {
  for (;;) {
    const step = chunks.next();
    if (step.done === true) return step.value;
  }
}

function protectedIssue(sheet: string, cell: string): Issue {
  return {
    sheet,
    cell,
    severity: 'error',
    code: 'protected_sheet',
    message: `Sheet "${sheet}" is protected, so its RAG columns were not written. Ask the sheet's owner to unprotect it (Review > Unprotect Sheet), then refresh again.`,
  };
}
