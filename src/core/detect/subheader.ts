import { cellText, isBlank, wordCount } from '../cells';
import type { CellValue, ColumnMap } from '../types';
import { WHOLE_ONLY_HEADERS } from '../vocabulary/columns';
import { matchRole } from './headers';
import { normaliseHeader } from './normalise';
import { namesPeriodContent } from './milestones';
import { periodUnder } from './periods';

const WHOLE_ONLY: ReadonlySet<string> = new Set(WHOLE_ONLY_HEADERS);

/** A sub-label is a word or two ("Start", "Exec", "Q1 (Apr-Jun)"), never a sentence of data. */
const MAX_LABEL_WORDS = 4;

function isLabel(value: CellValue | undefined): value is string {
  return typeof value === 'string' && wordCount(value) <= MAX_LABEL_WORDS;
}

/**
 * The group each column sits under: its own header, or the nearest header to its left when
 * its own is blank (a merged or centred-across group header reads blank past its first cell).
 */
function groups(top: readonly CellValue[], width: number): (number | null)[] {
  const out: (number | null)[] = [];
  let group: number | null = null;
  for (let c = 0; c < width; c++) {
    if (!isBlank(top[c])) group = c;
    out.push(group);
  }
  return out;
}

/**
 * A split column's header: its label with the group's name, in the order that names a role
 * best ("Exec" under "Lead" is "Exec lead", "Owner" under "Action" is "Action owner"), or the
 * label alone ("BRAG" under "Delivery"); label first when none does, so "Start" under
 * "Timescale" names no deadline. A period under a group that only spans it ("Apr" under
 * "Timescale 2024/25") is that period of the group's year (periodUnder).
 */
function splitHeader(label: string, group: string): string {
  const period = periodUnder(label, group, namesPeriodContent);
  if (period !== null) return period;
  let out = `${label} ${group}`;
  let score = 0;
  let role: string | null = null;
  for (const text of [out, `${group} ${label}`]) {
    const m = matchRole(text);
    if (m !== null && m.score > score) [out, score, role] = [text, m.score, m.role];
  }
  // A label that is a role's name by itself ("SRO" under "Lead") is read as written; a bare word
  // that names one only as a whole header ("End" under "Timescale") keeps its group's name.
  const alone = matchRole(label);
  const bare = alone?.role === role && WHOLE_ONLY.has(normaliseHeader(label));
  return alone !== null && alone.score > score && !bare ? label : out;
}

/**
 * The header texts of a two-row header, when row `below` splits a group header of row `top`
 * into columns ("Timescale" across two columns over "Start" and "End"); null when `below` is
 * not such a row. A split column reads as its label and the group's name (splitHeader); one
 * left unlabelled keeps the group's name at its first column, as a one-row reading would.
 * A sub-header row has labels only under groups it splits, two at least under one of them: a
 * tracker's first row, which always has cells under single headers, never reads as one.
 * @example subHeaderTexts(['Action', 'Timescale', null], [null, 'Original', 'Revised']) // ['Action', 'Original Timescale', 'Revised Timescale']
 * @example subHeaderTexts(['Action', 'Lead'], ['Publish the plan', 'Ann']) // null
 */
export function subHeaderTexts(top: readonly CellValue[], below: readonly CellValue[]): string[] | null {
  const width = Math.max(top.length, below.length);
  const groupOf = groups(top, width);
  const split = new Map<number, number>();
  for (let c = 0; c < width; c++) {
    if (isBlank(below[c])) continue;
    const group = groupOf[c] ?? null;
    // A label under a one-column header, or under none, makes this a data row.
    if (!isLabel(below[c]) || group === null || (groupOf[group + 1] ?? null) !== group) return null;
    split.set(group, (split.get(group) ?? 0) + 1);
  }
  if (![...split.values()].some((n) => n >= 2)) return null;
  const texts = Array.from({ length: width }, (_, c) => cellText(top[c]).trim());
  for (let c = 0; c < width; c++) {
    const group = groupOf[c] ?? null;
    if (group === null || !split.has(group)) continue;
    const label = cellText(below[c]).trim();
    if (label !== '') texts[c] = splitHeader(label, cellText(top[group]).trim());
  }
  return texts;
}

/**
 * True when the row under the header only describes the columns ("(dd/mm/yyyy)" under Target
 * date, "(R/A/G)" under RAG): short labels, each under a header (`header`, the header row's
 * cells), and nothing that names or groups an action (ref, action, objective, ambition). Read as
 * an action it would be one with no name, rated on its hints. A label under no header describes
 * no column: a group heading in a spacer column left of the tracker's.
 * @example isHintRow([null, null, '(dd/mm/yyyy)'], { ref: 0, action: 1, timeframe: 2 }, ['Ref', 'Action', 'Target date']) // true
 * @example isHintRow(['1', 'Publish the plan', 'Mar 24'], { ref: 0, action: 1, timeframe: 2 }, ['Ref', 'Action', 'Target date']) // false
 * @example isHintRow(['Workforce', null, null], { ref: 1, action: 2 }, [null, 'Ref', 'Action']) // false
 */
export function isHintRow(row: readonly CellValue[], columns: ColumnMap, header: readonly CellValue[]): boolean {
  for (const col of [columns.ref, columns.action, columns.objective, columns.ambition]) if (col !== undefined && !isBlank(row[col])) return false;
  let labels = 0;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (isBlank(value)) continue;
    if (!isLabel(value) || isBlank(header[c])) return false;
    labels += 1;
  }
  return labels > 0;
}
