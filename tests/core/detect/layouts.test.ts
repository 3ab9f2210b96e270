import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { readHeader } from '../../../src/core/detect/columns';
import { matchRole } from '../../../src/core/detect/headers';
import { detectTracker } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellRange, CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][], merges: CellRange[] = []): SheetGrid => ({ name: 'Plan', rows, merges, tables: [], hidden: false, protected: false });
const date = (iso: string): CellValue => ({ kind: 'date', iso });
const settings = defaultSettings('2023-11-15');
const analyse = (g: SheetGrid) => analyseSheet(g, settings, createParsers(settings));

describe('two trackers side by side on one sheet, a blank column between them', () => {
  const header = ['Ref', 'Action', 'Lead', 'Due date', 'Status', null, 'Ref', 'Action', 'Lead', 'Due date', 'Status'];
  const rows: CellValue[][] = [
    ['Open actions', null, null, null, null, null, 'Closed actions'],
    header,
    ['1', 'Publish the people plan', 'CPO', date('2023-12-01'), 'On track', null, 'C1', 'Agree ToR', 'CoSec', date('2023-06-01'), 'Closed'],
    ['2', 'Recruit two matrons', 'DoN', date('2023-10-01'), 'Delayed', null, 'C2', 'Appoint chair', 'CEO', date('2023-05-01'), 'Closed'],
  ];

  it('reads the first tracker only, and says where the second starts', () => {
    const found = detectTracker(grid(rows), undefined);
    expect(found?.columns).toEqual({ ref: 0, action: 1, lead: 2, timeframe: 3, status: 4 });
    expect(found?.extraStatus).toEqual([]);
    expect(found?.issues.map((i) => [i.code, i.cell])).toEqual([['second_tracker', 'G2']]);
  });

  it('never rates the first tracker’s actions by the second’s statuses', () => {
    expect(analyse(grid(rows))?.actions.map((a) => [a.ref, a.rating])).toEqual([['1', 'green'], ['2', 'red']]);
  });

  it('writes its RAG columns right of both, and finds them there again', () => {
    expect(detectTracker(grid(rows), undefined)?.outputColumns.RAG).toBe(11);
    const refreshed = rows.map((row, r) => (r === 1 ? [...row, 'RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend'] : row));
    expect(detectTracker(grid(refreshed), undefined)?.outputColumns).toEqual({ RAG: 11, 'RAG reason': 12, 'Meeting focus': 13, 'Next due': 14, Trend: 15 });
  });

  it('keeps one tracker whose updates sit past a blank column', () => {
    const reading = readHeader(['Ref', 'Action', 'Lead', 'Due date', null, 'Update', 'RAG']);
    expect(reading.beside).toBeUndefined();
    expect(reading.columns).toEqual({ ref: 0, action: 1, lead: 2, timeframe: 3, status: 5 });
  });
});

describe('a board action log: "Date of meeting | Minute | Action | By whom | By when | Status"', () => {
  it('numbers each action by its minute, and takes no meeting date as the deadline', () => {
    const reading = readHeader(['Date of meeting', 'Minute', 'Action', 'By whom', 'By when', 'Status']);
    expect(reading.columns).toEqual({ ref: 1, action: 2, lead: 3, timeframe: 4, status: 5 });
    expect(readHeader(['Meeting date', 'Minute no.', 'Action', 'Lead']).columns.ref).toBe(1);
  });
});

describe('a risk register: scores are not dates', () => {
  it.each(['Target risk score', 'Current risk rating', 'Target score', 'Target risk level'])('reads "%s" as no time frame', (header) => {
    expect(matchRole(header)).toBeNull();
  });

  it('maps the actions of a register without reporting its scores as rival deadlines', () => {
    const header = ['Risk ID', 'Risk description', 'Controls', 'Actions', 'Action owner', 'Action due date', 'Current risk score', 'Target risk score', 'Progress update'];
    const found = detectTracker(grid([header, ['R001', 'Risk of nurse vacancies', 'Rota review', 'Recruit 10 nurses', 'Head of Nursing', date('2024-01-31'), 16, 8, 'Adverts out']]), undefined);
    expect(found?.columns).toEqual({ ref: 0, action: 3, lead: 4, timeframe: 5, status: 8 });
    expect(found?.issues).toEqual([]);
  });
});

describe('group headings in a spacer column left of the tracker', () => {
  // Column A is a narrow unlabelled margin; each group's title sits in it, merged across the row.
  const rows: CellValue[][] = [
    [null, 'Ref', 'Action', 'Lead', 'Due date', 'Status'],
    ['Workforce', null, null, null, null, null],
    [null, '1', 'Recruit two matrons', 'DoN', date('2023-12-01'), 'On track'],
    [null, '2', 'Refresh the people plan', 'CPO', date('2023-12-01'), 'On track'],
    ['Finance', null, null, null, null, null],
    [null, '3', 'Agree the savings plan', 'CFO', date('2023-12-01'), 'On track'],
  ];
  const merges = [1, 4].map((r): CellRange => ({ top: r, bottom: r, left: 0, right: 5 }));

  it('carries each title down as its actions’ objective, the first one straight under the header too', () => {
    const actions = analyse(grid(rows, merges))?.actions ?? [];
    expect(actions.map((a) => [a.ref, a.objective])).toEqual([['1', 'Workforce'], ['2', 'Workforce'], ['3', 'Finance']]);
  });

  it('takes a note in a column of its own, left of the tracker, for no heading', () => {
    const noted = rows.map((row, r) => (r === 0 ? ['Notes', ...row.slice(1)] : r === 4 ? ['Moved from 22/23', ...row.slice(1)] : row));
    expect(analyse(grid(noted))?.actions.map((a) => a.objective)).toEqual([null, null, null]);
  });
});
