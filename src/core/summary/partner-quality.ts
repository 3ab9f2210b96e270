import { count, text } from './table-cells';
import type { SourcedIssue } from './sources';
import type { SummaryTable } from './table-types';

/** @example { partner: 'Riverside', errors: 0, warnings: 4 } */
export interface PartnerQuality {
  partner: string;
  errors: number;
  warnings: number;
}

/**
 * A roll-up's data-quality problems counted per partner, every partner listed (a clean one with
 * 0), so whoever chases them knows which team to ask. An issue names its workbook by file
 * (`files`, for cell addresses); `partners` gives each tracker's partner in the same order.
 * @example qualityByPartner(issues, ['gp.xlsx'], ['Green Plan'])[0] // { partner: 'Green Plan', errors: 0, warnings: 2 }
 */
export function qualityByPartner(issues: readonly SourcedIssue[], files: readonly string[], partners: readonly string[]): PartnerQuality[] {
  const partnerOf = new Map(files.map((f, i) => [f, partners[i] ?? f]));
  const rows = new Map(partners.map((p) => [p, { partner: p, errors: 0, warnings: 0 }]));
  for (const issue of issues) {
    const partner = partnerOf.get(issue.workbook ?? '') ?? issue.workbook;
    const row = partner === undefined ? undefined : (rows.get(partner) ?? rows.set(partner, { partner, errors: 0, warnings: 0 }).get(partner));
    if (row === undefined) continue;
    if (issue.severity === 'error') row.errors += 1;
    else row.warnings += 1;
  }
  return [...rows.values()];
}

/**
 * The per-partner counts as a table under Data quality: no rows (left out) for one workbook.
 * @example qualityByPartnerTable(rows).headers // ['Partner', 'Errors', 'Warnings']
 */
export function qualityByPartnerTable(rows: readonly PartnerQuality[] | null | undefined): SummaryTable {
  return {
    heading: 'Data quality by partner',
    headers: ['Partner', 'Errors', 'Warnings'],
    rows: (rows ?? []).map((r) => ({ total: false, cells: [text(r.partner), count(r.errors), count(r.warnings)] })),
    empty: '',
  };
}
