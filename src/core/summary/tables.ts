import { formatUk } from '../dates';
import { ratingWord, trendSymbol, trendWord } from '../output/words';
import { percentLabel } from '../rollup/percent';
import type { Rating, Trend } from '../types';
import type { SummaryModel, TableOneRow } from './types';

/** How a cell is shown: renderers style by kind (percent format, rating fill, centred counts). */
export type SummaryCellKind = 'text' | 'count' | 'percent' | 'rating' | 'trend';

/**
 * One cell of a summary table: the display text every renderer can use, and the value a
 * spreadsheet should hold (a fraction for a percentage, so it stays a number).
 * @example { kind: 'percent', text: '92%', value: 0.9166666666666666 }
 */
export interface SummaryCell {
  kind: SummaryCellKind;
  text: string;
  value: string | number | null;
  /** The rating a rating cell shows, for its fill. */
  rating?: Rating;
}

/** @example { total: false, cells: [...] } */
export interface SummaryTableRow {
  /** Objective, tracker and grand totals: shown bold. */
  total: boolean;
  cells: SummaryCell[];
}

/**
 * A section of the summary as a table, the same for the sheet, the .docx, the CSV and Markdown.
 * @example summaryTables(model).tableOne.headers[0] // 'Objective'
 */
export interface SummaryTable {
  heading: string;
  headers: string[];
  rows: SummaryTableRow[];
  /** Said instead of the table when it has no rows. */
  empty: string;
}

const text = (s: string | null | undefined): SummaryCell => ({ kind: 'text', text: s ?? '', value: s ? s : null });
const count = (n: number): SummaryCell => ({ kind: 'count', text: String(n), value: n });
const percent = (f: number | null): SummaryCell => ({ kind: 'percent', text: percentLabel(f), value: f });
const rating = (r: Rating): SummaryCell => ({ kind: 'rating', text: ratingWord(r), value: ratingWord(r), rating: r });
const trend = (t: Trend | null): SummaryCell => {
  const words = t === null ? '' : `${trendSymbol(t)} ${trendWord(t)}`;
  return { kind: 'trend', text: words, value: words === '' ? null : words };
};
const date = (iso: string | null, none: string): SummaryCell => text(iso === null ? none : formatUk(iso));

function labels(row: TableOneRow, previous: TableOneRow | undefined, repeat: boolean): [string, string] {
  if (row.level === 'total') return ['Total', ''];
  if (row.level === 'tracker') return ['Subtotal', ''];
  const sameObjective = previous !== undefined && previous.source === row.source && previous.objective === row.objective;
  if (row.level === 'objective') return [row.objective ?? '', sameObjective && previous.level === 'ambition' ? 'Objective total' : ''];
  return [sameObjective && !repeat ? '' : (row.objective ?? ''), row.ambition ?? ''];
}

function tableOne(model: SummaryModel, repeat: boolean): SummaryTable {
  const source = model.sourceHeader === null ? [] : [model.sourceHeader];
  const headers = [...source, 'Objective', 'Ambition', 'Actions', 'Complete', 'Green', 'Amber', 'Red', 'Not rated', 'Progress %', 'Confidence %', 'Overall', 'Trend', 'Supporting strategy'];
  const rows = model.tableOne.map((r, i) => {
    const [objective, ambition] = labels(r, model.tableOne[i - 1], repeat);
    const c = r.counts;
    const cells = [text(objective), text(ambition), count(r.actions), count(c.complete), count(c.green), count(c.amber), count(c.red), count(c.not_rated)];
    cells.push(percent(r.progress), percent(r.confidence), rating(r.overall), trend(r.trend), text(r.strategy));
    return { total: r.level !== 'ambition', cells: model.sourceHeader === null ? cells : [text(r.source), ...cells] };
  });
  return { heading: 'Table One – High-level action progress summary', headers, rows, empty: 'No actions found.' };
}

/**
 * Every section of the summary as tables, in the order of SPEC 6. With `repeat` false (the
 * sheet, the .docx, Markdown) an objective is named once above its ambitions, as the board
 * paper does; with `repeat` true (CSV) every row names it, so the rows sort and filter.
 * @example summaryTables(model).exceptions.headers // ['Ref', 'Action', 'Lead', 'Deadline', 'RAG', 'Reason', 'Latest update']
 */
export function summaryTables(model: SummaryModel, repeat = false) {
  const src = model.sourceHeader === null ? [] : [model.sourceHeader];
  const withSource = (s: string | null, cells: SummaryCell[]) => (model.sourceHeader === null ? cells : [text(s), ...cells]);
  const ref = (r: { ref: string | null; row: number }) => text(r.ref ?? `Row ${r.row}`);
  const meeting = model.nextMeeting === null ? 'the next meeting' : model.nextMeeting.name.trim() || `the meeting on ${formatUk(model.nextMeeting.date)}`;
  return {
    key: { heading: 'Key', headers: ['Rating', 'Meaning', 'Colour'], rows: model.key.map((k) => ({ total: false, cells: [rating(k.rating), text(k.definition), text(k.colour)] })), empty: '' } satisfies SummaryTable,
    tableOne: tableOne(model, repeat),
    exceptions: {
      heading: 'Exceptions: Red and Amber actions',
      headers: [...src, 'Ref', 'Action', 'Lead', 'Deadline', 'RAG', 'Reason', 'Latest update'],
      rows: model.exceptions.map((e) => ({ total: false, cells: withSource(e.source, [ref(e), text(e.action), text(e.lead), date(e.deadline, 'No date'), rating(e.rating), text(e.reason), text(e.latestUpdate)]) })),
      empty: 'No actions are Red or Amber.',
    } satisfies SummaryTable,
    due: {
      heading: `Due at ${meeting}`,
      headers: [...src, 'Ref', 'Action', 'Lead', 'Due', 'RAG', 'Steps due', 'Latest update'],
      rows: model.dueAtNextMeeting.map((d) => ({ total: false, cells: withSource(d.source, [ref(d), text(d.action), text(d.lead), date(d.due, 'No date'), rating(d.rating), text(d.steps.join('\n')), text(d.latestUpdate)]) })),
      empty: `No updates are due at ${meeting}.`,
    } satisfies SummaryTable,
    qualityCounts: {
      heading: 'Data quality',
      headers: ['Kind', 'Severity', 'Count'],
      rows: model.quality.counts.map((q) => ({ total: false, cells: [text(q.code), text(q.severity), count(q.count)] })),
      empty: 'No data-quality problems found.',
    } satisfies SummaryTable,
    qualityTop: {
      heading: 'The most important data-quality problems',
      headers: ['Cell', 'Problem', 'Severity', 'Kind'],
      rows: model.quality.top.map((q) => ({ total: false, cells: [text(q.address), text(q.message), text(q.severity), text(q.code)] })),
      empty: '',
    } satisfies SummaryTable,
  };
}

/** The tables of a summary, by section. */
export type SummaryTables = ReturnType<typeof summaryTables>;
