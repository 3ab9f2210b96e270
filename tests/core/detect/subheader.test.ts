import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { detectTracker, findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellRange, CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][], merges: CellRange[] = []): SheetGrid => ({ name: 'Plan', rows, merges, tables: [], hidden: false, protected: false });
const date = (iso: string): CellValue => ({ kind: 'date', iso });
const across = (row: number, left: number, right: number): CellRange => ({ top: row, bottom: row, left, right });

describe('a header on two rows: group headers above, split into labelled columns by the row below', () => {
  const startEnd: CellValue[][] = [
    ['Ref', 'Action', 'Lead', 'Timescale', null, 'Progress', 'RAG'],
    [null, null, null, 'Start', 'End', null, null],
    ['1', 'Refresh the people plan', 'Director of People', date('2023-06-01'), date('2023-12-31'), 'Consultation under way', 'Green'],
    ['2', 'Launch the wellbeing hub', 'Head of OD', date('2023-09-01'), date('2023-11-30'), 'Venue booked', 'Green'],
  ];

  it('takes the End column of a "Timescale" split into Start and End as the deadline, never the Start', () => {
    expect(detectTracker(grid(startEnd, [across(0, 3, 4)]), undefined)?.columns.timeframe).toBe(4);
  });

  it('reads the row of labels as part of the header, not as an action', () => {
    const settings = defaultSettings('2023-12-01');
    const tracker = analyseSheet(grid(startEnd, [across(0, 3, 4)]), settings, createParsers(settings));
    expect(tracker?.actions.map((a) => [a.row, a.rating])).toEqual([[3, 'green'], [4, 'red']]);
  });

  it('raises no "merged header" warning for a merge its labels split, and still does for one they do not', () => {
    const issues = detectTracker(grid(startEnd, [across(0, 3, 4), across(0, 5, 6)]), undefined)?.issues.filter((i) => i.code === 'merged_header');
    expect(issues?.map((i) => i.cell)).toEqual(['F1']);
  });

  it('reads the split group the way round that names a role: "Exec" under "Lead" is a lead, "Revised" under "Dates" a revised deadline, the sheet\'s two leads no rivals', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', null, 'Dates', null, 'Status'],
      [null, null, 'Executive', 'Operational', 'Target', 'Revised', null],
      ['1', 'Publish the estates strategy', 'Director of Estates', 'Head of Capital', date('2023-09-30'), date('2024-02-29'), 'Deferred to February Board'],
    ];
    const found = detectTracker(grid(rows), undefined);
    expect(found?.columns).toEqual({ ref: 0, action: 1, lead: 2, timeframe: 4, status: 6 });
    expect(found?.revisedTimeframe).toBe(5);
    expect(found?.issues.filter((i) => i.code === 'duplicate_column')).toEqual([]);
  });

  it('still reports a lead column outside the split group as a rival', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', null, 'Owner', 'Status'],
      [null, null, 'Exec', 'Operational', null, null],
      ['1', 'Publish the estates strategy', 'Director of Estates', 'Head of Capital', 'Estates team', 'On track'],
    ];
    const found = detectTracker(grid(rows, [across(0, 2, 3)]), undefined);
    expect(found?.columns.lead).toBe(2);
    expect(found?.issues.filter((i) => i.code === 'duplicate_column').map((i) => i.cell)).toEqual(['E1']);
  });

  it('reads quarterly columns under one "Progress update" as dated updates, the latest filled one the status', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Timescale', 'Progress update', null, null, null],
      [null, null, null, null, 'Q1', 'Q2', 'Q3', 'Q4'],
      ['1', 'Launch the carers passport', 'Head of Patient Experience', 'Q4 2023/24', 'Scoping', 'Design complete', 'Delayed by printing', null],
    ];
    const found = detectTracker(grid(rows), undefined);
    expect([found?.columns.status, found?.updates]).toEqual([4, [4, 5, 6, 7]]);
  });

  it('still reads the labels as header once the mapping has been confirmed on the top row', () => {
    const settings = { ...defaultSettings('2023-12-01'), mapping: { Plan: { headerRow: 1, columns: { ref: 'A', action: 'B', lead: 'C', timeframe: 'E', status: 'F' } } } };
    const tracker = analyseSheet(grid(startEnd), settings, createParsers(settings));
    expect(tracker?.actions.map((a) => a.row)).toEqual([3, 4]);
  });

  it('never takes a first action row for labels, even one whose cells are short', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Timescale', null],
      ['1', 'Audit', 'Ann', 'Jun 23', 'Dec 23'],
    ];
    expect(findHeader(grid(rows), undefined)?.subHeader).toBeNull();
  });
});

describe('a row under the header that only says how to fill the columns', () => {
  const rows: CellValue[][] = [
    ['Ref', 'Action', 'Owner', 'Target date', 'RAG', 'Comments'],
    [null, null, null, '(dd/mm/yyyy)', '(R/A/G/B)', null],
    ['1', 'Deliver MCA training to all wards', 'Safeguarding Lead', date('2023-12-31'), 'A', 'Two wards outstanding'],
  ];

  it('is not read as a nameless action rated on its hints', () => {
    const settings = defaultSettings('2023-12-01');
    const tracker = analyseSheet(grid(rows), settings, createParsers(settings));
    expect(tracker?.actions.map((a) => a.row)).toEqual([3]);
    expect(tracker?.issues.filter((i) => i.code === 'unparseable_timeframe')).toEqual([]);
  });

  it('is an action when it names one', () => {
    const named: CellValue[][] = [rows[0] ?? [], [null, 'Agree the audit plan', null, 'TBC', null, null]];
    expect(findHeader(grid(named), undefined)?.subHeader).toBeNull();
  });

  it('is kept as the first group heading when it fills the objective column', () => {
    const withObjective: CellValue[][] = [['Objective', 'Action', 'Lead', 'Date'], ['Quality', null, null, null], ['Quality', 'Publish the plan', 'Ann', 'Dec 23']];
    expect(findHeader(grid(withObjective), undefined)?.subHeader).toBeNull();
  });
});
