import { cellText, isBlank } from '../cells';
import type { CellValue } from '../types';
import { normaliseHeader } from './normalise';
import type { HeaderReading } from './reading';

/*
 * Two lead columns that say which lead each is ("Exec lead | Operational lead", "Accountable
 * owner | Action owner"): a CQC or strategy plan names the executive accountable and the manager
 * doing the work on purpose, and a programme manager chasing an action wants both. They are read
 * together into the action's lead ("Chief Nurse; Associate Director of Nursing"), not one dropped.
 */

/**
 * True when columns `a` and `b` sit under one group header of a two-row header: nothing above between them.
 * @example oneGroup(['Lead', null], 0, 1) // true
 */
export function oneGroup(top: readonly CellValue[], a: number, b: number): boolean {
  for (let c = Math.min(a, b) + 1; c <= Math.max(a, b); c++) if (!isBlank(top[c])) return false;
  return true;
}

/** True for a header that says which kind of lead it is ("Executive lead", "Risk owner"), not a bare "Lead". */
function qualified(label: CellValue | undefined): boolean {
  return normaliseHeader(cellText(label)).split(' ').length >= 2;
}

/**
 * The reading with its further lead columns (HeaderReading.leads): each column that lost the lead
 * role to the lead column where both headers say which lead they are, or a two-row header splits
 * one "Lead" into them (`split`, `top` the header's upper row). A plain second "Owner" beside a
 * "Lead" may be the one meant instead, so it stays a rival, reported (headerIssues).
 * @example withLeads(readHeader(['Action', 'Exec lead', 'Operational lead']), [], ['Action', 'Exec lead', 'Operational lead'], false).leads // [2]
 */
export function withLeads(reading: HeaderReading, top: readonly CellValue[], labels: readonly CellValue[], split: boolean): HeaderReading {
  const leads = reading.duplicates
    .filter(([role, winner, loser]) => role === 'lead' && ((split && oneGroup(top, winner, loser)) || (qualified(labels[winner]) && qualified(labels[loser]))))
    .map(([, , loser]) => loser)
    .sort((a, b) => a - b);
  return leads.length === 0 ? reading : { ...reading, leads };
}

/**
 * A row with its further lead columns' names joined into its lead cell (`lead`), each name once,
 * in sheet order; the row itself when none of them is filled. The sheet's own row is never changed.
 * @example joinedLeads(['Train staff', 'Chief Nurse', 'Head of Education'], 1, [2])[1] // 'Chief Nurse; Head of Education'
 */
export function joinedLeads(row: readonly CellValue[], lead: number, others: readonly number[]): readonly CellValue[] {
  if (others.every((c) => isBlank(row[c]))) return row;
  const names: string[] = [];
  for (const c of [lead, ...others]) {
    const name = cellText(row[c]).trim();
    if (name !== '' && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  const out = [...row];
  out[lead] = names.join('; ');
  return out;
}
