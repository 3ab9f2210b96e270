import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { planOutput, type OutputPlan } from '../../../src/core/output';
import { buildReport } from '../../../src/core/report';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid, Tracker } from '../../../src/core/types';

/*
 * A sheet of several tables, each under its own title and its own copy of the header ("Workforce
 * actions", the header, its rows; "Digital actions", the header again, its rows) is one tracker.
 * A refresh labels the product's columns on every header the engine read as a repeat of the
 * tracker's, so each table printed or read alone says what its coloured columns are; a title,
 * a blank row, a key and an archive's header ("Closed actions" below the live tables) get none.
 */

const settings = defaultSettings('2026-12-07');
const HEADER: CellValue[] = ['Ref', 'Action', 'Lead', 'Deadline', 'Status'];
const WORDS = ['RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend'];
const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Trackers', rows, merges: [], tables: [], hidden: false, protected: false });

function trackerOf(rows: CellValue[][]): Tracker {
  const tracker = analyseWorkbook([grid(rows)], settings).trackers[0];
  if (tracker === undefined) throw new Error('no tracker found');
  return tracker;
}

/** The values planned on one 1-based row of the product's columns. */
const rowOf = (plan: OutputPlan, row: number): unknown[] => plan.cells.filter((c) => c.row === row).map((c) => c.value);
const blank = [null, null, null, null, null];

const twoTables: CellValue[][] = [
  ['Workforce actions'],
  HEADER,
  ['W1', 'Reduce agency spend', 'Director of People', 'Mar 27', 'On track'],
  ['W2', 'Launch flexible working policy', 'Head of HR', 'Jan 27', 'On track'],
  [],
  ['Digital actions'],
  HEADER,
  ['D1', 'EPR go-live phase 2', 'CIO', 'Feb 27', 'In progress'],
];

describe('the product\'s column headers on every header of a sheet of several tables', () => {
  it('writes the words on the second table\'s header row as on the first, and lists both rows as headers', () => {
    const plan = planOutput(trackerOf(twoTables), settings);
    expect(plan.headerRows).toEqual([2, 7]);
    expect(rowOf(plan, 2)).toEqual(WORDS);
    expect(rowOf(plan, 7)).toEqual(WORDS);
    // The title rows and the blank row between the tables stay empty.
    for (const row of [5, 6]) expect(rowOf(plan, row)).toEqual(blank);
  });

  it('labels a third table, and a header a blank row or two under its title, in the header\'s own wording', () => {
    const header: CellValue[] = ['No.', 'Recommendation', 'Owner', 'Target date', 'Progress update'];
    const rows: CellValue[][] = [
      ['Section A: quality'],
      [],
      header,
      ['A1', 'Audit falls on Ward 7', 'Matron', 'Mar 27', 'On track'],
      ['Section B: workforce'],
      [],
      [],
      header,
      ['B1', 'Recruit HCAs', 'HRBP', 'Mar 27', 'On track'],
      ['Section C: estates'],
      header,
      ['C1', 'Replace sinks in ICU', 'Estates Manager', 'Jun 27', 'Not started'],
    ];
    const plan = planOutput(trackerOf(rows), settings);
    expect(plan.headerRows).toEqual([3, 8, 11]);
    for (const row of [3, 8, 11]) expect(rowOf(plan, row)).toEqual(WORDS);
    for (const row of [5, 6, 7, 10]) expect(rowOf(plan, row)).toEqual(blank);
  });

  it('labels a header printed again with no title over it (a page break) as the engine reads it: a repeat, not an action', () => {
    const rows: CellValue[][] = [HEADER, ['1', 'Publish the plan', 'Ann', 'Mar 27', 'On track'], HEADER, ['2', 'Agree the budget', 'Bo', 'Apr 27', 'On track']];
    const tracker = trackerOf(rows);
    expect(tracker.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(planOutput(tracker, settings).headerRows).toEqual([1, 3]);
  });

  it('leaves an archive\'s header ("Closed actions" under the live tables) unlabelled: its rows are not the tracker\'s', () => {
    const rows: CellValue[][] = [...twoTables, [], ['Closed actions'], HEADER, ['W0', 'Old action', 'Matron', 'Mar 26', 'Closed']];
    const plan = planOutput(trackerOf(rows), settings);
    expect(plan.headerRows).toEqual([2, 7]);
    for (const row of [10, 11, 12]) expect(rowOf(plan, row)).toEqual(blank);
  });

  it('leaves a key to the colours and a count under the tables unlabelled', () => {
    const rows: CellValue[][] = [...twoTables, [], [null, 'Key'], [null, 'Red', 'Overdue'], ['Open actions', 3]];
    const plan = planOutput(trackerOf(rows), settings);
    expect(plan.headerRows).toEqual([2, 7]);
    expect(plan.cells.filter((c) => c.row > 8 && c.value !== null)).toEqual([]);
  });

  it('plans a sheet of one table as before: one header row, every other non-action row emptied', () => {
    const rows: CellValue[][] = [['Workforce action plan 2026/27'], HEADER, ['W1', 'Reduce agency spend', 'Director of People', 'Mar 27', 'On track'], [], ['W2', 'Recruit HCAs', 'HRBP', 'Mar 27', 'On track']];
    const tracker = trackerOf(rows);
    expect(tracker.repeatedHeaders).toEqual([]);
    const plan = planOutput(tracker, settings);
    expect(plan.headerRows).toEqual([2]);
    expect(plan.cells.filter((c) => c.value === 'RAG').map((c) => c.row)).toEqual([2]);
    expect(rowOf(plan, 4)).toEqual(blank);
  });

  it('plans the same cells again once the words are on the sheet (a second refresh)', () => {
    const first = planOutput(trackerOf(twoTables), settings);
    const written = twoTables.map((row) => [...row]);
    for (const { row, col, value } of first.cells) {
      const line = written[row - 1] ?? [];
      while (line.length <= col) line.push(null);
      line[col] = typeof value === 'string' ? value : value === null ? null : { kind: 'date', iso: value.iso };
    }
    expect(planOutput(trackerOf(written), settings)).toEqual(first);
  });

  it('colours none of the header cells: no colour rule\'s condition matches a header word', () => {
    const plan = planOutput(trackerOf(twoTables), settings);
    for (const rule of plan.rules) for (const word of WORDS) expect(rule.formula).not.toContain(`"${word}"`);
    // The one prefix rule ("Update due at …") is no header word's start either.
    const prefixes = plan.rules.flatMap((r) => [...r.formula.matchAll(/LEFT\([^)]*\)="([^"]*)"/g)].map((m) => m[1] ?? ''));
    for (const prefix of prefixes) for (const word of WORDS) expect(word.startsWith(prefix)).toBe(false);
  });

  it('keeps the JSON report\'s tracker fields as SPEC 8.1 lists them', () => {
    const report = buildReport(analyseWorkbook([grid(twoTables)], settings), settings);
    expect(Object.keys(report.trackers[0] ?? {})).toEqual(['sheet', 'headerRow', 'columns', 'actions', 'groups', 'issues']);
  });
});
