import type { Report } from '../core/report';
import { actionAt, actionText, shortText } from './model';

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

/**
 * Where an issue is, in words: the action on its row with the cell ("Ref 3: Agree the terms of
 * reference (cell D4)"), "Cell E12" off any action's row, or "Whole sheet" for one about the sheet itself.
 * @example issuePlace({ ...issue, code: 'hidden_sheet' }) // 'Whole sheet'
 */
export function issuePlace(issue: Issue, report?: Report): string {
  if (WHOLE_SHEET.has(issue.code)) return 'Whole sheet';
  const row = Number(/^\$?[A-Z]+\$?(\d+)/i.exec(issue.cell)?.[1]);
  const action = report && Number.isInteger(row) ? actionAt(report, issue.sheet, row) : undefined;
  if (action === undefined) return `Cell ${issue.cell}`;
  // A cell alone makes the lead hunt for the row; the action's ref and words say which one it is.
  return `${action.ref ? `Ref ${action.ref}: ` : ''}${shortText(actionText(action), 50)} (cell ${issue.cell})`;
}

/**
 * What to say when going to an issue fails, where its kind says why: Excel cannot show a hidden
 * sheet until the user unhides it. Undefined leaves the pane's general sentence.
 * @example goFailure({ ...issue, code: 'hidden_sheet', sheet: 'Old plan' }) // 'Could not go to "Old plan": the sheet is hidden. …'
 */
export function goFailure(issue: Issue): string | undefined {
  return issue.code === 'hidden_sheet' ? `Could not go to "${issue.sheet}": the sheet is hidden. Unhide it (right-click any sheet tab > Unhide), then try again.` : undefined;
}
