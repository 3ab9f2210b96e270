import type { SourceCell } from '../detect/rows';
import { PLACEHOLDER, placedEntries, type LineFacts } from '../steps';
import { opensWithDate } from '../steps/updateLog';
import { cellTexts, type Split } from './entries';

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
export class ReadEntries<R> implements LineFacts {
  readonly readings: readonly R[];
  /**
   * The entries that place something (placedEntries) and whether a dash is among them: every
   * row asks both of its cells, so they are worked out once per distinct cell, here.
   */
  readonly placed: number;
  readonly dashed: boolean;
  // Set in the constructor, though worked out later: fields added afterwards would give the
  // objects several shapes, and every row's reads of them would slow to a polymorphic lookup.
  private joined: WholeEntry<R> | null | undefined = undefined;
  private dated: boolean | undefined = undefined;

  constructor(
    readonly texts: readonly string[],
    private readonly read: (text: string) => R,
    private readonly join: (texts: readonly string[]) => string,
  ) {
    this.readings = texts.map(read);
    this.placed = placedEntries(texts);
    this.dashed = texts.includes(PLACEHOLDER);
  }

  /** Whether the first entry opens with a date (opensWithDate), asked of a status cell beside several steps. */
  firstDated(): boolean {
    this.dated ??= opensWithDate(this.texts[0] ?? '');
    return this.dated;
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
  /** splitEntries, cached: a role over several rows is split cell by cell (cellEntries). */
  split: Split;
  /** cellTexts of a run of text cells read as entries, cached by the run's key (see readCells). */
  spread(key: string, cells: readonly SourceCell[], joinRevisions: boolean): ReadEntries<R>;
}

/**
 * A role's cells read: a single text cell (nearly every row) through the reader's cache, and a
 * role spread over continuation rows entry by entry (cellTexts), through a cache of such runs
 * of cells when they are all text. No cells read as an empty cell.
 * @example readCells([{ value: 'Done\nOn track', row: 8 }], false, parsers.statuses).texts // ['Done', 'On track']
 */
export function readCells<R>(cells: readonly SourceCell[] | undefined, joinRevisions: boolean, reader: RoleReader<R>): ReadEntries<R> {
  if (cells === undefined || cells.length === 0) return reader.cell('');
  const only = cells.length === 1 ? cells[0] : undefined;
  if (only !== undefined && typeof only.value === 'string') return reader.cell(only.value);
  const key = spreadKey(cells, joinRevisions);
  return key === null ? reader.entries(cellTexts(cells, joinRevisions, reader.split)) : reader.spread(key, cells, joinRevisions);
}

/**
 * The texts of a role's cells on successive rows as one key, each prefixed by its length so
 * no two runs of cells share one; null when a cell is not text (a date, a number), or two
 * share a row. cellTexts reads such a run from its texts alone, so the key stands for it.
 */
function spreadKey(cells: readonly SourceCell[], joinRevisions: boolean): string | null {
  let key = joinRevisions ? 'r' : 'p';
  let row = -Infinity;
  for (const cell of cells) {
    if (typeof cell.value !== 'string' || cell.row <= row) return null;
    row = cell.row;
    key += `${cell.value.length}:${cell.value}`;
  }
  return key;
}
