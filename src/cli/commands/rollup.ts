import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildReport, reportWithTrends, type Report } from '../../core/report';
import { summaryModel } from '../../core/summary';
import { historyWarnings, readOnly, withTrends, type TrendedAnalysis } from '../board';
import { CliError, EXIT } from '../errors';
import { checkTargets, writeExports, type ExportTargets } from '../exports';
import { summaryText, writeJson } from '../output';
import { NoTrackerError, openTracker, type CommonFlags } from '../workbook';
import type { Settings } from '../../core/settings';
import { exitFor, type CommandIo } from './refresh';
import { partnerLabels, partnerTitle } from '../partners';
import type { WorkbookSource } from '../../xlsx/source';
import { fileName, fileNames, rollupTotal, staleSnapshotNotes, workbookLabels } from './rollup-parts';
import { refreshedCopies, sameTrackerWarnings } from './rollup-copies';

export { workbookLabels } from './rollup-parts';

export interface RollupFlags extends Omit<CommonFlags, 'sheet'>, ExportTargets {
  json?: string;
  title?: string;
  strict?: boolean;
}

/** The workbooks named, a folder standing for the .xlsx files in it (not Excel's ~$ lock files), in name order. */
export function expandInputs(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    let folder = false;
    try {
      folder = statSync(input).isDirectory();
    } catch {
      return [input]; // openTracker names the missing file
    }
    if (!folder) return [input];
    const files = readdirSync(input).filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$')).sort();
    if (files.length === 0) throw new CliError(`The folder ${input} holds no .xlsx workbooks.`, EXIT.unreadable);
    return files.map((f) => join(input, f));
  });
}

/**
 * The workbooks with any named twice (a file and the folder it is in, or the same path
 * twice) kept once, so no team's actions are counted twice in the totals.
 */
export function distinctInputs(files: readonly string[]): { files: string[]; repeated: string[] } {
  const seen = new Set<string>();
  const out: string[] = [];
  const repeated: string[] = [];
  for (const file of files) {
    let id = resolve(file);
    try {
      id = realpathSync(file);
    } catch {
      // A missing file keeps its path; openTracker names it.
    }
    if (seen.has(id)) repeated.push(file);
    else out.push(file);
    seen.add(id);
  }
  return { files: out, repeated };
}

/**
 * `rollup`: one combined summary across workbooks (an ICS or partnership view, SPEC 1): every
 * tracker of every workbook, each labelled with its workbook's file name, in one Table One,
 * one exceptions list and one data-quality section. Each workbook is read with its own
 * settings and history; the first workbook's settings give the key. Any workbook that
 * cannot be read, or holds no tracker, stops the run (exit 3): a board must not get a
 * roll-up that silently leaves a team out. With no output named, Markdown goes to stdout.
 */
export async function rollupCommand(inputs: readonly string[], flags: RollupFlags, io: CommandIo): Promise<number> {
  const distinct = distinctInputs(expandInputs(inputs));
  for (const file of distinct.repeated) io.stderr.write(`rag-tracker: ${file} was named more than once; it is counted once.\n`);
  const { files, notes } = refreshedCopies(distinct.files);
  for (const note of notes) io.stderr.write(`rag-tracker: note: ${note}\n`);
  const nothing = flags.docx === undefined && flags.csv === undefined && flags.md === undefined && flags.json === undefined;
  const targets: ExportTargets = nothing ? { md: '-' } : flags;
  checkTargets(targets, files, flags.json);
  const opened = await openAll(files, inputs, flags, io);
  const first = opened[0];
  if (first === undefined) throw new CliError('Name at least one workbook to roll up.', EXIT.badArguments);
  for (const warning of sameTrackerWarnings(files, opened.map((o) => o.analysis.trackers))) io.stderr.write(`rag-tracker: warning: ${warning}\n`);
  const names = fileNames(files);
  // A partner is named as its workbook names itself, cut short for the rows it labels (rv15 review), else by its file name.
  const labels = workbookLabels(files, partnerLabels(opened.map((o) => partnerTitle(o.source, o.analysis.trackers))).map((t) => [t]));
  if (flags.asOf === undefined) for (const note of staleSnapshotNotes(names, opened.map((o) => o.history), first.settings.asOf)) io.stderr.write(`rag-tracker: note: ${note}\n`);
  const settings = first.settings;
  const each = <T>(f: (o: (typeof opened)[number], i: number) => T) => opened.flatMap((o, i) => o.analysis.trackers.map(() => f(o, i)));
  const workbooks = each((_, i) => labels[i] ?? '');
  // Cell addresses name the file, as Excel's own references to another workbook do: '[gp.xlsx]Sheet'!H21.
  const issues = opened.flatMap((o, i) => o.analysis.issues.map((issue) => ({ ...issue, workbook: names[i] ?? '' })));
  const trackers = opened.flatMap((o) => o.analysis.trackers);
  const rated = each((o) => ({ asOf: o.settings.asOf, nextMeeting: o.settings.nextMeeting }));
  const title = flags.title?.trim() || `Roll-up of ${files.length} workbook${files.length === 1 ? '' : 's'}`;
  const model = summaryModel(trackers, settings, opened.flatMap((o) => o.trends), { title, workbooks, files: each((_, i) => names[i] ?? ''), issues, rated });
  const reports = opened.map((o, i) => labelled(reportWithTrends(buildReport(o.analysis, o.settings), o.trends), labels[i] ?? ''));
  const report = {
    version: 1 as const,
    asOf: settings.asOf,
    // Null when the workbooks were rated against different meetings: `included` gives each its own.
    nextMeeting: model.nextMeeting?.date ?? null,
    workbooks: labels,
    files: names,
    included: model.included,
    trackers: reports.flatMap((r) => r.trackers),
    issues: reports.flatMap((r) => r.issues),
    total: rollupTotal(trackers, settings),
    // Beyond SPEC 8.1's report: the objectives matched across partners, and the problems counted per partner.
    system: model.system ?? [],
    qualityByPartner: model.qualityByPartner ?? [],
  };
  const written: string[] = [];
  if (flags.json !== undefined) {
    writeJson(report, flags.json, io.stdout);
    if (flags.json !== '-') written.push(flags.json);
  }
  written.push(...(await writeExports(model, targets, io.stdout)));
  if (flags.json !== '-' && targets.md !== '-' && targets.csv !== '-') {
    // The terminal names files, as the command was given them; the board outputs name trackers.
    const lines = reports.map((r, i) => summaryText(r).replace(/^/gm, `${names[i] ?? ''} › `));
    io.stdout.write(`${lines.join('\n')}\n${written.map((f) => `Wrote ${f}\n`).join('')}`);
  }
  return reports.some((r) => exitFor(r, flags.strict === true) !== EXIT.ok) ? EXIT.dataErrors : EXIT.ok;
}

/**
 * Opens every workbook before giving up on any, so one run names every file that cannot be
 * read or holds no tracker, and the user can fix them all before running again (exit 3).
 */
async function openAll(files: readonly string[], given: readonly string[], flags: RollupFlags, io: CommandIo): Promise<Opened[]> {
  const opened: Opened[] = [];
  const failed: CliError[] = [];
  for (const file of files) {
    try {
      const { source, settings, analysis } = await openTracker(file, flags);
      const rated = withTrends(source, readOnly(analysis), settings);
      historyWarnings(rated, io.stderr, `${fileName(file)} › `);
      opened.push({ settings, source, ...rated });
    } catch (error) {
      if (!(error instanceof CliError) || error.exitCode !== EXIT.unreadable) throw error;
      // A stray workbook in a partners' folder (a contacts list) is no tracker to mend: advice on naming its columns would mislead.
      failed.push(error instanceof NoTrackerError && files.length > 1 ? strayWorkbook(error.path, given.includes(file)) : error);
    }
  }
  if (failed.length === 1 && files.length === 1) throw failed[0];
  if (failed.length > 0) {
    const why = failed.map((e) => `- ${e.message.replace(/\n/g, '\n  ')}`).join('\n');
    throw new CliError(`${failed.length} of ${files.length} workbooks could not be rolled up, so no summary was written (a board must not get one that silently leaves a team out):\n${why}`, EXIT.unreadable);
  }
  return opened;
}

/** A roll-up's workbook holding no tracker: most often not one (a contacts list in the folder), so the advice is to leave it out. */
function strayWorkbook(path: string, named: boolean): CliError {
  const leave = named ? 'leave it out of the list' : 'move it out of the folder or name the tracker workbooks one by one';
  return new CliError(`${path} holds no action tracker: if it is not a tracker, ${leave}; if it is, run rag-tracker validate on it to see what it needs.`, EXIT.unreadable);
}

type Opened = TrendedAnalysis & { settings: Settings; source: WorkbookSource };

/** A workbook's report with its trackers, groups and issues labelled with the workbook. */
function labelled(report: Report, workbook: string): Report {
  return {
    ...report,
    trackers: report.trackers.map((t) => ({ ...t, workbook, groups: t.groups.map((g) => ({ ...g, workbook })), issues: t.issues.map((i) => ({ ...i, workbook })) })),
    issues: report.issues.map((i) => ({ ...i, workbook })),
  };
}
