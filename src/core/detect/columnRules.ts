import type { ColumnMap } from '../types';
import { ITEM_OBJECTIVE_HEADS, RECOMMENDATION_HEADS, RESPONSE_HEADER_WORDS } from '../vocabulary/columns';
import { normaliseHeader, withoutHint } from './normalise';

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

const ITEM_HEADS = new Set(ITEM_OBJECTIVE_HEADS.map((w) => normaliseHeader(w)));

/**
 * A quality account's priorities ("No. | Quality priority | Executive lead | Measure | Target date")
 * have no action column: each row is a priority, so the objective column stands as the action when
 * its header's last word names such an item (ITEM_OBJECTIVE_HEADS) and a lead, date or status sits
 * beside it. Read as a group, the sheet would have nothing to rate.
 * @example prioritiesAsActions({ objective: 1, lead: 2 }, ['No.', 'Quality priority', 'Executive lead']) // { lead: 2, action: 1 }
 */
export function prioritiesAsActions(columns: ColumnMap, texts: readonly string[]): ColumnMap {
  const { objective, ...rest } = columns;
  if (objective === undefined || columns.action !== undefined || columns.ambition !== undefined) return columns;
  if ((columns.lead ?? columns.timeframe ?? columns.status) === undefined) return columns;
  const last = normaliseHeader(withoutHint(texts[objective] ?? '')).split(' ').pop() ?? '';
  return ITEM_HEADS.has(last) ? { ...rest, action: objective } : columns;
}

const RESPONSE_WORDS = new Set(RESPONSE_HEADER_WORDS.map((w) => normaliseHeader(w)));
const RECOMMENDATION = new Set(RECOMMENDATION_HEADS.map((w) => normaliseHeader(w)));
const headWords = (text: string): string[] => normaliseHeader(withoutHint(text)).split(' ');

/**
 * An audit tracker's "Recommendation" beside management's answer to it ("Agreed action",
 * "Management response"): the recommendation is what the committee tracks to implemented, and
 * the answer is often just "Agreed", which named nothing in the board paper's exceptions. So the
 * recommendation stands as the action, and the answer, where it says more, is how it will be done:
 * the action's next steps, unless a column names those. A plain "Action" beside a recommendation is
 * the trust's own action and keeps the role.
 * @example recommendationAsAction({ action: 2, lead: 3 }, ['Ref', 'Recommendation', 'Agreed action', 'Owner']) // { action: 1, lead: 3, next_steps: 2 }
 */
export function recommendationAsAction(columns: ColumnMap, texts: readonly string[]): ColumnMap {
  const { action } = columns;
  if (action === undefined || !headWords(texts[action] ?? '').some((w) => RESPONSE_WORDS.has(w))) return columns;
  const taken = new Set(Object.values(columns));
  const rec = texts.findIndex((t, col) => !taken.has(col) && RECOMMENDATION.has(headWords(t).pop() ?? ''));
  if (rec < 0) return columns;
  return columns.next_steps === undefined ? { ...columns, action: rec, next_steps: action } : { ...columns, action: rec };
}
