import { cellText } from '../cells';
import { finish } from '../chunks';
import type { SheetMapping } from '../settings';
import { HEADER_SEARCH_ROWS } from '../vocabulary/columns';
import type { CellValue, Issue, OutputColumn, SheetGrid, TableRegion } from '../types';
import { findHeaderRow, isTrackerHeader, readHeader, type HeaderReading } from './columns';
import { lastFilledRow, OutputPlacer } from './extent';
import { fromMapping } from './mapping';
import { headerIssues } from './headerIssues';
import { dataHeaderIssues, headerCandidates } from './headerChoice';
import { withoutConstantRef } from './refColumn';
import { withIdColumn } from './idColumn';
import { withPlanYear } from './planYear';
import { stepDatesBesideEnd } from './actionEnd';
import { narrativeColumns } from './narrative';
import { headingLevels } from './groupLevels';
import { groupNesting } from './groupNesting';
import { withLeads } from './leads';
import { peerColumns } from './peers';
import { assuranceColumns } from './assurance';
import { periodContent, timelineRead } from './timeline';
import { isHintRow, subHeaderTexts } from './subheader';
import { acrossHeadings } from './headingColumn';
import type { RowLayout } from './rows';

export interface Detection extends RowLayout {
  reading: HeaderReading;
  outputColumns: Record<OutputColumn, number>;
  source: 'mapping' | 'table' | 'detected';
  issues: Issue[];
}

function tableHeader(grid: SheetGrid): { table: TableRegion; reading: HeaderReading } | null {
  for (const table of grid.tables) {
    if (!table.hasHeaderRow) continue;
    const row = grid.rows[table.range.top] ?? [];
    const cells = row.map((v, c) => (c >= table.range.left && c <= table.range.right ? v : null));
    // Roles come from the table's own columns; the product's columns sit beside the table, so
    // they are found in the whole header row (else a second refresh would add them again).
    const reading = { ...readHeader(cells), outputs: readHeader(row).outputs };
    if (isTrackerHeader(reading)) return { table, reading };
  }
  return null;
}

/** A detected reading checked against the rows under its header: what the columns hold, and how its groups nest. */
const byContent = (reading: HeaderReading, rows: SheetGrid['rows'], header: number): HeaderReading =>
  groupNesting(headingLevels(narrativeColumns(withIdColumn(withoutConstantRef(reading, rows, header), rows, header), rows, header), rows, header), rows, header);

/** A sheet's tracker as far as its header row tells: found from the first rows alone. */
export interface TrackerHeader {
  /** 0-based index of the header row. */
  header: number;
  reading: HeaderReading;
  source: Detection['source'];
  /** The Excel table holding the tracker, whose last row ends it. */
  table: TableRegion | null;
  /** 0-based index of a row under the header that is part of it (subHeaderTexts, isHintRow): not an action. */
  subHeader: number | null;
  /** True when `subHeader` splits group headers into labelled columns (subHeaderTexts), not a row of hints. */
  split: boolean;
  /** Each column's header as read, a sub-header's label included ("Operational lead"). */
  labels: readonly string[];
}

/** The header row's cells, with a sub-header row below it read in (subHeaderTexts). */
function headerCells(rows: SheetGrid['rows'], header: number): { cells: readonly CellValue[]; sub: number | null } {
  const top = rows[header] ?? [];
  const texts = subHeaderTexts(top, rows[header + 1] ?? []);
  return texts === null ? { cells: top, sub: null } : { cells: texts, sub: header + 1 };
}

/** A found header, with the row under it left out of the actions when it only describes the columns (isHintRow). */
function located(grid: SheetGrid, header: number, cells: readonly CellValue[], sub: number | null, rest: Pick<TrackerHeader, 'reading' | 'source' | 'table'>): TrackerHeader {
  const rows = grid.rows;
  // A heading merged across the table from a column left of it ("ADULTS") is no hint, though it sits under a header.
  const heading = acrossHeadings(grid.merges, rest.reading.columns)?.has(header + 1) === true;
  const hint = sub === null && !heading && isHintRow(rows[header + 1] ?? [], rest.reading.columns, rows[header] ?? []) ? header + 1 : sub;
  const reading = rest.source === 'mapping' ? rest.reading : withLeads(rest.reading, rows[header] ?? [], cells, sub !== null);
  return { header, ...rest, reading, subHeader: hint, split: sub !== null, labels: cells.map((c) => cellText(c)) };
}

/**
 * The header of the tracker on a sheet: a confirmed mapping first, then an Excel table, then
 * the best header row among the first 30 rows. Reads only those rows and a sample under the
 * header (narrativeColumns), so it is quick on any sheet.
 * @example findHeader({ name: 'Plan', rows: [['Ref', 'Action', 'Lead']], merges: [], tables: [], hidden: false, protected: false }, undefined)?.header // 0
 */
export function findHeader(grid: SheetGrid, mapping: SheetMapping | undefined): TrackerHeader | null {
  const rows = grid.rows;
  const table = tableHeader(grid);
  if (mapping) {
    const header = mapping.headerRow - 1;
    const { cells, sub } = headerCells(rows, header);
    // What the period columns and the dates beside the steps hold is looked at here too: the mapping may not date the steps itself.
    const detected = withLeads(stepDatesBesideEnd(periodContent(readHeader(cells), rows, sub ?? header), rows, sub ?? header), rows[header] ?? [], cells, sub !== null);
    return located(grid, header, cells, sub, { reading: fromMapping(mapping, detected), source: 'mapping', table: null });
  }
  // A confirmed mapping is taken as it is; a detected one also looks at what its columns hold.
  // An Excel table's header is one row (Excel merges no cells in it), so its next row is data.
  if (table) {
    const top = table.table.range.top;
    return located(grid, top, rows[top] ?? [], null, { reading: byContent(table.reading, rows, top), source: 'table', table: table.table });
  }
  const header = findHeaderRow(headerCandidates(grid, HEADER_SEARCH_ROWS), HEADER_SEARCH_ROWS);
  if (header === null) return null;
  const { cells, sub } = headerCells(rows, header);
  return located(grid, header, cells, sub, { reading: byContent(readHeader(cells), rows, sub ?? header), source: 'detected', table: null });
}

/**
 * The tracker found by {@link findHeader}, once its last row (0-based `lastIndex`) is known:
 * everything but where its output columns go, which takes reading all its rows (OutputPlacer).
 * @example trackerLayout(grid, found, 41).lastIndex // 41
 */
export function trackerLayout(grid: SheetGrid, found: TrackerHeader, lastIndex: number): Omit<Detection, 'outputColumns'> {
  const { header, reading, source, table, subHeader } = found;
  const timeline = timelineRead(reading);
  const peers = peerColumns(reading, found.labels);
  const assurance = assuranceColumns(reading, found.labels);
  const across = acrossHeadings(grid.merges, reading.columns);
  return {
    columns: reading.columns,
    extraStatus: reading.extraStatus,
    headerIndex: header,
    lastIndex,
    skip: new Set<number>([...(table?.hasTotalsRow === true ? [table.range.bottom] : []), ...(subHeader === null ? [] : [subHeader])]),
    ...(reading.stepDates === undefined ? {} : { stepDates: reading.stepDates }),
    ...(reading.revisedTimeframe === undefined ? {} : { revisedTimeframe: reading.revisedTimeframe }),
    ...(reading.updates === undefined ? {} : { updates: reading.updates }),
    ...(reading.ratings === undefined ? {} : { ratings: reading.ratings }),
    ...(reading.completed === undefined ? {} : { completed: reading.completed }),
    ...(reading.milestones === undefined ? {} : { milestones: withPlanYear(reading.milestones, grid.rows, header, grid.name) }),
    ...(timeline === undefined ? {} : { timeline: withPlanYear(timeline, grid.rows, header, grid.name) }),
    ...(peers === undefined ? {} : { peers }),
    ...(reading.leads === undefined ? {} : { leads: reading.leads }),
    ...(assurance === undefined ? {} : { assurance }),
    ...(across === undefined ? {} : { across }),
    reading,
    source,
    issues: [...headerIssues(grid, found), ...dataHeaderIssues(grid, header, source)],
  };
}

/**
 * Finds the tracker on a sheet: a confirmed mapping first, then an Excel table, then the
 * best header row among the first 30 rows.
 * @example detectTracker({ name: 'Plan', rows: [['Ref', 'Action', 'Lead'], ['1', 'Publish', 'Ann']], merges: [], tables: [], hidden: false, protected: false }, undefined)?.headerIndex // 0
 */
export function detectTracker(grid: SheetGrid, mapping: SheetMapping | undefined): Detection | null {
  const found = findHeader(grid, mapping);
  if (found === null) return null;
  const lastIndex = found.table?.range.bottom ?? finish(lastFilledRow(grid.rows));
  const outputs = new OutputPlacer(found.reading);
  outputs.scan(grid.rows, found.header, lastIndex);
  return { ...trackerLayout(grid, found, lastIndex), outputColumns: outputs.place() };
}
