import { cellText, isBlank } from '../cells';
import type { CellValue, ColumnMap } from '../types';
import type { HeaderReading } from './reading';
import { blankRow, isHeading, sectionHeading } from './rowKinds';

/*
 * Which level of a tracker's grouping the section headings are. A strategy's delivery plan often
 * writes its aims as merged heading rows ("Aim 1: Outstanding care, every time") over rows that
 * name each action's objective in a column, with the aims' own column ("Strategic aim") left
 * blank on every action row. The headings are then the top level and the objective column the
 * level under it: the report's objective and ambition, as Table One nests them (SPEC 6.3).
 */

/** Rows under the header looked at, as narrativeColumns does: enough to see how the rows are grouped, bounded on any sheet. */
const SAMPLE_ROWS = 50;

const folded = (value: CellValue | undefined): string => cellText(value).replace(/\s+/g, ' ').trim().toLowerCase();

/** A list number leading a heading ("1. Estates & Facilities", "2) Travel"). */
const NUMBERED = /^(?:\d+(?:\.\d+)*|[a-z])[.):]?\s+/;

/**
 * True when a heading and a row's objective (both folded) name one group: the same words, its list
 * number aside, or the objective the start of the heading ("4. Supply chain & procurement" over "Supply chain"):
 * a heading "Safe" over "Safe staffing" is a level above it.
 */
function sameGroup(heading: string, objective: string): boolean {
  const [h, o] = [heading.replace(NUMBERED, ''), objective.replace(NUMBERED, '')];
  return h === o || h.startsWith(`${o} `);
}

/** The column of row `r`'s heading title, or -1: alone on its row left of the tracker's columns or in its first, or a numbered section's title. */
function headingAt(rows: readonly (readonly CellValue[])[], r: number, end: number, columns: ColumnMap, first: number): number {
  const row = rows[r] ?? [];
  for (let c = 0; c <= first; c++) {
    if (isBlank(row[c])) continue;
    if (isHeading(row, c)) return c;
    break;
  }
  const next = (): readonly CellValue[] | null => {
    for (let i = r + 1; i < end; i++) if (!blankRow(rows[i] ?? [], Object.values(columns))) return rows[i] ?? [];
    return null;
  };
  return sectionHeading(row, next, columns);
}

/** What the sampled rows show: where the headings sit, and what the grouping columns hold on action rows. */
interface Sample {
  /** The column of the first heading, or -1 when the first row read is no heading. */
  at: number;
  /** True when an action row names an objective other than its heading's: the headings are a level of their own. */
  above: boolean;
  /** True when an action row fills the ambition column. */
  ambitions: boolean;
}

function sample(rows: readonly (readonly CellValue[])[], header: number, columns: ColumnMap): Sample {
  const { objective, ambition } = columns;
  const first = Math.min(...Object.values(columns));
  const end = Math.min(rows.length, header + 1 + SAMPLE_ROWS);
  const out: Sample = { at: -1, above: false, ambitions: false };
  let heading: string | null = null;
  let carried = '';
  for (let r = header + 1; r < end; r++) {
    const row = rows[r] ?? [];
    if (row.every((v) => isBlank(v))) continue;
    const at = headingAt(rows, r, end, columns, first);
    if (heading === null && at < 0) return out;
    if (at >= 0) {
      if (heading === null) out.at = at;
      heading = folded(row[at]);
      carried = '';
      continue;
    }
    if (ambition !== undefined && !isBlank(row[ambition])) out.ambitions = true;
    // A merged objective cell reads blank below its first row: the objective is the one above.
    if (objective !== undefined && !isBlank(row[objective])) carried = folded(row[objective]);
    if (carried !== '' && heading !== null && !sameGroup(heading, carried)) out.above = true;
  }
  return out;
}

/**
 * A reading whose section headings, where they head the sheet's first rows, are the level above
 * its objective column: the headings become the objective and the objective column the ambition,
 * when no ambition column holds a value of its own. An ambition column blank on every action row
 * gives way: it holds no ambitions, and where the headings are written in it ("Strategic aim"
 * over aims written as merged rows) it is read as the objective the headings fill in (the row
 * reader carries a heading in the objective column down). Headings that only repeat each row's
 * objective, or rows with no objective, leave the reading as it is; so does a sheet whose first
 * rows are actions, where a heading further down is a section of another kind ("Closed actions").
 * @example headingLevels(readHeader(['Strategic aim', 'Objective', 'Action']), [['Strategic aim', 'Objective', 'Action'], ['Aim 1: Outstanding care'], [null, 'Patient safety', 'Roll out PSIRF']], 0).columns // { objective: 0, ambition: 1, action: 2 }
 */
export function headingLevels(reading: HeaderReading, rows: readonly (readonly CellValue[])[], header: number): HeaderReading {
  const { objective, ambition, ...rest } = reading.columns;
  if (objective === undefined || rest.action === undefined) return reading;
  const seen = sample(rows, header, reading.columns);
  if (seen.at < 0 || !seen.above || seen.ambitions) return reading;
  const columns: ColumnMap = { ...rest, ambition: objective };
  if (seen.at === ambition) columns.objective = ambition;
  return { ...reading, columns, roleCount: Object.keys(columns).length };
}
