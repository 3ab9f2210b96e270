import { columnIndex } from '../cells';
import type { SheetMapping } from '../settings';
import type { ColumnMap, Role } from '../types';
import type { HeaderReading } from './columns';

/**
 * A confirmed mapping's reading of the header row: its columns as confirmed, with what the
 * detected reading (`detected`, of the same row) found beside them, the further status columns,
 * dated updates and revised dates, kept where the mapping gives their columns no role.
 * @example fromMapping({ headerRow: 1, columns: { action: 'B' } }, readHeader(['Ref', 'Action', 'Update'])).columns // { action: 1 }
 */
export function fromMapping(mapping: SheetMapping, detected: HeaderReading): HeaderReading {
  const columns: ColumnMap = {};
  for (const [role, letter] of Object.entries(mapping.columns) as [Role, string][]) {
    const col = columnIndex(letter);
    if (col !== null) columns[role] = col;
  }
  const taken = new Set(Object.values(columns));
  // Dated updates stand for the status only when the mapping's status column is one of them;
  // otherwise they are read beside it, as further status columns.
  const updates = columns.status !== undefined && detected.updates?.includes(columns.status) === true ? detected.updates : undefined;
  const loose = updates === undefined ? (detected.updates ?? []) : [];
  const extraStatus = [...new Set([...detected.extraStatus, ...loose])].filter((c) => !taken.has(c)).sort((a, b) => a - b);
  const revised = detected.revisedTimeframe;
  // Period ratings stay read together while the first is still read as a status and the mapping gives none of them a role.
  const rated = detected.ratings?.[0];
  const ratings = rated !== undefined && (extraStatus.includes(rated) || columns.status === rated) && !detected.ratings?.some((c) => c !== rated && taken.has(c)) ? detected.ratings : undefined;
  return {
    ...detected,
    columns,
    extraStatus,
    duplicates: [],
    roleCount: taken.size,
    // The revised dates still revise the mapped time frame, unless the mapping gives their column a role.
    revisedTimeframe: revised === undefined || taken.has(revised) ? undefined : revised,
    // The step dates still date the steps while the mapping keeps the action's end as the time frame and gives them no role.
    stepDates: detected.stepDates === undefined || taken.has(detected.stepDates) || columns.timeframe !== detected.columns.timeframe ? undefined : detected.stepDates,
    updates,
    ratings,
    // A completion column given another role by the mapping is read as that role.
    completed: detected.completed?.filter((c) => !taken.has(c) || c === columns.status),
    // Milestones still stand for the steps, unless the mapping gives the steps a column or dates them by a milestone's own column;
    // a time frame column of its own beside them is the action's overall deadline (milestoneEntries).
    milestones: columns.next_steps === undefined && !(detected.milestones ?? []).some((m) => m.col === columns.timeframe) ? detected.milestones?.filter((m) => !taken.has(m.col)) : undefined,
    // The further leads are read into the lead while the mapping keeps the lead detected and gives them no role of their own.
    leads: columns.lead === detected.columns.lead ? detected.leads?.filter((c) => !taken.has(c)) : undefined,
    // A Gantt chart gives the time frames unless the mapping gives them a column; a month it maps to a role is read as that role.
    timeline: columns.timeframe === undefined ? detected.timeline?.filter((m) => !taken.has(m.col)) : undefined,
  };
}

