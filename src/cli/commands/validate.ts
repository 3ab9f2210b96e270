import { historyIssues } from '../../core/history';
import { buildReport } from '../../core/report';
import { columnLines, issueLines, summaryText, writeJson } from '../output';
import { checkOutputs } from '../files';
import { openTracker, type CommonFlags } from '../workbook';
import { exitFor, type CommandIo } from './refresh';

export interface ValidateFlags extends CommonFlags {
  json?: string;
  strict?: boolean;
}

/** Reads a workbook and reports its trackers and data-quality problems; writes nothing. */
export async function validate(input: string, flags: ValidateFlags, io: CommandIo): Promise<number> {
  checkOutputs([{ flag: '--json', path: flags.json }], [input]);
  const opened = await openTracker(input, flags);
  const { settings } = opened;
  // A damaged RAG History is a data-quality problem of the workbook like any other.
  const analysis = { ...opened.analysis, issues: [...opened.analysis.issues, ...historyIssues(opened.source.history)] };
  const report = buildReport(analysis, settings);
  if (flags.json !== undefined) writeJson(report, flags.json, io.stdout);
  if (flags.json !== '-') {
    const issues = [...analysis.issues, ...analysis.trackers.flatMap((t) => t.issues)];
    const problems = issues.length === 0 ? 'No data-quality problems found.' : issueLines(issues);
    io.stdout.write(`${summaryText(report)}\n${columnLines(analysis.trackers)}\n${problems}\n`);
  }
  return exitFor(report, flags.strict === true);
}
