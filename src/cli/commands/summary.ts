import { EXIT } from '../errors';
import { historyWarnings, readOnly, withTrends, workbookSummary } from '../board';
import { checkTargets, writeExports, type ExportTargets } from '../exports';
import { openTracker, type CommonFlags } from '../workbook';
import type { CommandIo } from './refresh';

export interface SummaryFlags extends CommonFlags, ExportTargets {
  title?: string;
}

/**
 * `summary`: the RAG Summary of a workbook (SPEC 6) as .docx, CSV and/or Markdown; Markdown
 * on stdout when no export is named. Reads the workbook's RAG History for trends; writes no
 * workbook.
 */
export async function summaryCommand(input: string, flags: SummaryFlags, io: CommandIo): Promise<number> {
  const targets: ExportTargets = flags.docx === undefined && flags.csv === undefined && flags.md === undefined ? { md: '-' } : flags;
  checkTargets(targets, [input]);
  const { source, settings, analysis } = await openTracker(input, flags);
  const title = flags.title?.trim();
  const rated = withTrends(source, readOnly(analysis), settings);
  historyWarnings(rated, io.stderr);
  const model = workbookSummary(source, rated, settings, title ? { title } : {});
  const written = await writeExports(model, targets, io.stdout);
  if (targets.md !== '-' && targets.csv !== '-') io.stdout.write(written.map((f) => `Wrote ${f}\n`).join(''));
  return EXIT.ok;
}
