import type { OutputColumn } from '../types';
import { outputColumnOf } from './headers';

/*
 * SPEC 2.4 finds the product's columns again by their headers. "RAG reason" and "Meeting focus"
 * are the product's own words, but "RAG", "Next due" and "Trend" are headers a team may use for
 * its own columns: taking theirs as ours would overwrite what they typed on the first refresh.
 * The product writes its five columns as one block, so those three are ours only where the block
 * is: "RAG" just left of "RAG reason", "Next due" and "Trend" right of the block's distinctive start.
 */

/**
 * The product's own columns on a header row (`texts`, one per column), by column.
 * @example ownOutputs(['Action', 'Next due', 'Trend']).size // 0: a team's own columns, on a first refresh
 * @example ownOutputs(['Action', 'RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend']).get(4) // 'Next due'
 */
export function ownOutputs(texts: readonly string[]): Map<number, OutputColumn> {
  const named = texts.map((t) => outputColumnOf(t));
  const ours = new Map<number, OutputColumn>();
  const start = named.findIndex((o) => o === 'RAG reason' || o === 'Meeting focus');
  if (start < 0) return ours;
  named.forEach((output, col) => {
    if (output === null) return;
    if (output === 'RAG') {
      if (named[col + 1] === 'RAG reason') ours.set(col, output);
    } else if (output === 'RAG reason' || output === 'Meeting focus' || col > start) ours.set(col, output);
  });
  return ours;
}
