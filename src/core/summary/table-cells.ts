import { formatUk } from '../dates';
import { ratingWord, trendSymbol, trendWord } from '../output/words';
import { percentLabel } from '../rollup/percent';
import type { Rating, Trend } from '../types';
import type { SummaryCell } from './tables';
import type { TableOneRow } from './types';

/*
 * The cells of the summary's tables, one maker per kind, so every table shows a rating, a
 * percentage or a date the same way.
 */

/** @example text(null) // { kind: 'text', text: '', value: null } */
export const text = (s: string | null | undefined): SummaryCell => ({ kind: 'text', text: s ?? '', value: s ? s : null });
/** @example count(3).text // '3' */
export const count = (n: number): SummaryCell => ({ kind: 'count', text: String(n), value: n });
/** @example percent(0.5).text // '50%' */
export const percent = (f: number | null): SummaryCell => ({ kind: 'percent', text: percentLabel(f), value: f });
/** @example rating('red').text // 'Red' */
export const rating = (r: Rating): SummaryCell => ({ kind: 'rating', text: ratingWord(r), value: ratingWord(r), rating: r });
/** @example trend('up').kind // 'trend' */
export const trend = (t: Trend | null): SummaryCell => {
  const words = t === null ? '' : `${trendSymbol(t)} ${trendWord(t)}`;
  return { kind: 'trend', text: words, value: words === '' ? null : words };
};
/** @example date('2022-11-30', 'No date').text // '30/11/2022' */
export const date = (iso: string | null, none: string): SummaryCell => text(iso === null ? none : formatUk(iso));

function labels(row: TableOneRow, previous: TableOneRow | undefined, repeat: boolean): [string, string] {
  if (row.level === 'total') return ['Total', ''];
  if (row.level === 'tracker') return ['Subtotal', ''];
  const sameObjective = previous !== undefined && previous.source === row.source && previous.objective === row.objective;
  if (row.level === 'objective') return [row.objective ?? '', sameObjective && previous.level === 'ambition' ? 'Objective total' : ''];
  return [sameObjective && !repeat ? '' : (row.objective ?? ''), row.ambition ?? ''];
}

/**
 * Table One's cells for one of its rows: the objective named once above its ambitions unless
 * `repeat` (CSV), the source first when the summary covers several trackers.
 * @example tableOneCells(rows, 0, null, false)[0]?.text // 'Objective 1'
 */
export function tableOneCells(rows: readonly TableOneRow[], i: number, sourceHeader: string | null, repeat: boolean): SummaryCell[] {
  const r = rows[i] as TableOneRow;
  const [objective, ambition] = labels(r, rows[i - 1], repeat);
  const c = r.counts;
  const cells = [text(objective), text(ambition), count(r.actions), count(c.complete), count(c.green), count(c.amber), count(c.red), count(c.not_rated)];
  cells.push(percent(r.progress), percent(r.confidence), rating(r.overall), trend(r.trend), text(r.strategy));
  return sourceHeader === null ? cells : [text(r.source), ...cells];
}
