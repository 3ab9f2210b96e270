import { basename, dirname, extname, join } from 'node:path';
import { buildReport, reportWithTrends, type Report } from '../../core/report';
import { storedSettings } from '../../core/settings';
import { planOutput } from '../../core/output';
import { PatchUnsupportedError, WorkbookWriteError, applyEdits, loadWorkbookBytes, patchWorkbook, saveBytes, saveWorkbook, type RefreshEdits } from '../../xlsx';
import { CliError, EXIT } from '../errors';
import { checkOutputs, samePath } from '../files';
import { summaryText, writeJson } from '../output';
import { ProgressBar } from '../progress';
import { openTracker, type CommonFlags } from '../workbook';
import { boardEdits, historyWarnings, withTrends, type TrendedAnalysis } from '../board';
import type { OpenedTracker } from '../workbook';

export interface RefreshFlags extends CommonFlags {
  output?: string;
  json?: string;
  strict?: boolean;
  /** False with --no-summary. */
  summary?: boolean;
}

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/** `<in>.rag.xlsx` beside the input: refresh never overwrites what the user gave it. */
export function defaultOutputPath(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}.rag${ext || '.xlsx'}`);
}

/**
 * Rates every tracker in a workbook and writes a new workbook with the RAG columns, the
 * conditional formats and the settings sheet. Returns the exit code.
 */
export async function refresh(input: string, flags: RefreshFlags, io: CommandIo): Promise<number> {
  const output = flags.output ?? defaultOutputPath(input);
  if (samePath(input, output)) throw new CliError(`The output ${output} is the input file; refresh never overwrites its input. Choose another -o path.`, EXIT.badArguments);
  checkOutputs([{ flag: '-o', path: output }, { flag: '--json', path: flags.json }], [input]);
  const progress = new ProgressBar(io.stderr, 4);
  progress.update(0, 'Reading workbook');
  const opened = await openTracker(input, flags);
  const { settings } = opened;
  const rated = withTrends(opened.source, opened.analysis, settings);
  const { analysis } = rated;
  progress.update(2, 'Writing RAG columns');
  const edits = refreshEdits(opened, rated, { summary: flags.summary !== false, refreshedAt: new Date().toISOString() });
  progress.update(3, `Saving ${basename(output)}`);
  await writeRefreshed(opened, edits, output);
  progress.done();
  historyWarnings(rated, io.stderr);
  const report: Report = reportWithTrends(buildReport(analysis, settings), rated.trends);
  if (flags.json !== undefined) writeJson(report, flags.json, io.stdout);
  // With the report on stdout, the summary and the file written still reach the user, on stderr.
  (flags.json === '-' ? io.stderr : io.stdout).write(`${summaryText(report)}\nWrote ${output}\n`);
  return exitFor(report, flags.strict === true);
}

/**
 * Everything a refresh writes, as data: the RAG columns of every tracker on a sheet that is
 * not protected, the settings, the history with this refresh's snapshot, and the summary.
 * @example refreshEdits(opened, withTrends(opened.source, opened.analysis, opened.settings), { summary: true, refreshedAt })
 */
export function refreshEdits(opened: OpenedTracker, rated: TrendedAnalysis, opts: { summary: boolean; refreshedAt: string }): RefreshEdits {
  const { source, settings } = opened;
  const writable = rated.analysis.trackers.filter((t) => source.grids.find((g) => g.name === t.sheet)?.protected !== true);
  return { plans: writable.map((t) => planOutput(t, settings)), settingsJson: storedSettings(settings), ...boardEdits(source, rated, settings, opts) };
}

/**
 * Saves the refreshed workbook by patching the input file's parts, which keeps everything
 * ExcelJS's model cannot carry (charts, pivot tables, slicers) and costs time in proportion
 * to what is written. A package laid out in a way the patcher does not handle is written
 * through ExcelJS's full model instead, with the same cells.
 */
async function writeRefreshed(opened: OpenedTracker, edits: RefreshEdits, output: string): Promise<void> {
  let bytes: Buffer | null = null;
  try {
    bytes = await patchWorkbook(opened.bytes, opened.source.grids, edits);
  } catch (error) {
    if (!(error instanceof PatchUnsupportedError)) throw error;
  }
  try {
    if (bytes !== null) return await saveBytes(bytes, output);
    const workbook = await loadWorkbookBytes(opened.bytes, opened.path);
    applyEdits(workbook, edits);
    return await saveWorkbook(workbook, output);
  } catch (error) {
    // Its message already names the file and what to do; exit 3 as for a file that cannot be read.
    if (error instanceof WorkbookWriteError) throw new CliError(error.message, EXIT.unreadable);
    throw error;
  }
}

/** Exit 1 only when asked to be strict and the data-quality check found errors. */
export function exitFor(report: Report, strict: boolean): number {
  const errors = [...report.issues, ...report.trackers.flatMap((t) => t.issues)].some((i) => i.severity === 'error');
  return strict && errors ? EXIT.dataErrors : EXIT.ok;
}
