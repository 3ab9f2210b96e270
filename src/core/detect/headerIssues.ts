import { a1, a1Range, isBlank } from '../cells';
import { ROLE_LABELS, WARN_IF_MISSING } from '../vocabulary/columns';
import type { Issue, SheetGrid } from '../types';
import type { HeaderReading } from './reading';
import { oneGroup } from './leads';
import { timelineRead } from './timeline';
import type { TrackerHeader } from './tracker';

/**
 * What a missing time frame's warning says of a Gantt chart beside the actions (HeaderReading.timeline)
 * shaded by hand: the sheet does give each action's months, in shading the engine cannot read as a deadline.
 */
function timelineNote(timeline: HeaderReading['timeline'], labels: readonly string[], header: number): string {
  const [first, last] = [timeline?.[0]?.col, timeline?.at(-1)?.col];
  if (first === undefined || last === undefined) return '';
  const span = `${a1(first, header + 1)}:${a1(last, header + 1)} (${labels[first] ?? ''} to ${labels[last] ?? ''})`;
  return `: columns ${span} mark when each action runs, which gives no deadline that can be read`;
}

/**
 * The warnings a found header gives: rival columns for one role, roles worth having that are
 * missing, header cells merged over columns no sub-header splits, and a second tracker beside
 * this one, which is not read, and an Excel table's totals row, left out. Columns a sub-header splits out of one group ("Target" and
 * "Revised" under "Dates") are not rivals, nor are two leads that say which lead each is: both are read (withLeads).
 * @example headerIssues(grid, findHeader(grid, undefined)).map((i) => i.code) // ['missing_timeframe']
 */
export function headerIssues(grid: SheetGrid, found: TrackerHeader): Issue[] {
  const { reading, header, subHeader: sub, split, labels } = found;
  const issue = (cell: string | null, code: string, message: string): Issue => ({ sheet: grid.name, cell, severity: 'warning', code, message });
  const out: Issue[] = [];
  const top = grid.rows[header] ?? [];
  for (const [role, winner, loser] of reading.duplicates) {
    if (split && oneGroup(top, winner, loser)) continue;
    // Two leads named on purpose are both read, into the lead (withLeads): neither is a rival.
    if (role === 'lead' && reading.leads?.includes(loser) === true) continue;
    const name = labels[loser] ?? '';
    out.push(issue(a1(loser, header + 1), 'duplicate_column', `Column "${name}" also looks like the ${ROLE_LABELS[role]} column; ${a1(winner, header + 1)} is used instead. Set the mapping in the Columns view if that is wrong.`));
  }
  for (const role of WARN_IF_MISSING) {
    // Period milestone columns give every step its date, and a Gantt chart's marks every action its time frame: no time frame column is missing.
    const dated = role === 'timeframe' && ((reading.milestones !== undefined && reading.milestones.length > 0) || timelineRead(reading) !== undefined);
    if (reading.columns[role] === undefined && reading.columns.action !== undefined && !dated) {
      const found = `No ${ROLE_LABELS[role]} column was found in header row ${header + 1}`;
      const timeline = role === 'timeframe' ? timelineNote(reading.timeline, labels, header) : '';
      out.push(issue(a1(0, header + 1), `missing_${role}`, `${found}${timeline}; actions cannot be ${role === 'lead' ? 'assigned' : 'rated'} fully. Add one or map it in the Columns view.`));
    }
  }
  const below = split && sub !== null ? (grid.rows[sub] ?? []) : [];
  for (const m of grid.merges) {
    // A merge split into labelled columns by a sub-header row is read column by column.
    if (m.top <= header && m.bottom >= header && m.right > m.left && !below.slice(m.left, m.right + 1).some((v) => !isBlank(v))) {
      out.push(issue(a1(m.left, header + 1), 'merged_header', `Header cells ${a1Range(m)} are merged; only the first column of the merge is read.`));
    }
  }
  if (reading.beside !== undefined) {
    const at = a1(reading.beside, header + 1);
    out.push(issue(at, 'second_tracker', `Another tracker starts at ${at}, beside this one; only this one is read. Move it to a sheet of its own to have its actions rated.`));
  }
  // SPEC 9: a table's totals row is named, so the row left without a rating is not a mystery.
  const table = found.table;
  if (table?.hasTotalsRow === true) {
    const at = a1(table.range.left, table.range.bottom + 1);
    out.push(issue(at, 'table_totals_row', `Row ${table.range.bottom + 1} is the totals row of table "${table.name}": it is not an action, so it was left out and not rated.`));
  }
  return out;
}
