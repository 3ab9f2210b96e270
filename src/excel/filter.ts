/// <reference types="office-js" />
import { type OutputPlan, widenedFilter } from '../core/output';
import type { SheetMeta } from './read-sheet';

/**
 * Queues the widening of a tracker sheet's AutoFilter over its output columns (see
 * widenedFilter), as `rag-tracker refresh` widens it in the file, so the RAG columns get
 * drop-downs too. AutoFilter.apply on a new range may not carry the old range's criteria (the
 * reference does not say), so a filter with criteria set is left as it is: the user's
 * filtered view is never lost. Returns whether a call was queued.
 * @example queueFilter(meta, plan) // true for an unfiltered A3:F40 with outputs in G:K
 */
export function queueFilter(meta: SheetMeta, plan: OutputPlan): boolean {
  const filter = meta.autoFilter;
  if (filter === null || filter.filtered) return false;
  const wide = widenedFilter(filter.range, plan);
  if (wide === null) return false;
  meta.ws.autoFilter.apply(meta.ws.getRangeByIndexes(wide.top, wide.left, wide.bottom - wide.top + 1, wide.right - wide.left + 1));
  return true;
}
