import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { buildReport, type Report } from '../../core/report';
import { storedSettings } from '../../core/settings';
import { planOutput } from '../../core/output';
import { applyPlan, isSheetProtected, saveWorkbook, writeSettingsSheet } from '../../xlsx';
import { CliError, EXIT } from '../errors';
import { summaryText, writeJson } from '../output';
import { ProgressBar } from '../progress';
import { openTracker, type CommonFlags } from '../workbook';
import { reportWithTrends, withTrends, writeBoardSheets } from '../board';

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

function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

/**
 * Rates every tracker in a workbook and writes a new workbook with the RAG columns, the
 * conditional formats and the settings sheet. Returns the exit code.
 */
export async function refresh(input: string, flags: RefreshFlags, io: CommandIo): Promise<number> {
  const output = flags.output ?? defaultOutputPath(input);
  if (samePath(input, output)) throw new CliError(`The output ${output} is the input file; refresh never overwrites its input. Choose another -o path.`, EXIT.badArguments);
  const progress = new ProgressBar(io.stderr, 4);
  progress.update(0, 'Reading workbook');
  const opened = await openTracker(input, flags);
  const { workbook, settings } = opened;
  const rated = withTrends(workbook, opened.analysis, settings);
  const { analysis } = rated;
  progress.update(2, 'Writing RAG columns');
  for (const tracker of analysis.trackers) {
    const sheet = workbook.getWorksheet(tracker.sheet);
    if (sheet && isSheetProtected(sheet)) continue;
    applyPlan(workbook, planOutput(tracker, settings));
  }
  writeSettingsSheet(workbook, storedSettings(settings));
  writeBoardSheets(workbook, rated, settings, { summary: flags.summary !== false, refreshedAt: new Date().toISOString() });
  progress.update(3, `Saving ${basename(output)}`);
  await saveWorkbook(workbook, output);
  progress.done();
  const report: Report = reportWithTrends(buildReport(analysis, settings), rated.trends);
  if (flags.json !== undefined) writeJson(report, flags.json, io.stdout);
  if (flags.json !== '-') io.stdout.write(`${summaryText(report)}\nWrote ${output}\n`);
  return exitFor(report, flags.strict === true);
}

/** Exit 1 only when asked to be strict and the data-quality check found errors. */
export function exitFor(report: Report, strict: boolean): number {
  const errors = [...report.issues, ...report.trackers.flatMap((t) => t.issues)].some((i) => i.severity === 'error');
  return strict && errors ? EXIT.dataErrors : EXIT.ok;
}
