/// <reference types="office-js" />
import { analyseWorkbookInChunks, type WorkbookAnalysis } from '../core/analyse/workbook';
import { applyTrends } from '../core/history';
import { buildReport, type Report } from '../core/report';
import type { Settings } from '../core/settings';
import { summaryModel, summarySheetPlan, type SummaryModel } from '../core/summary';
import type { SheetGrid } from '../core/types';
import { MAX_CELLS_PER_RANGE, WEB_BUDGET_BYTES } from './chunks';
import { Progress, RefreshError, toRefreshError } from './errors';
import { historyFromRows } from './history';
import type { LegendResult } from './legend';
import { outputs, reportWithTrends } from './outputs';
import { readWorkbook } from './read';
import { officeSupport, onTheWeb, type ApiSupport, type ExcelRunner } from './run';
import { settingsFor, storedFromRows, type SettingsChoice } from './settings';
import { summaryWrite } from './summary';
import { Syncer } from './sync';
import { writeRows } from './write';

export interface RefreshOptions extends SettingsChoice {
  /** Excel on the web: keep every request and response under the payload budget (default: what Office reports). */
  web?: boolean;
  /** Requirement-set support; defaults to what the running Office reports. */
  supports?: ApiSupport;
  /** Waits between cell-edit retries (tests pass one that does not wait). */
  sleep?: (ms: number) => Promise<void>;
  /** Give up on a round trip after this long (default 60 s). */
  syncTimeoutMs?: number;
  /** Waits before each retry while Excel is in cell-edit mode (default 0.25, 0.5, 1, 2, 4 s). */
  editRetryDelaysMs?: readonly number[];
  /** Bytes per request or response on the web (default 2.5 MB, half Excel's 5 MB limit). */
  payloadBudgetBytes?: number;
  /** Sheets asked for per round trip when listing them (default 32). */
  sheetProbe?: number;
  /** The clock, for RAG History's "refreshed at" (tests pin it). */
  now?: () => Date;
  /** Told each step, for a progress line in the task pane. */
  onProgress?: (step: string) => void;
}

/** What a refresh did: the same JSON report as the command line, and what it wrote. */
export interface RefreshOutcome {
  report: Report;
  /** Sheets whose RAG columns, colours and key were written. */
  written: string[];
  /** Trackers left alone (a protected sheet is reported, never unprotected). */
  skipped: { sheet: string; reason: 'protected' }[];
  /** Per written sheet, what became of the colour key note. */
  legend: LegendResult[];
  /** What the RAG Summary sheet shows, for the pane's copy and .docx download. */
  summary: SummaryModel;
  /** False when the RAG Summary sheet was protected and so left as it was. */
  summaryWritten: boolean;
  /** Whether the summary's page layout (ExcelApi 1.9) was set for printing. */
  pageLayout: boolean;
  /** Round trips to Excel. */
  syncs: number;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The engine's analysis, handing the thread back to Excel every few thousand actions. */
async function analyse(grids: readonly SheetGrid[], settings: Settings): Promise<WorkbookAnalysis> {
  const chunks = analyseWorkbookInChunks(grids, settings, 5000);
  for (let step = chunks.next(); ; step = chunks.next()) {
    if (step.done === true) return step.value;
    await wait(0);
  }
}

async function refreshIn(ctx: Excel.RequestContext, options: RefreshOptions, progress: Progress): Promise<RefreshOutcome> {
  const web = options.web ?? onTheWeb();
  const budget = options.payloadBudgetBytes ?? WEB_BUDGET_BYTES;
  const io = new Syncer(ctx, { sleep: options.sleep ?? wait, timeoutMs: options.syncTimeoutMs ?? 60_000, editRetryDelaysMs: options.editRetryDelaysMs ?? [250, 500, 1000, 2000, 4000] });
  options.onProgress?.('Reading the workbook');
  const read = await readWorkbook(ctx, io, { web, supports: options.supports ?? officeSupport(), budgetBytes: Math.min(budget, MAX_CELLS_PER_RANGE * 64), sheetProbe: options.sheetProbe ?? 32 });
  progress.phase = 'analyse';
  options.onProgress?.('Rating the actions');
  const settings = settingsFor(read.settings ? storedFromRows(read.settings.rows) : null, options);
  const analysis = await analyse(read.grids, settings);
  if (analysis.trackers.length === 0) {
    const why = analysis.issues.find((i) => i.code === 'no_tracker')?.message ?? 'No action tracker was found in this workbook.';
    throw new RefreshError('no_tracker', why);
  }
  const history = historyFromRows(read.history?.rows ?? []);
  const { trackers, trends } = applyTrends(analysis.trackers, history, settings.asOf);
  const supports = options.supports ?? officeSupport();
  // The same model and plan as `rag-tracker refresh` writes (the add-in has no workbook title to name it by).
  const summary = summaryModel(trackers, settings, trends, { issues: analysis.issues });
  const sheet = summaryWrite(ctx, summarySheetPlan(summary), read.sheets, trackers.map((t) => t.sheet), supports);
  const out = outputs(ctx, read, trackers, history, settings, (options.now ?? (() => new Date()))().toISOString(), sheet);
  progress.phase = 'write';
  progress.pending = out.written;
  options.onProgress?.('Writing the RAG columns');
  const legend = await writeRows(ctx, io, out.jobs, out.final, { budgetBytes: web ? budget : Infinity, fallbackBytes: budget, finalBytes: out.finalBytes }, progress);
  const report = reportWithTrends(buildReport({ ...analysis, trackers }, settings), trends);
  return { report, written: out.written, skipped: out.skipped, legend, summary, summaryWritten: sheet !== null, pageLayout: sheet !== null && supports('1.9'), syncs: io.syncs };
}

/**
 * Rates every tracker in the open workbook and writes what `rag-tracker refresh` writes to a
 * file: the RAG columns, the colour rules and key, RAG History, the RAG Settings sheet and the
 * RAG Summary sheet (rebuilt in place, in the same write round trips).
 * Desktop takes one round trip to read and one to write at any row count; the web keeps each
 * under the payload budget. Any failure becomes a RefreshError with one sentence for the user.
 * @example const { report } = await refreshWorkbook(officeRunner, { asOf: '2022-11-30', nextMeeting: '2022-12-14' })
 */
export async function refreshWorkbook(runner: ExcelRunner, options: RefreshOptions): Promise<RefreshOutcome> {
  const progress = new Progress();
  try {
    return await runner((ctx) => refreshIn(ctx, options, progress));
  } catch (error) {
    throw toRefreshError(error, progress);
  }
}
