import type { ColumnMap } from '../types';

/*
 * Rules on a header's column map as a whole, once each column has its role (readHeader).
 */

/**
 * A board's Table One (ambitions with progress or confidence, and no leads or dates) rates its
 * ambitions: a column only a fallback names as the action there ("Description", "Key issues")
 * is a note on each ambition, and read as the action it would turn the sheet into actions.
 * @example ambitionNotes({ ambition: 0, action: 1, progress: 2 }) // { ambition: 0, progress: 2 }
 */
export function ambitionNotes(columns: ColumnMap): ColumnMap {
  const { action, ...rest } = columns;
  const table = columns.ambition !== undefined && (columns.progress ?? columns.confidence) !== undefined;
  return table && columns.lead === undefined && columns.timeframe === undefined ? rest : columns;
}

/**
 * A milestone plan ("Workstream | Key milestone | Owner | Baseline date") has no action column:
 * each row's milestone is what is rated, so its next-steps column stands as the action.
 * @example stepsAsActions({ next_steps: 1, lead: 2 }) // { lead: 2, action: 1 }
 */
export function stepsAsActions(columns: ColumnMap): ColumnMap {
  const { next_steps: steps, ...rest } = columns;
  return steps === undefined || columns.action !== undefined || columns.ambition !== undefined ? columns : { ...rest, action: steps };
}
