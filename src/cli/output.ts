import { columnLetter, counted } from '../core/cells';
import { formatUk } from '../core/dates';
import { levelCloses, namesComplianceLevel } from '../core/analyse/flagColumns';
import type { Report } from '../core/report';
import type { AlsoReadAs, Issue, Role, Tracker } from '../core/types';
import { excelAddress } from '../core/summary/quality';
import { ROLE_LABELS } from '../core/vocabulary/columns';
import { saveFile } from './files';

/** Writes the JSON report to a file (exit 3 when it cannot be written), or to stdout for "-". */
export function writeJson(report: unknown, target: string, stdout: NodeJS.WritableStream): void {
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (target === '-') stdout.write(text);
  else saveFile(target, text);
}

const WORDS = { complete: 'Complete', green: 'Green', amber: 'Amber', red: 'Red', not_rated: 'Not rated' } as const;

/** The human summary printed after a refresh: per tracker, the actions found and the counts. */
export function summaryText(report: Report): string {
  const lines: string[] = [];
  for (const t of report.trackers) {
    const overall = t.groups[t.groups.length - 1];
    const counts = overall ? (Object.keys(WORDS) as (keyof typeof WORDS)[]).map((k) => `${WORDS[k]} ${overall.counts[k]}`).join(', ') : '';
    const due = t.actions.filter((a) => a.focus === 'update_due').length;
    const errors = t.issues.filter((i) => i.severity === 'error').length;
    const warnings = t.issues.length - errors;
    // A Table One sheet gives its figures per ambition (every group given): its rows are ambitions, not actions.
    const unit = t.groups.length > 0 && t.groups.every((g) => g.given) ? 'ambition' : 'action';
    lines.push(`${t.sheet}: ${counted(t.actions.length, unit)} (header row ${t.headerRow}) — ${counts}; ${counted(due, unit)} with an update due at the next meeting; ${counted(errors, 'error')}, ${counted(warnings, 'warning')}`);
    // What the Trend column compares with, which otherwise shows only in the JSON and the summary.
    if (t.previousAsOf === null) lines.push('  Trends: no earlier snapshot in RAG History, so every action shows as new (●).');
    else if (t.previousAsOf !== undefined) lines.push(`  Trends against ${formatUk(t.previousAsOf)}: ${counted(t.completedSinceLastMeeting ?? 0, 'action')} completed since.`);
  }
  return lines.join('\n');
}

const ALSO_READ: Readonly<Record<AlsoReadAs, string>> = {
  status: 'beside the status',
  revised_timeframe: 'revised dates',
  update: 'dated update',
  milestone: 'milestones due in its period',
  rating: 'rating for its period',
  timeline: 'Gantt chart, read as each action\'s time frame',
  start: 'planned start, checked against work not started',
  raised: 'meeting raised at, which "Next meeting" counts from',
};

/**
 * Why a column beside the status is read, by its header: a compliance level is the standard's
 * assessed position, so it is not described as a rating of the work, which it never makes worse.
 */
function alsoReadWhy(as: AlsoReadAs, header: string): string {
  if ((as !== 'status' && as !== 'rating') || !namesComplianceLevel(header)) return ALSO_READ[as];
  return levelCloses(header) ? 'compliance level: "Fully compliant" closes the action; a lower level never rates it worse' : 'compliance level for its period: the standard\'s position, which never rates the action';
}

/**
 * The columns read beside the roles, as `validate` lists them: each on its own, but a Gantt
 * chart's side by side as one run, named by its first and last, since twelve months each marked
 * "(Gantt chart)" would bury the rest of the line.
 */
function alsoReadRuns(alsoRead: Tracker['alsoRead']): { from: number; to: number; as: AlsoReadAs }[] {
  const runs: { from: number; to: number; as: AlsoReadAs }[] = [];
  for (const { col, as } of alsoRead) {
    const last = runs[runs.length - 1];
    if (as === 'timeline' && last?.as === 'timeline' && last.to === col - 1) last.to = col;
    else runs.push({ from: col, to: col, as });
  }
  return runs;
}

/**
 * The columns `validate` found, a line per tracker: each role's column with its header, then the
 * columns read with them ('Quality plan columns: action A "Action", …; also read: D "Revised
 * target date" (revised dates)'; a Gantt chart as 'D "Apr" to O "Mar" (Gantt chart, read as each
 * action's time frame)', since the sheet then shows no time frame column).
 */
export function columnLines(trackers: readonly Tracker[]): string {
  return trackers
    .map((t) => {
      // The header as read (Tracker.headers): a column under a two-row header is named by its label and group.
      const name = (col: number): string => `${columnLetter(col)} "${(t.headers[col] ?? '').trim()}"`;
      const roles = Object.entries(t.columns).sort((a, b) => a[1] - b[1]).map(([role, col]) => `${ROLE_LABELS[role as Role]} ${name(col)}`);
      const also = alsoReadRuns(t.alsoRead).map((a) => `${name(a.from)}${a.to === a.from ? '' : ` to ${name(a.to)}`} (${alsoReadWhy(a.as, t.headers[a.from] ?? '')})`);
      return `${t.sheet} columns: ${roles.join(', ')}${also.length > 0 ? `; also read: ${also.join(', ')}` : ''}`;
    })
    .join('\n');
}

/** One line per problem, for `validate`, the cell as Excel writes it (excelAddress): "'Action Plan'!E7 warning unparseable_timeframe: …". */
export function issueLines(issues: readonly Issue[]): string {
  return issues.map((i) => `${excelAddress(i.sheet, i.cell ?? 'A1')} ${i.severity} ${i.code}: ${i.message}`).join('\n');
}
