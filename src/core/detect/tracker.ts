import { a1, cellText, columnIndex, isBlank } from '../cells';
import type { SheetMapping } from '../settings';
import { HEADER_SEARCH_ROWS, WARN_IF_MISSING } from '../vocabulary/columns';
import type { CellValue, ColumnMap, Issue, OutputColumn, Role, SheetGrid, TableRegion } from '../types';
import { findHeaderRow, isTrackerHeader, readHeader, type HeaderReading } from './columns';
import type { RowLayout } from './rows';

export interface Detection extends RowLayout {
  reading: HeaderReading;
  outputColumns: Record<OutputColumn, number>;
  source: 'mapping' | 'table' | 'detected';
  issues: Issue[];
}

const OUTPUT_ORDER: readonly OutputColumn[] = ['RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend'];

function lastFilledRow(rows: readonly (readonly CellValue[])[]): number {
  for (let r = rows.length - 1; r >= 0; r--) if ((rows[r] ?? []).some((v) => !isBlank(v))) return r;
  return -1;
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

function fromMapping(mapping: SheetMapping, detected: HeaderReading): HeaderReading {
  const columns: ColumnMap = {};
  for (const [role, letter] of Object.entries(mapping.columns) as [Role, string][]) {
    const col = columnIndex(letter);
    if (col !== null) columns[role] = col;
  }
  const taken = new Set(Object.values(columns));
  const extraStatus = [columns.status, ...detected.extraStatus].filter((c): c is number => c !== undefined);
  return {
    ...detected,
    columns,
    extraStatus: extraStatus.filter((c, i) => i > 0 && !taken.has(c)),
    duplicates: [],
    roleCount: taken.size,
  };
}

/** Where the product's columns go: where they already are, else after the last used column. */
function placeOutputs(rows: readonly (readonly CellValue[])[], reading: HeaderReading, header: number, last: number): Record<OutputColumn, number> {
  const own = new Set(Object.values(reading.outputs));
  let lastUsed = -1;
  for (let r = header; r <= last; r++) {
    const row = rows[r] ?? [];
    // Only cells right of the furthest found so far can move it: read each row from its end.
    for (let c = row.length - 1; c > lastUsed; c--) {
      if (!isBlank(row[c]) && !own.has(c)) {
        lastUsed = c;
        break;
      }
    }
  }
  let next = Math.max(lastUsed, ...own) + 1;
  const out = {} as Record<OutputColumn, number>;
  for (const name of OUTPUT_ORDER) out[name] = reading.outputs[name] ?? next++;
  return out;
}

function detectionIssues(grid: SheetGrid, reading: HeaderReading, header: number): Issue[] {
  const issue = (cell: string | null, code: string, message: string): Issue => ({ sheet: grid.name, cell, severity: 'warning', code, message });
  const out: Issue[] = [];
  for (const [role, winner, loser] of reading.duplicates) {
    const name = cellText(grid.rows[header]?.[loser]);
    out.push(issue(a1(loser, header + 1), 'duplicate_column', `Column "${name}" also looks like the ${role.replace('_', ' ')} column; ${a1(winner, header + 1)} is used instead. Set the mapping in the Columns view if that is wrong.`));
  }
  for (const role of WARN_IF_MISSING) {
    if (reading.columns[role] === undefined && reading.columns.action !== undefined) {
      out.push(issue(a1(0, header + 1), `missing_${role}`, `No ${role === 'timeframe' ? 'time frame' : role} column was found in header row ${header + 1}; actions cannot be ${role === 'lead' ? 'assigned' : 'rated'} fully. Add one or map it in the Columns view.`));
    }
  }
  for (const m of grid.merges) {
    if (m.top <= header && m.bottom >= header && m.right > m.left) {
      out.push(issue(a1(m.left, header + 1), 'merged_header', `Header cells ${a1(m.left, m.top + 1)}:${a1(m.right, m.bottom + 1)} are merged; only the first column of the merge is read.`));
    }
  }
  return out;
}

/**
 * Finds the tracker on a sheet: a confirmed mapping first, then an Excel table, then the
 * best header row among the first 30 rows.
 * @example detectTracker({ name: 'Plan', rows: [['Ref', 'Action', 'Lead'], ['1', 'Publish', 'Ann']], merges: [], tables: [], hidden: false, protected: false }, undefined)?.headerIndex // 0
 */
export function detectTracker(grid: SheetGrid, mapping: SheetMapping | undefined): Detection | null {
  const rows = grid.rows;
  const table = tableHeader(grid);
  let source: Detection['source'] = 'detected';
  let header: number | null;
  let reading: HeaderReading | null = null;
  if (mapping) {
    header = mapping.headerRow - 1;
    reading = fromMapping(mapping, readHeader(rows[header] ?? []));
    source = 'mapping';
  } else if (table) {
    header = table.table.range.top;
    reading = table.reading;
    source = 'table';
  } else {
    header = findHeaderRow(rows, HEADER_SEARCH_ROWS);
    if (header !== null) reading = readHeader(rows[header] ?? []);
  }
  if (header === null || reading === null) return null;
  const inTable = source === 'table' && table;
  const lastIndex = inTable ? table.table.range.bottom : lastFilledRow(rows);
  const skip = new Set<number>(inTable && table.table.hasTotalsRow ? [table.table.range.bottom] : []);
  return {
    columns: reading.columns,
    extraStatus: reading.extraStatus,
    headerIndex: header,
    lastIndex,
    skip,
    reading,
    outputColumns: placeOutputs(rows, reading, header, lastIndex),
    source,
    issues: detectionIssues(grid, reading, header),
  };
}
