import { detectTracker } from '../detect/tracker';
import { rawActions } from '../detect/rows';
import { rollup } from '../rollup';
import type { Settings } from '../settings';
import type { Action, Issue, SheetGrid, Tracker } from '../types';
import { buildAction } from './action';
import { rateAmbition } from './ambition';
import { IssueSink } from './issues';
import type { Parsers } from './parsers';

/**
 * Finds, reads and rates the tracker on one sheet; null when the sheet holds none.
 * @example
 * analyseSheet(grid, defaultSettings('2022-11-30'), createParsers(defaultSettings('2022-11-30')))?.actions.length
 */
export function analyseSheet(grid: SheetGrid, settings: Settings, parsers: Parsers): Tracker | null {
  const detection = detectTracker(grid, settings.mapping[grid.name]);
  if (detection === null) return null;
  const sink = new IssueSink(grid.name, detection.columns);
  sink.issues.push(...detection.issues);
  const ownColumns = new Set(Object.values(detection.outputColumns));
  sink.scanCells(grid.rows, detection.headerIndex + 1, detection.lastIndex, ownColumns);
  const ambitionLevel = detection.columns.action === undefined;
  const actions: Action[] = rawActions(grid.rows, detection).map((raw) => {
    const action = buildAction(raw, settings, parsers, sink);
    return ambitionLevel ? rateAmbition(action, settings) : action;
  });
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

function protectedIssue(sheet: string, cell: string): Issue {
  return {
    sheet,
    cell,
    severity: 'error',
    code: 'protected_sheet',
    message: `Sheet "${sheet}" is protected, so its RAG columns were not written. Ask the sheet's owner to unprotect it (Review > Unprotect Sheet), then refresh again.`,
  };
}
