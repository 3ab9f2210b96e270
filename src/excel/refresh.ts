/// <reference types="office-js" />
import { warmUpInChunks } from '../core/analyse/warm';
import { analyseWorkbookInChunks, type WorkbookAnalysis } from '../core/analyse/workbook';
import { applyTrendsInChunks, historyIssues, readHistoryTableInChunks } from '../core/history';
import { buildReportInChunks, reportWithTrends, type Report } from '../core/report';
import type { Settings } from '../core/settings';
import { summaryModelInChunks, summarySheetPlanInChunks, type SummaryModel } from '../core/summary';
import { cellText, columnLetter } from '../core/cells';
import type { AlsoReadAs, SheetGrid, Tracker } from '../core/types';
import { MAX_CELLS_PER_RANGE, WEB_BUDGET_BYTES } from './chunks';
import { Progress, RefreshError, toRefreshError } from './errors';
import type { LegendResult } from './legend';
import { outputs } from './outputs';
import { ENGINE_CHUNK_ROWS, paced, timePace, type Pace } from './pace';
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
  /** When to hand the thread back between slices of work (default: every 12 ms by the clock). */
  pace?: Pace;
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
  /** Per tracker sheet, by column letter, the columns read with a role's column (Tracker.alsoRead), for the Columns view. */
  alsoRead: Record<string, Record<string, AlsoReadAs>>;
  /**
   * Per tracker sheet, by column letter, the headers as read (Tracker.headers) where they differ
   * from the header cell: a two-row header's split columns, whose own cell is blank.
   */
  headers: Record<string, Record<string, string>>;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A tracker's headers as read (Tracker.headers) where its header cell says otherwise, by column letter: RefreshOutcome.headers. */
function readHeaders(t: Tracker, grid: SheetGrid | undefined): Record<string, string> {
  const cells = grid?.rows[t.headerRow - 1] ?? [];
  const own = new Set(Object.values(t.outputColumns));
  const out: Record<string, string> = {};
  t.headers.forEach((text, col) => {
    if (text !== '' && !own.has(col) && text !== cellText(cells[col]).trim()) out[columnLetter(col)] = text;
  });
  return out;
}

/** Actions per step of the engine: a few milliseconds each, so a slice seldom overruns by much. */
const ANALYSE_CHUNK_ROWS = 250;

/** The engine's analysis, handing the thread back whenever a slice is used up. */
async function analyse(grids: readonly SheetGrid[], settings: Settings, pace: Pace): Promise<WorkbookAnalysis> {
  // Each warm-up is a cold start's slice of its own: three pauses cost nothing beside the rows' hundreds.
  for (const _ of warmUpInChunks(settings.asOf)) await pace.pause();
  const chunks = analyseWorkbookInChunks(grids, settings, ANALYSE_CHUNK_ROWS);
  for (let step = chunks.next(); ; step = chunks.next()) {
    if (step.done === true) return step.value;
    if (pace.due()) await pace.pause();
  }
}

async function refreshIn(ctx: Excel.RequestContext, options: RefreshOptions, progress: Progress): Promise<RefreshOutcome> {
  const web = options.web ?? onTheWeb();
  const budget = options.payloadBudgetBytes ?? WEB_BUDGET_BYTES;
  const io = new Syncer(ctx, { sleep: options.sleep ?? wait, timeoutMs: options.syncTimeoutMs ?? 60_000, editRetryDelaysMs: options.editRetryDelaysMs ?? [250, 500, 1000, 2000, 4000] });
  const pace = options.pace ?? timePace();
  options.onProgress?.('Reading the workbook');
  const read = await readWorkbook(ctx, io, { web, supports: options.supports ?? officeSupport(), budgetBytes: Math.min(budget, MAX_CELLS_PER_RANGE * 64), sheetProbe: options.sheetProbe ?? 32, pace });
  progress.phase = 'analyse';
  options.onProgress?.('Rating the actions');
  const settings = settingsFor(read.settings ? storedFromRows(read.settings.rows) : null, options);
  const analysis = await analyse(read.grids, settings, pace);
  if (analysis.trackers.length === 0) {
    const why = analysis.issues.find((i) => i.code === 'no_tracker')?.message ?? 'No action tracker was found in this workbook.';
    throw new RefreshError('no_tracker', `${why} Or choose the sheet and its header row in the Columns view and give its columns their roles.`);
  }
  // The engine's later passes go in steps of a bounded number of rows, so none holds the thread for long.
  const history = await paced(readHistoryTableInChunks(read.history?.rows ?? [], ENGINE_CHUNK_ROWS), pace);
  const { trackers, trends } = await paced(applyTrendsInChunks(analysis.trackers, history, settings.asOf, ENGINE_CHUNK_ROWS), pace);
  // As `rag-tracker` does (withTrends): RAG History rows edited past reading are the workbook's warnings.
  const issues = [...analysis.issues, ...historyIssues(history)];
  const supports = options.supports ?? officeSupport();
  // The same model and plan as `rag-tracker refresh` writes, named by the same title.
  const summary = await paced(summaryModelInChunks(trackers, settings, trends, { title: read.title, issues }, ENGINE_CHUNK_ROWS), pace);
  const plan = await paced(summarySheetPlanInChunks(summary, ENGINE_CHUNK_ROWS), pace);
  const sheet = await summaryWrite(ctx, plan, read.sheets, trackers.map((t) => t.sheet), supports, pace);
  const out = await outputs(ctx, read, trackers, history, settings, (options.now ?? (() => new Date()))().toISOString(), sheet, pace, supports);
  progress.phase = 'write';
  progress.pending = out.written;
  options.onProgress?.('Writing the RAG columns');
  const legend = await writeRows(ctx, io, out.jobs, out.final, { budgetBytes: web ? budget : Infinity, fallbackBytes: budget, finalBytes: out.finalBytes }, progress);
  const report = reportWithTrends(await paced(buildReportInChunks({ ...analysis, trackers, issues }, settings, ENGINE_CHUNK_ROWS), pace), trends);
  const alsoRead = Object.fromEntries(trackers.map((t) => [t.sheet, Object.fromEntries(t.alsoRead.map((a) => [columnLetter(a.col), a.as]))]));
  const headers = Object.fromEntries(trackers.map((t) => [t.sheet, readHeaders(t, read.grids.find((g) => g.name === t.sheet))]));
  return { report, written: out.written, skipped: out.skipped, legend, summary, summaryWritten: sheet !== null, pageLayout: sheet !== null && supports('1.9'), syncs: io.syncs, alsoRead, headers };
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
