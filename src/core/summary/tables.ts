import { finish, mapInChunks, Work, type Chunks } from '../chunks';
import { ratingWord } from '../output/words';
import type { Rating } from '../types';
import { capitalised, clip, CLIP, clipLatest, issueKind } from './clip';
import { dueWhen } from './heading';
import { includedTable } from './included';
import { qualityByPartnerTable } from './partner-quality';
import { systemTable } from './system';
import { count, date, isTotalRow, rating, TABLE_ONE_HEADERS, tableOneCells, tableOneHeaders, tableOneShown, text } from './table-cells';
import type { SummaryCell, SummaryTables } from './table-types';
import type { DueRow, SummaryModel } from './types';

export type { SummaryCell, SummaryCellKind, SummaryTable, SummaryTableRow, SummaryTables } from './table-types';

/** The steps due that are not the action itself: a row with no next steps is one step, its action, which would only repeat the Action column. */
function ownSteps(d: DueRow): string[] {
  return d.steps.filter((st) => st.trim() !== d.action.trim());
}

/** Blank where the action is its one step: "The whole action" on every such row only hid the rows with steps. */
function stepsDue(d: DueRow): string {
  return ownSteps(d).map((st) => clip(st, CLIP.step)).join('\n');
}

/** A reason without the rating word it opens with ("Red: the action was due…"), which the RAG cell beside it already shows. */
function reasonShown(reason: string, r: Rating): string {
  const word = `${ratingWord(r)}: `;
  return reason.startsWith(word) ? capitalised(reason.slice(word.length)) : reason;
}

/** Said where an action has no update, so a gap in the paper reads as the tracker's, not as text lost on the way. */
const NO_UPDATE = 'No update recorded';

/**
 * Every section of the summary as tables, in the order of SPEC 6. With `repeat` false (the
 * sheet, the .docx, Markdown) an objective is named once above its ambitions, as the board
 * paper does; with `repeat` true (CSV) every row names it, so the rows sort and filter.
 * @example summaryTables(model).exceptions.headers // ['Ref', 'Action', 'Lead', 'Deadline', 'RAG', 'Reason', 'Latest update']
 */
export function summaryTables(model: SummaryModel, repeat = false): SummaryTables {
  return finish(summaryTablesInChunks(model, repeat, new Work(Infinity)));
}

/**
 * {@link summaryTables} counting each table row made against `work`, pausing when it is full.
 * @example const tables = yield* summaryTablesInChunks(model, false, work)
 */
export function* summaryTablesInChunks(model: SummaryModel, repeat: boolean, work: Work): Chunks<SummaryTables> {
  const src = model.sourceHeader === null ? [] : [model.sourceHeader];
  const withSource = (s: string | null, cells: SummaryCell[]) => (model.sourceHeader === null ? cells : [text(s), ...cells]);
  // A ref numbered afresh in each group is named with its group: "2" alone could be any report's second recommendation.
  const ref = (r: { ref: string | null; group: string | null; row: number }) => text(r.group === null ? (r.ref ?? `Row ${r.row}`) : `${r.group}: ${r.ref ?? `row ${r.row}`}`);
  const long = (s: string | null, max: number) => text(s === null ? null : clip(s, max));
  // An action listed again under another group (each PCN set the same one) is named with its group, after the words the
  // board reads first; the narrow Ref column keeps only what finds the row.
  const action = ({ action: a, actionGroup: g }: { action: string; actionGroup: string | null }) =>
    text(g === null ? clip(a, CLIP.action) : a.trim() === '' ? g.trim() : `${clip(a, CLIP.action).trimEnd()} (${g.trim()})`);
  const latest = (s: string | null) => text(s === null ? NO_UPDATE : clipLatest(s, CLIP.update));
  const word = (s: string) => text(capitalised(s));
  // CSV keeps every column, so a file read by another tool has the same columns every month.
  const shown = repeat ? TABLE_ONE_HEADERS.map(() => true) : tableOneShown(model.tableOne);
  const pick = <T>(all: T[]) => all.filter((_, i) => i < src.length || shown[i - src.length]);
  const keys = pick([...src, ...TABLE_ONE_HEADERS]);
  // An action log of single-line actions has no steps of its own: a column saying "The whole action" on every row is room
  // lost on a page; CSV keeps it, as it keeps every column.
  const withSteps = repeat || model.dueAtNextMeeting.some((d) => ownSteps(d).length > 0);
  const dueCells = (d: DueRow) => [ref(d), action(d), text(d.lead), date(d.due, 'No date'), rating(d.rating), ...(withSteps ? [text(stepsDue(d))] : []), latest(d.latestUpdate)];
  return {
    included: includedTable(model),
    key: { heading: 'Key', headers: ['Rating', 'Meaning', 'Colour'], rows: model.key.map((k) => ({ total: false, cells: [rating(k.rating), text(k.definition), text(k.colour)] })), empty: '' },
    tableOne: {
      heading: 'Table One – High-level action progress summary',
      headers: [...src, ...tableOneHeaders(keys.slice(src.length), model.groupHeaders)],
      keys,
      rows: yield* mapInChunks(model.tableOne, (_r, i) => ({ total: isTotalRow(model.tableOne, i), cells: pick(tableOneCells(model.tableOne, i, model.sourceHeader, repeat)) }), work),
      empty: 'No actions found.',
    },
    system: systemTable(model.system),
    exceptions: {
      heading: 'Exceptions: Red and Amber actions',
      headers: [...src, 'Ref', 'Action', 'Lead', 'Deadline', 'RAG', 'Reason', 'Latest update'],
      rows: yield* mapInChunks(model.exceptions, (e) => ({ total: false, cells: withSource(e.source, [ref(e), action(e), text(e.lead), date(e.deadline, 'No date'), rating(e.rating), long(reasonShown(e.reason, e.rating), CLIP.reason), latest(e.latestUpdate)]) }), work),
      empty: 'No actions are Red or Amber.',
    },
    due: {
      heading: `Due ${dueWhen(model)}`,
      headers: [...src, 'Ref', 'Action', 'Lead', 'Due', 'RAG', ...(withSteps ? ['Steps due'] : []), 'Latest update'],
      rows: yield* mapInChunks(model.dueAtNextMeeting, (d) => ({ total: false, cells: withSource(d.source, dueCells(d)) }), work),
      empty: `No updates are due ${dueWhen(model, false)}.`,
    },
    qualityCounts: {
      heading: 'Data quality',
      headers: ['Kind', 'Severity', 'Count'],
      rows: model.quality.counts.map((q) => ({ total: false, cells: [text(issueKind(q.code)), word(q.severity), count(q.count)] })),
      empty: 'No data-quality problems found.',
    },
    qualityTop: {
      heading: 'The most important data-quality problems',
      headers: ['Cell', 'Problem', 'Severity', 'Kind'],
      rows: model.quality.top.map((q) => ({ total: false, cells: [text(q.address), text(q.message), word(q.severity), text(issueKind(q.code))] })),
      empty: '',
    },
    qualityByPartner: qualityByPartnerTable(model.qualityByPartner),
  };
}
