import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { readHeader } from '../../../src/core/detect/columns';
import { narrativeColumns } from '../../../src/core/detect/narrative';
import { findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A scheme plan dates each scheme twice: its go-live (the action's end) and, beside its milestones,
 * each milestone ("Go-live date | Key milestones | Milestone date"). The milestones are the steps, so
 * the milestone dates are their time frames: read with the go-live date, every milestone would be due
 * at go-live and an overdue first milestone would pass as Green. A scheme with no milestones listed
 * is still dated by its go-live, and its warnings name the go-live cell.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Winter schemes', rows, merges: [], tables: [], hidden: false, protected: false });
const date = (iso: string): CellValue => ({ kind: 'date', iso });
const settings = defaultSettings('2026-12-07');
const rate = (rows: CellValue[][]) => analyseSheet(grid(rows), settings, createParsers(settings));
const read = (rows: CellValue[][]) => narrativeColumns(readHeader(rows[0] ?? []), rows, 0);

/** A plan laid out as `header` names its columns: ref, scheme, lead, the action's end, steps, step dates, update. */
function plan(header: string[], order: 'end-first' | 'steps-first'): CellValue[][] {
  const row = (ref: string, scheme: string, end: CellValue, steps: string | null, dates: string | null, update: string | null): CellValue[] =>
    order === 'end-first' ? [ref, scheme, 'Deputy COO', end, steps, dates, update] : [ref, scheme, 'Deputy COO', steps, dates, end, update];
  const cols = order === 'end-first' ? header : [header[0], header[1], header[2], header[4], header[5], header[3], header[6]];
  return [
    cols as CellValue[],
    row('W10', 'Crisis cafe extended hours', date('2027-03-31'), 'Business case approved\nRecruit team\nGo live', '31/10/2026\n31/01/2027\n31/03/2027', null),
    row('W11', 'SCC 7 days', date('2026-12-18'), null, null, null),
    row('W12', 'Ward 30 escalation beds', date('2026-12-01'), 'Estates works complete\nWard open', '31/10/2026\n01/12/2026', 'Estates works complete 30/10. Ward opened 01/12/26.'),
  ];
}

const HEADERS: [string, string[]][] = [
  ['go-live and milestone dates', ['Scheme ref', 'Scheme', 'Scheme lead', 'Go-live date', 'Key milestones', 'Milestone date', 'Update']],
  ['a completion date and step due dates', ['Ref', 'Action', 'Lead', 'Completion date', 'Next steps', 'Step due', 'Update']],
  ['a target completion and key milestone dates', ['Ref', 'Action', 'Lead', 'Target completion', 'Key milestones', 'Key milestone date', 'Progress update']],
];

describe.each(HEADERS)('a plan with %s', (_name, header) => {
  it.each(['end-first', 'steps-first'] as const)('dates each step by its own date (%s)', (order) => {
    const rows = plan(header, order);
    const reading = read(rows);
    const [steps, dates, end] = order === 'end-first' ? [4, 5, 3] : [3, 4, 5];
    expect(reading.columns.next_steps).toBe(steps);
    expect(reading.stepDates).toBe(dates);
    expect(reading.columns.timeframe).toBe(end);
    expect(reading.duplicates.filter(([role]) => role === 'timeframe')).toEqual([]);
    const actions = rate(rows)?.actions ?? [];
    // The first milestone is overdue with no update; the scheme without milestones is due at go-live; the one done is complete.
    expect(actions.map((a) => a.rating)).toEqual(['red', 'amber', 'complete']);
    expect(actions[1]?.nextDue).toBe('2026-12-18');
  });

  it('names the go-live cell of a scheme with no step dates in its warnings', () => {
    const rows = plan(header, 'end-first');
    rows.push(['W13', 'Frailty front door', 'Deputy COO', 'TBC', null, null, null]);
    const issues = rate(rows)?.issues.filter((i) => i.code === 'undated') ?? [];
    expect(issues.map((i) => i.cell)).toEqual(['D5']);
  });
});

describe('a confirmed mapping', () => {
  const rows = plan(HEADERS[0]?.[1] ?? [], 'end-first');
  const base = { headerRow: 1, columns: { ref: 'A', action: 'B', lead: 'C', next_steps: 'E', status: 'G' } };

  it('keeping the go-live date as the time frame still dates each milestone by its own date', () => {
    expect(findHeader(grid(rows), { ...base, columns: { ...base.columns, timeframe: 'D' } })?.reading.stepDates).toBe(5);
  });

  it('mapping the milestone dates as the time frame reads them alone', () => {
    const found = findHeader(grid(rows), { ...base, columns: { ...base.columns, timeframe: 'F' } });
    expect(found?.reading.columns.timeframe).toBe(5);
    expect(found?.reading.stepDates).toBeUndefined();
  });
});

describe('date columns that are not an action\'s end beside its step dates', () => {
  it('keeps a target date and its revision as they were', () => {
    const reading = read([
      ['Ref', 'Action', 'Lead', 'Target date', 'Revised date', 'Next steps', 'Update'],
      ['1', 'Publish', 'Ann', date('2026-10-31'), date('2027-01-31'), 'Draft\nSign off', 'On track'],
    ]);
    expect(reading.columns.timeframe).toBe(3);
    expect(reading.revisedTimeframe).toBe(4);
    expect(reading.stepDates).toBeUndefined();
  });

  it('leaves two date columns alone where no steps column is mapped', () => {
    const reading = read([
      ['Ref', 'Scheme', 'Lead', 'Go-live date', 'Milestone date', 'Update'],
      ['1', 'SDEC', 'Ann', date('2026-10-31'), date('2026-09-30'), 'Live'],
    ]);
    expect(reading.stepDates).toBeUndefined();
  });

  it('leaves one date column beside the steps as the steps\' time frame', () => {
    const reading = read([
      ['Ref', 'Action', 'Lead', 'Next steps', 'Time frame', 'Update'],
      ['1', 'Publish', 'Ann', 'Draft\nSign off', '31/10/2026\n31/01/2027', 'On track'],
    ]);
    expect(reading.columns.timeframe).toBe(4);
    expect(reading.stepDates).toBeUndefined();
  });
});
