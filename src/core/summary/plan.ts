import { finish, Work, type Chunks } from '../chunks';
import { planFormatsInChunks } from './formats';
import { Grid } from './grid';
import { summaryHeading } from './heading';
import { pageRoom, summaryFooter } from './pages';
import { SUMMARY_SHEET, type PagePlan, type SummarySheetPlan } from './sheet-plan';
import { SUMMARY_STYLES } from './styles';
import { TABLE_ONE_HEADERS } from './table-cells';
import { summaryTablesInChunks } from './tables';
import type { SummaryModel } from './types';

/** Table One's columns, in characters: objective, ambition, actions, five counts, progress, confidence, overall, trend, strategy. */
const WIDTHS = [20, 40, 8, 10, 8, 8, 8, 8, 10, 11, 10, 10, 28];
const SOURCE_WIDTH = 18;

/*
 * The other tables share Table One's columns, merging neighbours where a field needs room:
 * exceptions put the lead over actions–Green, the deadline over Amber–Red, the rating over
 * Not rated–progress and the reason over confidence–trend. Table One's columns left out are
 * spanned by tableOneSpans.
 */
const SPANS = {
  key: [1, 11, 1],
  actions: [1, 1, 3, 2, 2, 3, 1],
  // A due list without its Steps due column gives that room to the latest update.
  dueWithoutSteps: [1, 1, 3, 2, 2, 4],
  // Data quality: the kind over objective–ambition, the severity over two counts; the problem
  // sentence over ambition–Red, so neither wraps a short word in a wide column.
  qualityCounts: [2, 2, 1],
  qualityTop: [1, 6, 2, 3],
  // A roll-up's trackers: as at and next meeting over objective and ambition, the counts and
  // percentages in their own columns, the completions over the last three.
  included: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3],
};

/**
 * Table One's spans for the columns it shows: a column left out widens the one shown before it
 * (the objective where there are no ambitions, the ambition where the figures are given and no
 * actions counted); a last column left out (no strategies) stays empty.
 */
function tableOneSpans(keys: readonly string[]): number[] {
  const spans: number[] = [];
  TABLE_ONE_HEADERS.forEach((h, i) => {
    if (keys.includes(h)) spans.push(1);
    else if (i < TABLE_ONE_HEADERS.length - 1 && spans.length > 0) spans[spans.length - 1] = (spans.at(-1) ?? 1) + 1;
  });
  return spans;
}

/*
 * Excel repeats one range of title rows on every printed page: here the title and as-at date.
 * Each table's own header row cannot join them (there are several tables), so where a table
 * runs onto a new page the grid breaks the page itself and writes the header row again there.
 */
const PAGE: Omit<PagePlan, 'footer'> = {
  orientation: 'landscape',
  paperSize: 'A4',
  fitToWidth: 1,
  fitToHeight: 0,
  titleRows: { first: 1, last: 2 },
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  showGridLines: false,
};

/**
 * Lays the summary out as a sheet (SPEC 6): the title and dates (rows 1–2 repeat on every
 * printed page, and a table's header row on every page it runs onto), the key with the
 * notes on how figures are worked out, Table One, the exceptions, what is due at the next
 * meeting and data quality, one blank row between sections. With several trackers a Source column comes first in every table that has one.
 * @example summarySheetPlan(model).page.orientation // 'landscape'
 */
export function summarySheetPlan(model: SummaryModel): SummarySheetPlan {
  return finish(summarySheetPlanInChunks(model, Infinity));
}

/**
 * {@link summarySheetPlan} pausing after every `chunkRows` table rows made, laid out or formatted, for a host that must not block.
 * @example finish(summarySheetPlanInChunks(model, 1000)) // summarySheetPlan(model)
 */
export function* summarySheetPlanInChunks(model: SummaryModel, chunkRows: number): Chunks<SummarySheetPlan> {
  const work = new Work(chunkRows);
  const tables = yield* summaryTablesInChunks(model, false, work);
  const source = model.sourceHeader !== null;
  // Tables with a Source column get one more column; the others stretch their first over it.
  const withSource = (spans: number[]) => (source ? [1, ...spans] : spans);
  const widened = ([first = 1, ...rest]: number[]) => (source ? [first + 1, ...rest] : [first, ...rest]);
  const widths = source ? [SOURCE_WIDTH, ...WIDTHS] : WIDTHS;
  const heading = summaryHeading(model);
  const page: PagePlan = { ...PAGE, footer: summaryFooter(heading.title, heading.lines[0] ?? '') };
  const grid = new Grid(widths, { room: pageRoom(widths, page), titleRows: page.titleRows.last });
  grid.line(heading.title, 'title', 21);
  for (const line of heading.lines) grid.line(line, 'line');
  const sections = [
    ...(tables.included.rows.length > 0 ? [{ table: tables.included, spans: SPANS.included }] : []),
    { table: tables.key, spans: widened(SPANS.key), after: model.notes },
    { table: tables.tableOne, spans: withSource(tableOneSpans(tables.tableOne.keys ?? tables.tableOne.headers)) },
    { table: tables.exceptions, spans: withSource(SPANS.actions) },
    { table: tables.due, spans: withSource(tables.due.headers.includes('Steps due') ? SPANS.actions : SPANS.dueWithoutSteps) },
    { table: tables.qualityCounts, spans: widened(SPANS.qualityCounts) },
  ];
  for (const { table, spans, after } of sections) {
    grid.blank();
    grid.keepWithNext();
    grid.line(table.heading, 'heading', 18);
    yield* grid.table(table, spans, work);
    for (const note of after ?? []) grid.line(note, 'note');
  }
  if (tables.qualityTop.rows.length > 0) {
    grid.keepWithNext();
    grid.line(tables.qualityTop.heading, 'note');
    yield* grid.table(tables.qualityTop, widened(SPANS.qualityTop), work);
  }
  return {
    sheet: SUMMARY_SHEET,
    rows: grid.rows,
    widths: [...grid.widths],
    heights: grid.heights,
    merges: grid.merges,
    styles: SUMMARY_STYLES,
    formats: yield* planFormatsInChunks(grid.rows, work),
    page,
    pageBreaks: grid.breaks,
  };
}
