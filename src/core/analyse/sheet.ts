import { finish } from '../chunks';
import { lastFilledRow, OutputPlacer } from '../detect/extent';
import { chartRead } from '../detect/line';
import { ActionReader } from '../detect/rows';
import { sheetTitle } from '../detect/title';
import { findHeader, trackerLayout } from '../detect/tracker';
import { Rollup } from '../rollup';
import type { Settings } from '../settings';
import type { Action, Issue, SheetGrid, Tracker } from '../types';
import { buildAction } from './action';
import { alsoRead } from './alsoRead';
import { rateAmbition } from './ambition';
import { hiddenRowsIssues } from './hiddenRows';
import { IssueSink } from './issues';
import { lateStart } from './lateStart';
import { sheetFacts } from './sheetFacts';
import { archiveSection, protectedIssue } from './skipped';
import type { Parsers } from './parsers';

export { finish } from '../chunks';
/**
 * How many rows that hold no action (blank rows, say) weigh as much as one action: a run of
 * them longer than this many chunks of actions is read a stretch at a time.
 */
export const ROWS_PER_ACTION = 32;

/**
 * How many actions' work reading a text for the first time is (splitting and parsing it, and
 * keeping it for the rows after): measured on generated trackers, where it evens out the
 * stretches between pauses over a sheet's first rows, whose text is nearly all new.
 */
export const FIRST_READING_WORK = 3;

/**
 * Finds, reads and rates the tracker on one sheet, pausing so a host can take its turn: once
 * the header is found (yielding the header's 1-based row), then after every `chunkRows` units
 * of work (yielding the 1-based row read last, which only moves down): an action is one unit,
 * and a text read for the first time FIRST_READING_WORK more, so once a sheet's phrases are
 * known that is every `chunkRows` actions, and sooner over rows of new text. Every pass over the rows goes in the same
 * stretches, so no stretch between pauses grows with the sheet: the cell checks and output
 * columns go with each chunk of actions, and the roll-up is added to as actions are rated.
 * Only a sheet's rare long runs add pauses: `chunkRows × ROWS_PER_ACTION` rows with no action
 * in them, and more than `chunkRows` roll-up groups. Returns the tracker, or null when the
 * sheet holds none.
 * @example
 * // for (const row of analyseSheetInChunks(grid, settings, parsers, 5000)) await nextTick();
 */
export function* analyseSheetInChunks(grid: SheetGrid, settings: Settings, parsers: Parsers, chunkRows: number): Generator<number, Tracker | null, undefined> {
  const found = findHeader(grid, settings.mapping[grid.name]);
  if (found === null) return null;
  const { rows } = grid;
  const rowsPerPause = chunkRows * ROWS_PER_ACTION;
  const lastIndex = found.table?.range.bottom ?? (yield* rowsReached(lastFilledRow(rows, rowsPerPause)));
  const outputs = new OutputPlacer(found.reading);
  // The cell checks skip the product's own columns: those found in the header are all there
  // are among filled cells, as new ones go right of every filled cell.
  const own = new Set(Object.values(found.reading.outputs));
  const detection = trackerLayout(grid, found, lastIndex);
  // Cell problems are listed before the actions' own, as a scan of the whole sheet first would.
  const cellSink = new IssueSink(grid.name, detection.columns);
  const sink = new IssueSink(grid.name, detection.columns, chartRead(detection));
  let scanned = found.header;
  const scanTo = (to: number): void => {
    outputs.scan(rows, scanned, to);
    cellSink.scanCells(rows, Math.max(scanned, found.header + 1), to, own);
    scanned = to + 1;
  };
  yield found.header + 1;
  const ambitionLevel = detection.columns.action === undefined;
  const actions: Action[] = [];
  const groups = new Rollup(settings, ambitionLevel);
  // Each action is rated as soon as its rows are read, while its raw cells are still fresh.
  const reader = new ActionReader(rows, detection);
  const facts = sheetFacts(rows, found.labels, detection, [...own], found.header, lastIndex, settings, parsers);
  const { start, raisedAt } = facts;
  // A stretch's work: its actions, and the texts it read for the first time (FIRST_READING_WORK).
  // `until` is the last row a stretch may read without finishing a chunk (see ROWS_PER_ACTION).
  let spent = 0;
  let parsed = parsers.work.parsed;
  for (let until = reader.position + rowsPerPause - 1; ; ) {
    const raw = reader.next(until);
    if (raw === null) {
      if (reader.done) break;
      scanTo(reader.position - 1);
      yield reader.position;
      until = reader.position + rowsPerPause - 1;
      continue;
    }
    const mark = sink.issues.length;
    const built = buildAction(raw, settings, parsers, sink, facts);
    const action = ambitionLevel ? rateAmbition(built, settings) : built;
    if (ambitionLevel) sink.ambitionRated(mark, action.row, action.rating !== 'not_rated');
    else if (start >= 0) lateStart(sink, raw, action, start, settings.asOf, parsers);
    actions.push(action);
    groups.add(action);
    spent += 1 + FIRST_READING_WORK * (parsers.work.parsed - parsed);
    parsed = parsers.work.parsed;
    if (spent >= chunkRows) {
      scanTo(reader.position - 1);
      // The row read last, not the action's own: after a long blank run the action handed out
      // is the one above it, and naming its row would send a progress bar back.
      yield reader.position;
      until = reader.position + rowsPerPause - 1;
      spent = 0;
    }
  }
  scanTo(lastIndex);
  const issues: Issue[] = [...detection.issues, ...cellSink.issues, ...sink.issues];
  if (reader.archive !== null) issues.push(archiveSection(grid.name, reader.archive));
  if (grid.protected) issues.push(protectedIssue(grid.name, `A${found.header + 1}`));
  issues.push(...hiddenRowsIssues(grid, found.header, detection.columns));
  return {
    sheet: grid.name,
    headerRow: found.header + 1,
    columns: detection.columns,
    outputColumns: outputs.place(),
    lastRow: lastIndex + 1,
    repeatedHeaders: reader.repeatedHeaders,
    ambitionLevel,
    alsoRead: alsoRead(detection, { start, raised: raisedAt }),
    headers: found.labels,
    title: sheetTitle(rows, found.header),
    actions,
    groups: yield* rowsReached(groups.finish(chunkRows), lastIndex + 1),
    issues,
  };
}

/** A pass's pauses as 1-based rows: the row it reached, or `row` when it names none. */
function* rowsReached<T>(pass: Generator<number | void, T, undefined>, row = 0): Generator<number, T, undefined> {
  for (;;) {
    const step = pass.next();
    if (step.done === true) return step.value;
    yield typeof step.value === 'number' ? step.value + 1 : row;
  }
}

/**
 * Finds, reads and rates the tracker on one sheet; null when the sheet holds none.
 * @example
 * analyseSheet(grid, defaultSettings('2022-11-30'), createParsers(defaultSettings('2022-11-30')))?.actions.length
 */
export function analyseSheet(grid: SheetGrid, settings: Settings, parsers: Parsers): Tracker | null {
  return finish(analyseSheetInChunks(grid, settings, parsers, Infinity));
}
