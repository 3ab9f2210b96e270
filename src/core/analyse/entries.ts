import { cellText } from '../cells';
import type { SourceCell } from '../detect/rows';
import { cannotEnd, inStepOrder, lineUp, listedSteps, splitEntries, withoutPlaceholders } from '../steps';
import type { StepStatus } from '../types';
import type { Parsers, StepText } from './parsers';
import type { ReadEntries } from './roles';
import { revisesAbove } from './revisionLine';
import type { TimeframeReading } from './verdicts';

/** One entry of a multi-entry cell, remembering the row it came from for warnings. */
export interface Entry {
  text: string;
  row: number;
}

/** A continuation row's entry in lower case, or under one that cannot end ("End of" / "Nov 22"), carries on the entry above (a page break split it); a full one ("1/5/23") is one more of its cell. */
const CONTINUES = /^[a-z]/;

/** Splits a cell's text into entries: splitEntries, or a cache of it (whose arrays are shared, and never changed). */
export type Split = (text: string) => readonly string[];

/**
 * Splits the cells of one role into entries, in order, across continuation rows. A date
 * cell is one entry holding its ISO day, which the time-frame parser reads as that day.
 * @example cellEntries([{ value: 'End of Nov 22\nFeb Board 23', row: 8 }], false).map((e) => e.text) // ['End of Nov 22', 'Feb Board 23']
 */
export function cellEntries(cells: readonly SourceCell[] | undefined, joinRevisions: boolean, split: Split = splitEntries): Entry[] {
  const texts: string[] = [];
  const rows: number[] = [];
  gatherEntries(cells ?? [], joinRevisions, split, texts, rows);
  return texts.map((text, i) => ({ text, row: rows[i] ?? 0 }));
}

/**
 * The texts of {@link cellEntries}, without the objects that remember their rows.
 * @example cellTexts([{ value: 'Mid Nov', row: 8 }, { value: 'revised to Dec', row: 8 }], true) // ['Mid Nov revised to Dec']
 */
export function cellTexts(cells: readonly SourceCell[], joinRevisions: boolean, split: Split = splitEntries): string[] {
  const texts: string[] = [];
  gatherEntries(cells, joinRevisions, split, texts, []);
  return texts;
}

/** cellEntries into two arrays side by side: each entry's text, and the row it started on. */
function gatherEntries(cells: readonly SourceCell[], joinRevisions: boolean, split: Split, texts: string[], rows: number[]): void {
  for (const cell of cells) {
    const value = cell.value;
    if (typeof value === 'object' && value !== null) {
      if (value.kind === 'date') {
        texts.push(value.iso);
        rows.push(cell.row);
      }
      continue;
    }
    const parts = split(cellText(value));
    for (let i = 0; i < parts.length; i++) {
      const text = parts[i] ?? '';
      const n = texts.length;
      const lastRow = n > 0 ? rows[n - 1] : undefined;
      const revises = joinRevisions && lastRow === cell.row && revisesAbove(text);
      const carriesOn = i === 0 && n > 0 && lastRow !== cell.row && (CONTINUES.test(text) || cannotEnd(texts[n - 1] ?? ''));
      if (n > 0 && (revises || carriesOn)) texts[n - 1] = `${texts[n - 1] ?? ''} ${text}`;
      else {
        texts.push(text);
        rows.push(cell.row);
      }
    }
  }
}

/**
 * The entries of one text cell with each revision joined to the entry it revises, as
 * {@link cellEntries} reads a role held in a single cell.
 * The split entries themselves come back when nothing is joined, as with nearly every cell.
 * @example revisedEntries('End of Dec 22\nRevised: End of Jan 23') // ['End of Dec 22 Revised: End of Jan 23']
 */
export function revisedEntries(text: string, split: Split = splitEntries): readonly string[] {
  const entries = split(text);
  let out: string[] | null = null;
  entries.forEach((entry, i) => {
    if (i > 0 && revisesAbove(entry)) {
      out ??= entries.slice(0, i);
      out[out.length - 1] = `${out[out.length - 1] ?? ''} ${entry}`;
    } else out?.push(entry);
  });
  return out ?? entries;
}

/**
 * The row the `index`-th of a role's `count` entries came from (as {@link cellEntries} reads
 * them), or `fallback` when there are none. Only a role spread over several rows is split again
 * to tell, and only when a warning needs the cell.
 * @example entryRow([{ value: 'Mid Nov', row: 9 }], true, 1, 0, 8) // 9
 */
export function entryRow(cells: readonly SourceCell[] | undefined, joinRevisions: boolean, count: number, index: number, fallback: number, split: Split = splitEntries): number {
  if (cells === undefined || count === 0) return fallback;
  if (cells.length === 1) return cells[0]?.row ?? fallback;
  const entries = cellEntries(cells, joinRevisions, split);
  return (entries[index] ?? entries[0])?.row ?? fallback;
}

/**
 * The plain text of a role's cells joined with spaces (action text, lead names).
 * @example joinedText([{ value: 'Lifecourse leads (&', row: 12 }, { value: 'Engagement Manager)', row: 13 }]) // 'Lifecourse leads (& Engagement Manager)'
 * @example joinedText([{ value: 'Ann', row: 4 }, { value: 'Ann', row: 5 }]) // 'Ann'
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
 * joinedText over several cells: their texts (dates as ISO, errors left out) joined with
 * spaces. A text the same as the one above it is said once: a lead typed on every row of a
 * merged action ("Ann", "Ann", "Ann") is one lead, not "Ann Ann Ann".
 */
function joinCells(cells: readonly SourceCell[], strip: (s: string) => string): string | null {
  let out: string | null = null;
  let last = '';
  for (const cell of cells) {
    const value = cell.value;
    if (typeof value === 'object' && value !== null && value.kind !== 'date') continue;
    const text = strip(cellText(value));
    if (text !== '' && text !== last) out = out === null ? text : `${out} ${text}`;
    if (text !== '') last = text;
  }
  return out;
}

/** A row's next steps, time frames and statuses, each cell's entries read. */
type RowEntries = { nextSteps: ReadEntries<StepText>; timeframes: ReadEntries<TimeframeReading>; statuses: ReadEntries<StepStatus> };

/**
 * A row's entries lined up with its steps, for a row needsLineUp picks out (see listedSteps,
 * lineUp and inStepOrder), read again through the parsers' caches.
 * @example linedUp({ nextSteps, timeframes, statuses }, parsers).nextSteps.texts // ['Draft ToR', 'Agree at Board'] for "Draft ToR\n-\nAgree at Board"
 */
export function linedUp({ nextSteps, timeframes, statuses }: RowEntries, parsers: Parsers): RowEntries {
  const lines = listedSteps(nextSteps.texts, timeframes.texts);
  const steps = withoutPlaceholders(lines);
  const times = lineUp(lines, timeframes.texts);
  const states = inStepOrder(steps.length, lineUp(lines, statuses.texts));
  return {
    nextSteps: steps === nextSteps.texts ? nextSteps : parsers.nextSteps.entries(steps),
    timeframes: times === timeframes.texts ? timeframes : parsers.timeframes.entries(times),
    statuses: states === statuses.texts ? statuses : parsers.statuses.entries(states),
  };
}
