import { cellText, isBlank } from '../cells';
import type { CellValue, Role } from '../types';
import { EXECUTIVE_LEAD_WORDS } from '../vocabulary/columns';
import { normaliseHeader, withoutHint } from './normalise';
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

const EXECUTIVE = EXECUTIVE_LEAD_WORDS.map((w) => ` ${normaliseHeader(w)} `);

/** True for a header naming the executive accountable ("SRO", "Exec sponsor"), not the lead doing the work. */
function executive(label: CellValue | undefined): boolean {
  const words = ` ${normaliseHeader(withoutHint(cellText(label)))} `;
  return EXECUTIVE.some((w) => words.includes(w));
}

/**
 * The reading with its further lead columns (HeaderReading.leads): each column that lost the lead
 * role to the lead column where both headers say which lead they are, one names the executive
 * accountable ("SRO", "Exec sponsor": EXECUTIVE_LEAD_WORDS), or a two-row header splits one "Lead"
 * into them (`split`, `top` the header's upper row). An executive's column that won the role gives
 * it to the leftmost other lead joined, the one doing the work, whom a programme manager chases.
 * A plain second "Owner" beside a "Lead" may be the one meant instead, so it stays a rival, reported (headerIssues).
 * @example withLeads(readHeader(['Action', 'Exec lead', 'Operational lead']), [], ['Action', 'Exec lead', 'Operational lead'], false).leads // [2]
 * @example withLeads(readHeader(['Action', 'SRO', 'Operational lead']), [], ['Action', 'SRO', 'Operational lead'], false).columns.lead // 2
 */
export function withLeads(reading: HeaderReading, top: readonly CellValue[], labels: readonly CellValue[], split: boolean): HeaderReading {
  const joins = ([role, winner, loser]: [Role, number, number]): boolean =>
    role === 'lead' &&
    ((split && oneGroup(top, winner, loser)) || (qualified(labels[winner]) && qualified(labels[loser])) || executive(labels[winner]) || executive(labels[loser]));
  const joined = reading.duplicates.filter(joins).map(([, , loser]) => loser).sort((a, b) => a - b);
  const lead = reading.columns.lead;
  if (joined.length === 0 || lead === undefined) return reading;
  const doer = executive(labels[lead]) ? joined.find((c) => !executive(labels[c])) : undefined;
  if (doer === undefined) return { ...reading, leads: joined };
  const duplicates = reading.duplicates.map(([role, winner, loser]): [Role, number, number] =>
    role !== 'lead' ? [role, winner, loser] : [role, doer, loser === doer ? winner : loser],
  );
  const leads = [...joined.filter((c) => c !== doer), lead].sort((a, b) => a - b);
  return { ...reading, columns: { ...reading.columns, lead: doer }, duplicates, leads };
}

/**
 * A row with its further lead columns' names joined into its lead cell (`lead`), each name once,
 * in sheet order; the row itself when none of them is filled. The sheet's own row is never changed.
 * @example joinedLeads(['Train staff', 'Chief Nurse', 'Head of Education'], 1, [2])[1] // 'Chief Nurse; Head of Education'
 */
export function joinedLeads(row: readonly CellValue[], lead: number, others: readonly number[]): readonly CellValue[] {
  if (others.every((c) => isBlank(row[c]))) return row;
  const names: string[] = [];
  // In sheet order, as the columns read: the executive accountable usually first ("Chief Nurse; Head of Nursing").
  for (const c of [lead, ...others].sort((a, b) => a - b)) {
    const name = cellText(row[c]).trim();
    if (name !== '' && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  const out = [...row];
  out[lead] = names.join('; ');
  return out;
}
