import { cellText, isBlank } from '../cells';
import { COLOUR_WORDS, COUNT_LABEL_STARTS, LEGEND_WORDS, TALLY_WORDS } from '../vocabulary/columns';
import type { CellValue, ColumnMap } from '../types';
import { normaliseHeader } from './normalise';
import { isTrackerHeader, readHeader } from './columns';

/*
 * Rows inside a tracker's extent that hold no action: the header repeated (a second table on
 * the sheet, or a header printed again after a page break) and a key to the colours. Every row
 * of a sheet is asked, so each check first rules rows out by a cheap look at one cell.
 */

const LEGEND = new Set(LEGEND_WORDS.map(normaliseHeader));
/** The longest key word, and the letters key words start with: other first cells are not keys. */
const LEGEND_MAX = Math.max(...LEGEND_WORDS.map((w) => w.length)) + 2;
const LEGEND_FIRST = new Set(LEGEND_WORDS.map((w) => w.charAt(0)));
const COLOURS = new Set(COLOUR_WORDS);
const COLOUR_MAX = Math.max(...COLOUR_WORDS.map((w) => w.length)) + 2;
const fold = (value: CellValue | undefined): string => cellText(value).trim().toLowerCase();
const TALLY = new Set(TALLY_WORDS.map(normaliseHeader));
const COUNT_STARTS = COUNT_LABEL_STARTS.map((w) => normaliseHeader(w));
/** Longer than a count's label: an action's sentence starting "Number of …" is ruled out before its words are read. */
const COUNT_LABEL_MAX = 60;

/**
 * True when a row holds one label that starts as a count's does (COUNT_LABEL_STARTS) and numbers
 * only besides it, in any columns: "Total recommendations open | 7" in the ref column is no action.
 * @example countRow(['Total recommendations open', 7]) // true
 * @example countRow(['2', 'Number of overpayments to be reported', 'Payroll Manager', 3]) // false
 */
export function countRow(row: readonly CellValue[]): boolean {
  let label: string | null = null;
  let numbers = 0;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    if (typeof cell === 'number') numbers += 1;
    else if (label !== null || typeof cell !== 'string' || cell.length > COUNT_LABEL_MAX) return false;
    else label = cell;
  }
  if (numbers === 0 || label === null) return false;
  // Folded only now: every row of a sheet is asked, and nearly all have left by here.
  const folded = normaliseHeader(label);
  return COUNT_STARTS.some((w) => folded === w || folded.startsWith(`${w} `));
}

/** The columns an action fills besides its text: a tally row leaves them all blank or holds counts in them. */
const DETAIL_ROLES = ['lead', 'timeframe', 'next_steps', 'status'] as const;

/**
 * True when a row starts a key to the colours: its first filled cell is a key word alone or
 * before a colon ("Key", "RAG key:", "Key: B = complete, G = on track"), which ends the actions.
 * An action that starts with the word ("Key worker housing") does not.
 * @example startsLegend([null, 'RAG Key']) // true
 * @example startsLegend(['3', 'Key worker housing scheme']) // false
 */
export function startsLegend(row: readonly CellValue[]): boolean {
  // A loop rather than find(): a callback would be allocated for every row.
  let first: CellValue | undefined;
  for (let i = 0; i < row.length && first === undefined; i++) if (!isBlank(row[i])) first = row[i];
  if (typeof first !== 'string') return false;
  const head = first.trimStart();
  if (!LEGEND_FIRST.has(head.charAt(0).toLowerCase())) return false;
  const colon = head.indexOf(':');
  const words = colon < 0 ? head : head.slice(0, colon);
  return words.length <= LEGEND_MAX && LEGEND.has(normaliseHeader(words));
}

/** A second table's header names this many roles at least: an action row of short words may name two by chance. */
const OTHER_HEADER_ROLES = 3;
/** Longer than any header cell: an action's or update's sentence rules its row out before the header is read. */
const HEADER_CELL_MAX = 60;
const headerLike = (v: CellValue): boolean => isBlank(v) || (typeof v === 'string' && v.length <= HEADER_CELL_MAX);

/**
 * True when a row is the header of another table under this one, as a highlight report puts its
 * "Risks and issues" table under its milestones: short text cells only, naming an action column and
 * two more roles. Asked only of the row after a group heading, so not of every row.
 * @example startsOtherTable(['ID', 'Risk / issue', 'Owner', 'Score', 'Mitigation']) // true
 * @example startsOtherTable(['M06', 'Go live', 'Programme Manager', { kind: 'date', iso: '2025-04-01' }]) // false
 */
export function startsOtherTable(row: readonly CellValue[] | null): boolean {
  if (row === null || !row.every(headerLike)) return false;
  const reading = readHeader(row);
  return isTrackerHeader(reading) && reading.roleCount >= OTHER_HEADER_ROLES;
}

/**
 * The rows of one tracker that are not actions though they sit among them (see the top of this file).
 * @example new Furniture(['Ref', 'Action'], { ref: 0, action: 1 }).isColourKey([null, 'Amber', 'At risk']) // true
 */
export class Furniture {
  private readonly action: number | undefined;
  private readonly headerAction: string;
  /** The lead, date, next-steps and status columns: asked of every row, so worked out once. */
  private readonly details: readonly number[];

  constructor(
    private readonly header: readonly CellValue[],
    private readonly columns: ColumnMap,
  ) {
    this.action = columns.action ?? columns.ambition;
    this.headerAction = this.action === undefined ? '' : fold(header[this.action]);
    this.details = DETAIL_ROLES.map((role) => columns[role]).filter((col): col is number => col !== undefined);
  }

  /**
   * True when a row is a line of a key to the colours: no ref, and a colour word alone as its
   * action ("Amber" beside "At risk of missing the deadline").
   */
  isColourKey(row: readonly CellValue[]): boolean {
    const { ref, action } = this.columns;
    if (action === undefined || (ref !== undefined && !isBlank(row[ref]))) return false;
    const value = row[action];
    return typeof value === 'string' && value.length <= COLOUR_MAX && COLOURS.has(fold(value));
  }

  /**
   * True when a row is a count under the tracker, not an action: no ref, and either a number
   * where the action's words go ("Open actions | | 10", a COUNTIF the team keeps below its log)
   * with nothing in the lead, date or status columns, or a "Total" label with only numbers beside it;
   * or, in any column, a count's label with only numbers beside it (countRow).
   */
  isTally(row: readonly CellValue[]): boolean {
    if (countRow(row)) return true;
    const { ref, action } = this.columns;
    if (action === undefined || (ref !== undefined && !isBlank(row[ref]))) return false;
    const value = row[action];
    if (typeof value === 'number') return this.details.every((col) => isBlank(row[col]));
    if (typeof value !== 'string' || value.length > 16 || !TALLY.has(normaliseHeader(value))) return false;
    return row.every((cell, col) => col === action || isBlank(cell) || typeof cell === 'number');
  }

  /**
   * True when a row heads another table (startsOtherTable), not this tracker's header repeated
   * for a further section of its actions (repeatsHeader), which is read on.
   */
  headsOtherTable(row: readonly CellValue[] | null): boolean {
    return row !== null && !this.repeatsHeader(row) && startsOtherTable(row);
  }

  /**
   * True when a row repeats the header in its action column and one other mapped column: a
   * second table's header on the sheet, read as an action it would be one called "Action".
   */
  repeatsHeader(row: readonly CellValue[]): boolean {
    const action = this.action;
    const value = action === undefined ? undefined : row[action];
    if (action === undefined || typeof value !== 'string' || value.length > this.headerAction.length + 8 || fold(value) !== this.headerAction) return false;
    return Object.values(this.columns).some((col) => col !== action && !isBlank(row[col]) && fold(row[col]) === fold(this.header[col]));
  }
}
