import { columnIndex, columnLetter } from '../core/cells';
import { ratingWord } from '../core/output';
import type { Report, ReportTracker } from '../core/report';
import { dueWhen, type SummaryModel } from '../core/summary';
import type { Rating } from '../core/types';

/*
 * What the task pane shows, taken from the JSON report of a refresh: presentation only, the
 * ratings themselves come from src/core.
 */

export type ReportAction = ReportTracker['actions'][number];
export type BadgeColour = 'brand' | 'success' | 'warning' | 'danger' | 'informative';

export const RATINGS: readonly Rating[] = ['complete', 'green', 'amber', 'red', 'not_rated'];

const COLOURS: Readonly<Record<Rating, BadgeColour>> = { complete: 'brand', green: 'success', amber: 'warning', red: 'danger', not_rated: 'informative' };

/** The Fluent badge colour of a rating (always shown with its word). */
export function badgeColour(r: Rating): BadgeColour {
  return COLOURS[r];
}

export { ratingWord };

/** Actions per rating across every tracker of the report. */
export function ratingCounts(report: Report): Record<Rating, number> {
  const counts: Record<Rating, number> = { complete: 0, green: 0, amber: 0, red: 0, not_rated: 0 };
  for (const t of report.trackers) for (const a of t.actions) counts[a.rating] += 1;
  return counts;
}

/** One clickable line of a list: a row of a tracker and what to say about it. */
export interface RowItem {
  key: string;
  sheet: string;
  address: string;
  action: ReportAction;
}

/** The A1 address spanning a tracker's columns on one row. */
export function rowAddress(tracker: ReportTracker, row: number): string {
  const cols = Object.values(tracker.columns).map((l) => columnIndex(l) ?? 0);
  const first = columnLetter(Math.min(...cols, 0));
  const last = columnLetter(Math.max(...cols, 0));
  return `${first}${row}:${last}${row}`;
}

function items(report: Report, keep: (a: ReportAction) => boolean): RowItem[] {
  return report.trackers.flatMap((t) =>
    t.actions.filter(keep).map((a) => ({ key: `${t.sheet}!${a.row}`, sheet: t.sheet, address: rowAddress(t, a.row), action: a })),
  );
}

/** Actions with an update due at the next meeting. */
export function dueItems(report: Report): RowItem[] {
  return items(report, (a) => a.focus === 'update_due');
}

/**
 * The due list's heading, worded as the board paper's: with no next meeting set, "due" runs to
 * the end of the amber window, and a heading naming "the next meeting" would promise a meeting
 * there is none of.
 * @example dueHeading({ nextMeeting: null, dueBy: '2024-12-04' }) // 'Update due by 4 Dec 2024 (no next meeting set)'
 */
export function dueHeading(summary: Pick<SummaryModel, 'nextMeeting' | 'dueBy'>): string {
  return `Update due ${dueWhen(summary)}`;
}

/** The exceptions: Red actions first, then Amber. */
export function exceptionItems(report: Report): RowItem[] {
  return [...items(report, (a) => a.rating === 'red'), ...items(report, (a) => a.rating === 'amber')];
}

/**
 * The exceptions not already in the due list: a Red action due at the meeting is listed there,
 * and listing it again in full under Exceptions doubles the page without telling the lead more.
 */
export function otherExceptions(report: Report): RowItem[] {
  return exceptionItems(report).filter((i) => i.action.focus !== 'update_due');
}

/**
 * What names an action in a list: its own text, else its first step's (a plan whose action cell
 * is blank on a step's row), else its row, so a line never shows a bare ref.
 * @example actionText({ action: '', steps: [], row: 9 }) // 'Row 9'
 */
export function actionText(a: Pick<ReportAction, 'action' | 'row'> & { steps: readonly { text: string }[] }): string {
  const own = a.action.trim();
  if (own !== '') return own;
  const step = a.steps.find((s) => s.text.trim() !== '')?.text.trim();
  return step ?? `Row ${a.row}`;
}

/**
 * Text cut to about `max` characters at a word, for a screen reader's short name of a line:
 * the full paragraph read out on every Tab is too long to find one's place by.
 * @example shortText('Publish the engagement strategy with every partner', 20) // 'Publish the…'
 */
export function shortText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * The action whose rows a row falls among: the nearest action at or above it on that sheet's
 * tracker, below its header. A warning on a continuation row (blank action cell, a step's date
 * or update carried on) is about that action, and "Row 14" alone makes the lead hunt for it.
 * @example actionAbove(report, 'Action plan', 14)?.row // 12
 */
export function actionAbove(report: Report, sheet: string, row: number): ReportAction | undefined {
  const tracker = report.trackers.find((t) => t.sheet === sheet);
  if (tracker === undefined || row <= tracker.headerRow) return undefined;
  let best: ReportAction | undefined;
  for (const a of tracker.actions) if (a.row <= row && (best === undefined || a.row > best.row)) best = a;
  return best;
}

/** Every data-quality issue of the report, once (tracker issues are also listed workbook-wide). */
export function allIssues(report: Report): Report['issues'] {
  const seen = new Set<string>();
  return [...report.issues, ...report.trackers.flatMap((t) => t.issues)].filter((i) => {
    const key = `${i.sheet}!${i.cell}|${i.code}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What stops a column mapping being saved, as a sentence saying what to choose, or null when
 * it can be saved: a tracker cannot be read without its action column, and a role given to two
 * columns would keep only one of them.
 * @example mappingProblem({ A: 'ref', B: 'lead' }) // 'Choose the column that holds the actions (set it to "Action"), then save.'
 */
export function mappingProblem(roles: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>> = {}): string | null {
  const byRole = new Map<string, string[]>();
  for (const [letter, role] of Object.entries(roles)) byRole.set(role, [...(byRole.get(role) ?? []), letter]);
  const twice = [...byRole].find(([role, letters]) => role !== 'none' && letters.length > 1);
  if (twice) {
    const [role, letters] = twice;
    return `Columns ${letters.sort((a, b) => a.length - b.length || a.localeCompare(b)).join(' and ')} are both "${labels[role] ?? role}": set one of them to another role or "Not used", then save.`;
  }
  if (!byRole.has('action') && !byRole.has('ambition')) return 'Choose the column that holds the actions (set it to "Action"), then save.';
  return null;
}
