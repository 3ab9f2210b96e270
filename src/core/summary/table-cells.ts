import { formatUk } from '../dates';
import { ratingWord, trendSymbol, trendWord } from '../output/words';
import { percentLabel } from '../rollup/percent';
import type { Group, Rating, Trend } from '../types';
import type { SummaryCell } from './tables';
import type { GroupHeaders } from './group-headers';
import type { TableOneRow } from './types';

/*
 * The cells of the summary's tables, one maker per kind, so every table shows a rating, a
 * percentage or a date the same way.
 */

/** @example text(null) // { kind: 'text', text: '', value: null } */
export const text = (s: string | null | undefined): SummaryCell => ({ kind: 'text', text: s ?? '', value: s ? s : null });
/** @example count(3).text // '3' */
export const count = (n: number): SummaryCell => ({ kind: 'count', text: String(n), value: n });
/**
 * A fraction as a percent cell; with no figure (a group with no rated actions) the cell holds the
 * text "—", as CSV, Markdown and the roll-up show it, since a blank on the sheet reads as a figure lost.
 * @example percent(0.5).text // '50%'
 * @example percent(null).value // '—'
 */
export const percent = (f: number | null): SummaryCell => {
  const none = f === null || !Number.isFinite(f);
  return { kind: 'percent', text: percentLabel(f), value: none ? percentLabel(null) : f };
};
/** @example rating('red').text // 'Red' */
export const rating = (r: Rating): SummaryCell => ({ kind: 'rating', text: ratingWord(r), value: ratingWord(r), rating: r });
/** @example trend('up').kind // 'trend' */
export const trend = (t: Trend | null): SummaryCell => {
  const words = t === null ? '' : `${trendSymbol(t)} ${trendWord(t)}`;
  return { kind: 'trend', text: words, value: words === '' ? null : words };
};
/** @example date('2022-11-30', 'No date').text // '30 Nov 2022' */
export const date = (iso: string | null, none: string): SummaryCell => text(iso === null ? none : formatUk(iso));

const sameObjective = (row: TableOneRow, previous: TableOneRow | undefined): boolean =>
  previous !== undefined && previous.source === row.source && previous.objective === row.objective;

/**
 * True for a row that totals the rows above it (shown bold): an objective after its ambitions,
 * a tracker's subtotal, the grand total. An objective with no ambitions is a row of its own.
 * @example isTotalRow(tableOneRows(sources, settings), 0) // false: an ambition
 */
export function isTotalRow(rows: readonly TableOneRow[], i: number): boolean {
  const row = rows[i];
  if (row === undefined || row.level === 'ambition') return false;
  const previous = rows[i - 1];
  return row.level !== 'objective' || (sameObjective(row, previous) && previous?.level === 'ambition');
}

function labels(rows: readonly TableOneRow[], i: number, repeat: boolean): [string, string] {
  const row = rows[i] as TableOneRow;
  if (row.level === 'total') return ['Total', ''];
  // A tracker with no groups has its line alone: it totals nothing above it ("Ambition 1" on a sheet of its own).
  if (row.level === 'tracker') return [rows[i - 1]?.level !== 'tracker' && rows[i - 1]?.level !== 'total' && rows[i - 1] !== undefined && rows[i - 1]?.source === row.source ? 'Subtotal' : 'All actions', ''];
  if (row.level === 'objective') return [row.objective ?? '', isTotalRow(rows, i) ? 'Objective total' : ''];
  return [sameObjective(row, rows[i - 1]) && !repeat ? '' : (row.objective ?? ''), row.ambition ?? ''];
}

/**
 * Table One's columns after the source, in the board paper's order.
 * @example TABLE_ONE_HEADERS[1] // 'Ambition'
 */
export const TABLE_ONE_HEADERS = ['Objective', 'Ambition', 'Actions', 'Complete', 'Green', 'Amber', 'Red', 'Not rated', 'Progress %', 'Confidence %', 'Overall', 'Trend', 'Supporting strategy'];

/** The columns that count actions: Actions and the five ratings. */
const COUNT_HEADERS = new Set(TABLE_ONE_HEADERS.slice(2, 8));

/**
 * A row's Actions and five counts, left blank where the figures are given on the sheet (a
 * Table One's ambition, or a total of them): such a row is one line of the paper, not one
 * action, and "1 Amber" beside a given 100% progress reads as a contradiction.
 * @example countCells({ actions: 1, counts: { complete: 0, green: 0, amber: 1, red: 0, not_rated: 0 }, given: true })[0]?.text // ''
 */
export function countCells(r: Pick<Group, 'actions' | 'counts' | 'given'>): SummaryCell[] {
  const c = r.counts;
  return [r.actions, c.complete, c.green, c.amber, c.red, c.not_rated].map((n) => (r.given ? { kind: 'count', text: '', value: null } : count(n)));
}

/**
 * Which of TABLE_ONE_HEADERS a summary shows: the ambition and the supporting strategy only
 * when some row has one. Many action plans group by objective alone, and an empty Ambition
 * column left the objectives wrapped to five lines beside a third of the page of nothing.
 * The counts only when some row counts actions: a Table One of given figures is shown as given.
 * @example tableOneShown(rows)[1] // false when no row has an ambition
 */
export function tableOneShown(rows: readonly TableOneRow[]): boolean[] {
  const ambition = rows.some((r) => r.ambition !== null && r.ambition.trim() !== '');
  const strategy = rows.some((r) => r.strategy !== null && r.strategy.trim() !== '');
  const counted = rows.some((r) => !r.given);
  return TABLE_ONE_HEADERS.map((h) => (h === 'Ambition' ? ambition : h === 'Supporting strategy' ? strategy : COUNT_HEADERS.has(h) ? counted : true));
}

/**
 * Table One's headers for the columns `keys` names (TABLE_ONE_HEADERS' words): the group columns
 * under the trackers' own headers where they give them (GroupHeaders), so a plan grouped by PCN
 * is headed "PCN"; the other columns are the board paper's own.
 * @example tableOneHeaders(['Objective', 'Actions'], { objective: 'PCN', ambition: null }) // ['PCN', 'Actions']
 */
export function tableOneHeaders(keys: readonly string[], own: GroupHeaders): string[] {
  return keys.map((k) => (k === 'Objective' ? (own.objective ?? k) : k === 'Ambition' ? (own.ambition ?? k) : k));
}

/**
 * Table One's cells for one of its rows: the objective named once above its ambitions unless
 * `repeat` (CSV), the source first when the summary covers several trackers.
 * @example tableOneCells(rows, 0, null, false)[0]?.text // 'Objective 1'
 */
export function tableOneCells(rows: readonly TableOneRow[], i: number, sourceHeader: string | null, repeat: boolean): SummaryCell[] {
  const r = rows[i] as TableOneRow;
  const [objective, ambition] = labels(rows, i, repeat);
  const cells = [text(objective), text(ambition), ...countCells(r)];
  cells.push(percent(r.progress), percent(r.confidence), rating(r.overall), trend(r.trend), text(r.strategy));
  return sourceHeader === null ? cells : [text(r.source), ...cells];
}
