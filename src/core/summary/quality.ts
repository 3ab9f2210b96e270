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
  const byCode = new Map<string, QualityCount>();
  for (const i of issues) {
    const entry = byCode.get(i.code) ?? { code: i.code, severity: i.severity, count: 0 };
    entry.count += 1;
    if (i.severity === 'error') entry.severity = 'error';
    byCode.set(i.code, entry);
  }
  const rank = (s: Issue['severity']) => (s === 'error' ? 0 : 1);
  const counts = [...byCode.values()].sort((a, b) => rank(a.severity) - rank(b.severity) || b.count - a.count || a.code.localeCompare(b.code));
  const errors = issues.filter((i) => i.severity === 'error');
  const top = [...errors, ...issues.filter((i) => i.severity !== 'error')].slice(0, TOP).map(item);
  return { errors: errors.length, warnings: issues.length - errors.length, counts, top };
}
