import { cellText, isBlank, isProse } from '../cells';
import type { CellValue } from '../types';

/*
 * A grouping column (objective, ambition) names a few groups, each over many rows, repeated or merged
 * down. One whose every row says something of its own (an assurance framework's "Key lines of
 * enquiry", a question per row) groups nothing: read as the grouping, Table One lists every question as
 * a group of one, and the sheet's own group headings ("Criterion 1 …") are lost under them.
 */

/** Rows under the header looked at, as narrativeColumns does: bounded on any sheet. */
const SAMPLE_ROWS = 50;

/** The fewest filled cells that can show a column groups nothing: two or three rows could be groups of one. */
const FEWEST = 4;

/**
 * True when column `col` holds a different sentence on every row that holds an action (`action`,
 * its column), never blank beside one: each row's own question or requirement, not a group.
 * A column merged or written once per group is blank beside some actions; one of labels
 * ("Safe", "Workforce") repeats them or is no sentence.
 * @example eachRowOwn([['KLOE', 'Action'], ['Is the plan in place?', 'Approve plan'], ['Are data reported?', 'Add to IPR'], ['Is there an audit programme?', 'Chase audits'], ['Are leaflets accessible?', 'Translate']], 0, 0, 1) // true
 */
export function eachRowOwn(rows: readonly (readonly CellValue[])[], header: number, col: number, action: number | undefined): boolean {
  if (action === undefined) return false;
  const seen = new Set<string>();
  let prose = 0;
  const end = Math.min(rows.length, header + 1 + SAMPLE_ROWS);
  for (let r = header + 1; r < end; r++) {
    const row = rows[r] ?? [];
    const value = row[col];
    if (isBlank(value)) {
      if (!isBlank(row[action])) return false;
      continue;
    }
    const key = cellText(value).replace(/\s+/g, ' ').trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    if (isProse(value)) prose += 1;
  }
  return seen.size >= FEWEST && prose * 2 > seen.size;
}
