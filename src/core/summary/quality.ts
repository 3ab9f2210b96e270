import { finish, Work, type Chunks } from '../chunks';
import type { Issue } from '../types';
import type { SourcedIssue } from './sources';
import type { QualityCount, QualityItem, SummaryModel } from './types';

const TOP = 5;

/*
 * Kinds that tell the owner how the sheet was read (rows left out by design, a second column
 * for one role, a protected sheet a read-only summary did not need to write) rather than that an
 * action's rating is in doubt: listed after the problems an
 * owner must fix, so a header note never takes a top-five place from an undated action.
 */
const NOTES: ReadonlySet<string> = new Set(['archive_section', 'archive_sheet', 'hidden_sheet', 'hidden_rows', 'table_totals_row', 'duplicate_column', 'protected_sheet']);

/** 0 an error, 1 a warning about the actions, 2 a note on how the sheet was read. */
function rank(severity: Issue['severity'], code: string): number {
  return severity === 'error' ? 0 : NOTES.has(code) ? 2 : 1;
}

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
 * the most frequent) and the five most important, errors before warnings and notes on how the
 * sheet was read last, each in the order found (sheet, then row), with the cell to go to.
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
  // Only the first few of each rank can reach the top, so no list of every issue is copied.
  const first: SourcedIssue[][] = [[], [], []];
  let errors = 0;
  for (const i of issues) {
    const entry = byCode.get(i.code) ?? { code: i.code, severity: i.severity, count: 0 };
    entry.count += 1;
    if (i.severity === 'error') entry.severity = 'error';
    byCode.set(i.code, entry);
    if (i.severity === 'error') errors += 1;
    const bucket = first[rank(i.severity, i.code)];
    if (bucket !== undefined && bucket.length < TOP) bucket.push(i);
    if (work.add()) yield work.end();
  }
  const counts = [...byCode.values()].sort((a, b) => rank(a.severity, a.code) - rank(b.severity, b.code) || b.count - a.count || a.code.localeCompare(b.code));
  const top = first.flat().slice(0, TOP).map(item);
  return { errors, warnings: issues.length - errors, counts, top };
}
