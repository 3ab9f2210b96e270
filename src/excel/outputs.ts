/// <reference types="office-js" />
import { historyRowsInChunks, historyTableInChunks, mergeHistoryInChunks, type HistoryRow } from '../core/history';
import { planOutputInChunks } from '../core/output';
import type { Settings } from '../core/settings';
import type { Tracker } from '../core/types';
import { HISTORY_SHEET, historyLayoutSteps } from './history';
import { queueFilter } from './filter';
import { queueLegend, type LegendResult } from './legend';
import { ENGINE_CHUNK_ROWS, paced, type Pace } from './pace';
import type { WorkbookRead } from './read';
import type { SheetMeta } from './read-sheet';
import { queueRules } from './rules';
import type { ApiSupport } from './run';
import { queueSettings, settingsBytes } from './settings';
import type { SummaryWrite } from './summary';
import type { RowJob } from './write';
import { planWriteSteps, type PlanWrite } from './write-plan';

/** Everything a refresh writes, laid out: rows per sheet, and the final commands. */
export interface Outputs {
  jobs: RowJob[];
  /** Queues the colour rules, colour keys and settings sheet; returns each tracker's key result. */
  final: () => LegendResult[];
  finalBytes: number;
  written: string[];
  skipped: { sheet: string; reason: 'protected' }[];
}

/**
 * What to write for rated trackers: each unprotected tracker's output columns, this
 * refresh's snapshot in RAG History (only the rows that change), the RAG Summary's values
 * when given, then the rules, keys, AutoFilters, settings and the summary's formats. `supports` says whether
 * getRanges (ExcelApi 1.9) can embolden several tables' header rows in one call. Protected sheets are skipped (the engine reports them; they are never unprotected).
 * Laid out a slice at a time, handing the thread back between.
 */
export async function outputs(ctx: Excel.RequestContext, read: WorkbookRead, trackers: readonly Tracker[], history: readonly HistoryRow[], settings: Settings, refreshedAt: string, summary: SummaryWrite | null, pace: Pace, supports: ApiSupport): Promise<Outputs> {
  const metas = new Map(read.sheets.map((m) => [m.name, m]));
  const grids = new Map(read.grids.map((g) => [g.name, g]));
  // The columns are new until the RAG header is there: only then are their widths set.
  const firstRefresh = (t: Tracker): boolean => grids.get(t.sheet)?.rows[t.headerRow - 1]?.[t.outputColumns.RAG] !== 'RAG';
  const plans: { meta: SheetMeta; write: PlanWrite }[] = [];
  const skipped: Outputs['skipped'] = [];
  for (const tracker of trackers) {
    const meta = metas.get(tracker.sheet);
    if (!meta || meta.protected) skipped.push({ sheet: tracker.sheet, reason: 'protected' });
    else {
      const plan = await paced(planOutputInChunks(tracker, settings, ENGINE_CHUNK_ROWS), pace);
      plans.push({ meta, write: await paced(planWriteSteps(plan, meta.merges, firstRefresh(tracker), read.date1904, supports('1.9')), pace) });
    }
  }
  const jobs: RowJob[] = plans.map(({ meta, write }) => ({ name: meta.name, layout: write, sheet: meta.ws, tracked: true }));
  const stored = read.history;
  const fresh = await paced(historyRowsInChunks(trackers, settings.asOf, refreshedAt, ENGINE_CHUNK_ROWS), pace);
  const merged = await paced(mergeHistoryInChunks(history, fresh, ENGINE_CHUNK_ROWS), pace);
  const table = await paced(historyTableInChunks(merged, ENGINE_CHUNK_ROWS), pace);
  const layout = await paced(historyLayoutSteps(stored?.rows ?? [], table), pace);
  if (layout) {
    const create = (): Excel.Worksheet => {
      const ws = ctx.workbook.worksheets.add(HISTORY_SHEET);
      ws.visibility = 'VeryHidden';
      return ws;
    };
    jobs.push({ name: HISTORY_SHEET, layout, tracked: false, ...(stored ? { sheet: stored.meta.ws } : { create }) });
  }
  if (summary) jobs.push(summary.job);
  const final = (): LegendResult[] => {
    const legends = plans.map(({ meta, write }) => {
      queueRules(meta.ws, meta.ownRules, write.plan.rules);
      queueFilter(meta, write.plan);
      return queueLegend(meta.ws, meta.notes, write.plan, meta.merges);
    });
    if (stored) stored.meta.ws.visibility = 'VeryHidden';
    queueSettings(ctx, read.settings, settings);
    summary?.queueFormats();
    return legends;
  };
  return { jobs, final, finalBytes: plans.length * 3000 + settingsBytes(settings) + (summary?.bytes ?? 0), written: plans.map((p) => p.meta.name), skipped };
}

