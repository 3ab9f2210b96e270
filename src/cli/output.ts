import { writeFileSync } from 'node:fs';
import type { Report } from '../core/report';
import type { Issue } from '../core/types';

/** Writes the JSON report to a file, or to stdout for "-". */
export function writeJson(report: unknown, target: string, stdout: NodeJS.WritableStream): void {
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (target === '-') stdout.write(text);
  else writeFileSync(target, text, 'utf8');
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
    lines.push(`${t.sheet}: ${t.actions.length} actions (header row ${t.headerRow}) — ${counts}; ${due} update due at the next meeting; ${errors} errors, ${warnings} warnings`);
  }
  return lines.join('\n');
}

/** One line per problem, for `validate`: "Sheet!E7 warning unparseable_timeframe: …". */
export function issueLines(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.sheet}!${i.cell ?? 'A1'} ${i.severity} ${i.code}: ${i.message}`).join('\n');
}
