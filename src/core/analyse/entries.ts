import { cellText } from '../cells';
import type { SheetAction, SourceCell } from '../detect/rows';
import { splitEntries } from '../steps';
import type { Role } from '../types';

/** One entry of a multi-entry cell, remembering the row it came from for warnings. */
export interface Entry {
  text: string;
  row: number;
}

/** An entry that starts in lower case on a continuation row carries on the entry above (a page break split it). */
const CONTINUES = /^[a-z]/;

/** Words that open a revision of the entry above ("revised to End of Jan 23"), not a new step's date. */
const REVISION_START = /^[(\s-]*(revised|new date|new deadline|moved|deferred|reorganised|reorganized|rescheduled|changed|extended|now)\b/i;

/**
 * Splits the cells of one role into entries, in order, across continuation rows. A date
 * cell is one entry holding its ISO day, which the time-frame parser reads as that day.
 * @example cellEntries([{ value: 'End of Nov 22\nFeb Board 23', row: 8 }], false).map((e) => e.text) // ['End of Nov 22', 'Feb Board 23']
 */
export function cellEntries(cells: readonly SourceCell[] | undefined, joinRevisions: boolean): Entry[] {
  const out: Entry[] = [];
  for (const cell of cells ?? []) {
    if (typeof cell.value === 'object' && cell.value !== null && cell.value.kind === 'date') {
      out.push({ text: cell.value.iso, row: cell.row });
      continue;
    }
    if (typeof cell.value === 'object' && cell.value !== null) continue;
    splitEntries(cellText(cell.value)).forEach((text, i) => {
      const last = out[out.length - 1];
      const revises = joinRevisions && last?.row === cell.row && REVISION_START.test(text);
      const carriesOn = i === 0 && last !== undefined && last.row !== cell.row && CONTINUES.test(text);
      if (last && (revises || carriesOn)) last.text = `${last.text} ${text}`;
      else out.push({ text, row: cell.row });
    });
  }
  return out;
}

/**
 * The entries of one text cell with each revision joined to the entry it revises, as
 * {@link cellEntries} reads a role held in a single cell.
 * @example revisedEntries('End of Dec 22\nRevised: End of Jan 23') // ['End of Dec 22 Revised: End of Jan 23']
 */
export function revisedEntries(text: string): string[] {
  const out: string[] = [];
  for (const entry of splitEntries(text)) {
    if (out.length > 0 && REVISION_START.test(entry)) out[out.length - 1] = `${out[out.length - 1] ?? ''} ${entry}`;
    else out.push(entry);
  }
  return out;
}

/**
 * The row the `index`-th of a role's `count` entries came from (as {@link cellEntries} reads
 * them), or `fallback` when there are none. Only a role spread over several rows is split again
 * to tell, and only when a warning needs the cell.
 * @example entryRow([{ value: 'Mid Nov', row: 9 }], true, 1, 0, 8) // 9
 */
export function entryRow(cells: readonly SourceCell[] | undefined, joinRevisions: boolean, count: number, index: number, fallback: number): number {
  if (cells === undefined || count === 0) return fallback;
  if (cells.length === 1) return cells[0]?.row ?? fallback;
  const entries = cellEntries(cells, joinRevisions);
  return (entries[index] ?? entries[0])?.row ?? fallback;
}

/**
 * The plain text of a role's cells joined with spaces (action text, lead names).
 * @example joinedText([{ value: 'Lifecourse leads (&', row: 12 }, { value: 'Engagement Manager)', row: 13 }]) // 'Lifecourse leads (& Engagement Manager)'
 */
export function joinedText(cells: readonly SourceCell[] | undefined, strip: (s: string) => string): string | null {
  if (cells === undefined) return null;
  const only = cells.length === 1 ? cells[0] : undefined;
  if (only !== undefined && typeof only.value === 'string') {
    const text = strip(only.value);
    return text === '' ? null : text;
  }
  return joinCells(cells, strip);
}

/**
 * {@link joinedText} of an action's cells for a role, read straight from a one-row action's cell.
 * @example roleText(action, 'lead', stripMarkup) // 'THT Programme Manager'
 */
export function roleText(action: SheetAction, role: Role, strip: (s: string) => string): string | null {
  const value = action.single(role);
  if (value === null) return null;
  if (typeof value !== 'string') return joinedText(action.cells[role], strip);
  const text = strip(value);
  return text === '' ? null : text;
}

/** joinedText over several cells; apart, because closures over `strip` would cost every call a context. */
function joinCells(cells: readonly SourceCell[], strip: (s: string) => string): string | null {
  const parts = cells
    .filter((c) => typeof c.value !== 'object' || c.value === null || c.value.kind === 'date')
    .map((c) => strip(cellText(c.value)))
    .filter((s) => s !== '');
  return parts.length > 0 ? parts.join(' ') : null;
}
