import type { Report } from '../core/report';
import { actionAbove, actionText, shortText } from './model';

/*
 * What the Data quality view says of each issue, kept out of the component: the order issues
 * are listed in, where a click lands, and what to say when Excel cannot go there.
 */

type Issue = Report['issues'][number];

/** Errors before warnings within a sheet; anything else after them. */
const ORDER: Readonly<Record<string, number>> = { error: 0, warning: 1 };
const order = (i: Issue): number => ORDER[i.severity] ?? 2;

/** Issues about a sheet as a whole: their A1 is only where the click lands, not a cell to fix. */
const WHOLE_SHEET = new Set(['archive_sheet', 'hidden_sheet', 'no_tracker', 'protected_sheet']);

/**
 * The issues by sheet, in the order the sheets first appear, errors first within a sheet: a
 * workbook's archive and hidden sheets get warnings of their own, which read best apart from
 * the tracker's cell-by-cell ones.
 * @example issuesBySheet(report.issues)[0]?.[0] // 'Action plan'
 */
export function issuesBySheet(issues: readonly Issue[]): [string, Issue[]][] {
  const groups = new Map<string, Issue[]>();
  for (const i of issues) groups.set(i.sheet, [...(groups.get(i.sheet) ?? []), i]);
  return [...groups].map(([sheet, list]) => [sheet, [...list].sort((a, b) => order(a) - order(b))]);
}

/** Issues sharing a place: an action's row, another row, or the sheet as a whole. */
export interface IssueGroup {
  key: string;
  /** The place in words, said once above its issues. */
  title: string;
  /** Whether each issue's own cell is worth saying: not for the sheet as a whole. */
  cells: boolean;
  issues: Issue[];
}

/** The row number of an A1 cell, or undefined for one that is not. */
const rowOf = (cell: string): number | undefined => {
  const row = Number(/^\$?[A-Z]+\$?(\d+)/i.exec(cell)?.[1]);
  return Number.isInteger(row) ? row : undefined;
};

/** An action named for a heading: its ref and the start of its words. */
const named = (a: Pick<Report['trackers'][number]['actions'][number], 'ref' | 'action' | 'row' | 'steps'>): string => `${a.ref ? `Ref ${a.ref}: ` : ''}${shortText(actionText(a), 50)}`;

/**
 * Where an issue is, in words: the action on its row ("Ref 3: Agree the terms of reference
 * (row 4)"), a row under an action, as a continuation row is ("Row 14, under Ref 3: …"), "Row 2"
 * off any tracker's actions, or "Whole sheet" for one about the sheet itself.
 * @example issuePlace({ ...issue, code: 'hidden_sheet' }) // 'Whole sheet'
 */
export function issuePlace(issue: Issue, report?: Report): string {
  if (WHOLE_SHEET.has(issue.code)) return 'Whole sheet';
  const row = rowOf(issue.cell);
  if (row === undefined) return `Cell ${issue.cell}`;
  const action = report ? actionAbove(report, issue.sheet, row) : undefined;
  if (action === undefined) return `Row ${row}`;
  // A row number alone makes the lead hunt for the row; the action's ref and words say which one it is.
  return action.row === row ? `${named(action)} (row ${row})` : `Row ${row}, under ${named(action)} (row ${action.row})`;
}

/**
 * One sheet's issues by place, in the order they are listed (errors first): several issues on
 * one action's row, listed apart, each named the action again, read as several problems.
 * @example issuesByPlace(issues, report)[0]?.title // 'Ref 3: Agree the terms of reference (row 4)'
 */
export function issuesByPlace(issues: readonly Issue[], report?: Report): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const i of issues) {
    const whole = WHOLE_SHEET.has(i.code);
    const key = whole ? 'sheet' : `row ${rowOf(i.cell) ?? i.cell}`;
    const group = groups.get(key) ?? { key, title: issuePlace(i, report), cells: !whole, issues: [] };
    group.issues.push(i);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * What to say when going to an issue fails, where its kind says why: Excel cannot show a hidden
 * sheet until the user unhides it. Undefined leaves the pane's general sentence.
 * @example goFailure({ ...issue, code: 'hidden_sheet', sheet: 'Old plan' }) // 'Could not go to "Old plan": the sheet is hidden. …'
 */
export function goFailure(issue: Issue): string | undefined {
  return issue.code === 'hidden_sheet' ? `Could not go to "${issue.sheet}": the sheet is hidden. Unhide it (right-click any sheet tab > Unhide), then try again.` : undefined;
}
