import { cellText } from '../cells';
import type { SourceCell } from '../detect/rows';
import { splitEntries } from '../steps';

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
 * The plain text of a role's cells joined with spaces (action text, lead names).
 * @example joinedText([{ value: 'Lifecourse leads (&', row: 12 }, { value: 'Engagement Manager)', row: 13 }]) // 'Lifecourse leads (& Engagement Manager)'
 */
export function joinedText(cells: readonly SourceCell[] | undefined, strip: (s: string) => string): string | null {
  const parts = (cells ?? [])
    .filter((c) => typeof c.value !== 'object' || c.value === null || c.value.kind === 'date')
    .map((c) => strip(cellText(c.value)))
    .filter((s) => s !== '');
  return parts.length > 0 ? parts.join(' ') : null;
}
