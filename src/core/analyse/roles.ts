import type { SheetAction, SourceCell } from '../detect/rows';
import { entryIndex } from '../steps';
import type { Role } from '../types';
import { cellEntries } from './entries';

/*
 * What one role's cells say, read once per distinct cell. Trackers repeat the same next steps,
 * time frames and statuses down the sheet, so a row's steps are mostly looked up cell by cell
 * rather than entry by entry.
 */

/** A role's entries as a row's only step takes them: joined, and read. */
export interface WholeEntry<R> {
  text: string;
  reading: R;
}

/**
 * A role's entries, each read, and (for a row with one step, which takes them all) all of them
 * read together, worked out only when such a step asks: most rows with several entries have as
 * many steps.
 * @example new ReadEntries(['Done', 'On track'], classifyStatus, joinStatuses).whole()?.reading // 'on_track'
 */
export class ReadEntries<R> {
  readonly readings: readonly R[];
  private joined: WholeEntry<R> | null | undefined;

  constructor(
    readonly texts: readonly string[],
    private readonly read: (text: string) => R,
    private readonly join: (texts: readonly string[]) => string,
  ) {
    this.readings = texts.map(read);
  }

  /** Every entry as one, read; null when there are none. One entry joined is itself, so its own reading serves. */
  whole(): WholeEntry<R> | null {
    if (this.joined === undefined) {
      const text = this.texts[0];
      const reading = this.readings[0];
      if (text === undefined || reading === undefined) this.joined = null;
      else if (this.texts.length === 1) this.joined = { text, reading };
      else {
        const all = this.join(this.texts);
        this.joined = { text: all, reading: this.read(all) };
      }
    }
    return this.joined;
  }
}

/** Reads a role from a whole cell's text (cached per text) or from entries gathered over several rows. */
export interface RoleReader<R> {
  cell(text: string): ReadEntries<R>;
  entries(texts: readonly string[]): ReadEntries<R>;
}

/**
 * A role's cells read: a single text cell (nearly every row) through the reader's cache, and a
 * role spread over continuation rows entry by entry. A role with no cells reads as an empty cell.
 * @example readRole(action, 'status', false, parsers.statuses).texts // ['Done', 'On track']
 */
export function readRole<R>(action: SheetAction, role: Role, joinRevisions: boolean, reader: RoleReader<R>): ReadEntries<R> {
  const value = action.single(role);
  if (value === null) return reader.cell('');
  if (typeof value === 'string') return reader.cell(value);
  return readCells(action.cells[role], joinRevisions, reader);
}

/**
 * {@link readRole} over a role's gathered cells.
 * @example readCells([{ value: 'Done\nOn track', row: 8 }], false, parsers.statuses).texts // ['Done', 'On track']
 */
export function readCells<R>(cells: readonly SourceCell[] | undefined, joinRevisions: boolean, reader: RoleReader<R>): ReadEntries<R> {
  if (cells === undefined || cells.length === 0) return reader.cell('');
  const only = cells.length === 1 ? cells[0] : undefined;
  if (only !== undefined && typeof only.value === 'string') return reader.cell(only.value);
  return reader.entries(cellEntries(cells, joinRevisions).map((e) => e.text));
}

/**
 * The entry step `i` of `count` takes (SPEC 2.3, see entryIndex), or null for none.
 * @example stepEntry(parsers.timeframes.cell('Mid Nov\nEnd of Dec'), 2, 1) // 'End of Dec'
 */
export function stepEntry<R>(entries: ReadEntries<R>, count: number, i: number): string | null {
  const at = entryIndex(entries.texts.length, count, i);
  return at === null ? null : at === 'all' ? (entries.whole()?.text ?? null) : (entries.texts[at] ?? null);
}

/**
 * The reading of the entry step `i` of `count` takes, or null for none.
 * @example stepReading(parsers.statuses.cell('Done'), 3, 2)?.status // 'complete'
 */
export function stepReading<R>(entries: ReadEntries<R>, count: number, i: number): R | null {
  const at = entryIndex(entries.texts.length, count, i);
  return at === null ? null : at === 'all' ? (entries.whole()?.reading ?? null) : (entries.readings[at] ?? null);
}
