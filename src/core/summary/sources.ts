import type { Issue, Tracker } from '../types';

/** A tracker with the label that names it in a summary covering several trackers. */
export interface Source {
  tracker: Tracker;
  label: string | null;
}

/**
 * Labels trackers for the Source column: nothing for a single tracker, the sheet name for
 * several trackers of one workbook, the workbook's file name in a roll-up (with the sheet
 * after it when one workbook gives several trackers).
 * @example labelSources([t1, t2], ['a.xlsx', 'b.xlsx']).sources.map((s) => s.label) // ['a.xlsx', 'b.xlsx']
 */
export function labelSources(trackers: readonly Tracker[], workbooks?: readonly string[]): { sources: Source[]; header: 'Workbook' | 'Sheet' | null } {
  if (workbooks !== undefined) {
    const seen = new Map<string, number>();
    for (const w of workbooks) seen.set(w, (seen.get(w) ?? 0) + 1);
    const sources = trackers.map((tracker, i) => {
      const workbook = workbooks[i] ?? '';
      return { tracker, label: (seen.get(workbook) ?? 0) > 1 ? `${workbook}: ${tracker.sheet}` : workbook };
    });
    return { sources, header: 'Workbook' };
  }
  if (trackers.length > 1) return { sources: trackers.map((tracker) => ({ tracker, label: tracker.sheet })), header: 'Sheet' };
  return { sources: trackers.map((tracker) => ({ tracker, label: null })), header: null };
}

/** A problem with the workbook it came from, in a roll-up. */
export type SourcedIssue = Issue & { workbook?: string };
