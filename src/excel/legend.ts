/// <reference types="office-js" />
import { a1 } from '../core/cells';
import type { OutputPlan } from '../core/output';
import type { CellRange } from '../core/types';

/** What became of a tracker's colour key. */
export type LegendResult = 'note' | 'unchanged' | 'unsupported' | 'skipped';

/*
 * The colour key is a note on the RAG header cell, as the command line writes it. Notes need
 * ExcelApi 1.18; below that the key is left out (the summary sheet and the task pane carry it).
 * An existing key is found by its first line among the notes read with the sheet, so no extra
 * round trip is needed to look for it.
 */

/**
 * Queues the note that explains the colours, when the host has notes.
 * @example queueLegend(ws, meta.notes, plan, merges) // 'note'
 */
export function queueLegend(ws: Excel.Worksheet, notes: readonly string[] | null, plan: OutputPlan, merges: readonly CellRange[]): LegendResult {
  if (notes === null) return 'unsupported';
  const rag = plan.columns.find((c) => c.header === 'RAG');
  const row = plan.headerRow - 1;
  if (!rag || merges.some((m) => row >= m.top && row <= m.bottom && rag.col >= m.left && rag.col <= m.right && (row !== m.top || rag.col !== m.left))) return 'skipped';
  const mark = plan.legend.split('\n')[0] ?? plan.legend;
  const index = notes.findIndex((n) => n.startsWith(mark));
  if (index < 0) {
    ws.notes.add(a1(rag.col, plan.headerRow), plan.legend);
    return 'note';
  }
  if (notes[index] === plan.legend) return 'unchanged';
  ws.notes.getItemAt(index).content = plan.legend;
  return 'note';
}
