import { finish, Work, type Chunks } from '../chunks';
import type { Issue } from '../types';
import type { SourcedIssue } from './sources';
import type { QualityCount, QualityItem, SummaryModel } from './types';

const TOP = 5;

/**
 * A reference the way Excel writes one: the sheet quoted when its name needs it, with the
 * workbook in brackets in a roll-up, then the cell.
 * @example excelAddress('Action Plan', 'E17') // "'Action Plan'!E17"
 * @example excelAddress('Plan', 'B3', 'a.xlsx') // "'[a.xlsx]Plan'!B3"
 */
export function excelAddress(sheet: string, cell: string | null, workbook?: string): string {
  const name = workbook === undefined ? sheet : `[${workbook}]${sheet}`;
  const ref = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  return cell === null ? ref : `${ref}!${cell}`;
}

function item(issue: SourcedIssue): QualityItem {
  return { source: issue.workbook ?? null, sheet: issue.sheet, address: excelAddress(issue.sheet, issue.cell, issue.workbook), severity: issue.severity, code: issue.code, message: issue.message };
}

/**
 * The data-quality section (SPEC 6.6): how many problems of each kind (errors first, then
 * the most frequent) and the five most important, errors before warnings, each in the order
 * found (sheet, then row), with the cell to go to.
 * @example qualitySummary(issues).top[0]?.address // "'Action Plan'!E16"
 */
export function qualitySummary(issues: readonly SourcedIssue[]): SummaryModel['quality'] {
  return finish(qualitySummaryInChunks(issues, new Work(Infinity)));
}

/**
 * {@link qualitySummary} counting each issue against `work`, pausing when it is full.
 * @example const quality = yield* qualitySummaryInChunks(issues, work)
 */
export function* qualitySummaryInChunks(issues: readonly SourcedIssue[], work: Work): Chunks<SummaryModel['quality']> {
  const byCode = new Map<string, QualityCount>();
  // Only the first few of each severity can reach the top, so no list of every issue is copied.
  const firstErrors: SourcedIssue[] = [];
  const firstOthers: SourcedIssue[] = [];
  let errors = 0;
  for (const i of issues) {
    const entry = byCode.get(i.code) ?? { code: i.code, severity: i.severity, count: 0 };
    entry.count += 1;
    if (i.severity === 'error') entry.severity = 'error';
    byCode.set(i.code, entry);
    if (i.severity === 'error') {
      errors += 1;
      if (firstErrors.length < TOP) firstErrors.push(i);
    } else if (firstOthers.length < TOP) firstOthers.push(i);
    if (work.add()) yield work.end();
  }
  const rank = (s: Issue['severity']) => (s === 'error' ? 0 : 1);
  const counts = [...byCode.values()].sort((a, b) => rank(a.severity) - rank(b.severity) || b.count - a.count || a.code.localeCompare(b.code));
  const top = [...firstErrors, ...firstOthers].slice(0, TOP).map(item);
  return { errors, warnings: issues.length - errors, counts, top };
}
