import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid, Tracker } from '../../../src/core/types';

/*
 * A delivery plan that lays its year out by quarter (Q1 … Q4, each cell a milestone's name) and
 * also gives each action a Target date. SPEC 2.2 maps the Target date to the time frame and says
 * nothing of quarter columns; SPEC 2.3 says a row's steps are its next steps, each with its time
 * frame. A programme manager reads such a row as its milestones in order, each due by the end of
 * its quarter of the plan's year, with the Target date as the action's overall deadline: the
 * last step's date when it comes before the end of the last milestone's quarter, or a step of its
 * own (the action itself) when it is later. A row with no milestone filled in is rated on its
 * Target date alone, as any tracker's row.
 */

const date = (iso: string): CellValue => ({ kind: 'date', iso });
const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'UEC plan', rows, merges: [], tables: [], hidden: false, protected: false });
const analyse = (rows: CellValue[][], asOf: string, mapping?: Record<string, string>): Tracker | null => {
  const settings = { ...defaultSettings(asOf), ...(mapping === undefined ? {} : { mapping: { 'UEC plan': { headerRow: 2, columns: mapping } } }) };
  return analyseSheet(grid(rows), settings, createParsers(settings));
};
const steps = (t: Tracker | null, i: number) => t?.actions[i]?.steps.map((s) => [s.text, s.timeframe.end]);

describe.each<[string, string[]]>([
  ['Q1 … Q4', ['Q1', 'Q2', 'Q3', 'Q4']],
  ['Quarter 1 … Quarter 4', ['Quarter 1', 'Quarter 2', 'Quarter 3', 'Quarter 4']],
  ['Q1 2024/25 … Q4 2024/25', ['Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q4 2024/25']],
])('quarter milestone columns headed %s beside a Target date column', (_what, quarters) => {
  const rows: CellValue[][] = [
    ['Urgent and Emergency Care Delivery Plan 2024/25'],
    ['Ref', 'Action', 'Lead', ...quarters, 'Target date', 'Status'],
    ['UEC1', 'Open two urgent treatment centres', 'COO', 'Business case approved', 'Recruitment complete', 'UTC 1 open', 'UTC 2 open', date('2025-03-31'), 'Complete'],
    ['UEC2', 'Expand the virtual ward', 'Director of Nursing', 'Baseline agreed', null, 'Pilot live on two wards', null, date('2025-06-30'), 'On track'],
    ['UEC3', 'Open SDEC seven days a week', 'Clinical Director ED', null, 'Rota agreed', null, 'SDEC open 7 days', date('2025-01-31'), 'On track'],
    ['UEC4', 'Refresh the escalation policy', 'Deputy COO', null, null, null, null, date('2024-12-31'), 'On track'],
  ];
  const t = analyse(rows, '2024-11-20');

  it('makes each milestone a step due by the end of its quarter, the Target date being the last step when it is the last quarter\'s end', () => {
    expect(steps(t, 0)).toEqual([
      ['Business case approved', '2024-06-30'],
      ['Recruitment complete', '2024-09-30'],
      ['UTC 1 open', '2024-12-31'],
      ['UTC 2 open', '2025-03-31'],
    ]);
    expect(t?.actions[0]?.rating).toBe('complete');
  });

  it('adds the action itself as a last step due on the Target date when that is after the last milestone', () => {
    expect(steps(t, 1)).toEqual([
      ['Baseline agreed', '2024-06-30'],
      ['Pilot live on two wards', '2024-12-31'],
      ['Expand the virtual ward', '2025-06-30'],
    ]);
  });

  it('dates the last milestone by the Target date when that comes before its quarter ends', () => {
    expect(steps(t, 2)).toEqual([
      ['Rota agreed', '2024-09-30'],
      ['SDEC open 7 days', '2025-01-31'],
    ]);
  });

  it('rates a row with no milestones on its Target date, and warns of no missing time frame or rival columns', () => {
    expect(steps(t, 3)).toEqual([['Refresh the escalation policy', '2024-12-31']]);
    expect(t?.alsoRead.filter((a) => a.as === 'milestone').map((a) => a.col)).toEqual([3, 4, 5, 6]);
    expect(t?.issues.map((i) => i.code)).toEqual([]);
  });

  it('keeps reading the milestones once the columns are confirmed with the Target date as the time frame', () => {
    const confirmed = analyse(rows, '2024-11-20', { ref: 'A', action: 'B', lead: 'C', timeframe: 'H', status: 'I' });
    expect(steps(confirmed, 1)?.map((s) => s[1])).toEqual(['2024-06-30', '2024-12-31', '2025-06-30']);
  });
});

describe('quarter columns beside a Target date are told apart by what they hold', () => {
  const header = ['Ref', 'Action', 'Lead', 'Q1', 'Q2', 'Q3', 'Q4', 'Target date', 'Status'];
  const read = (cells: CellValue[]) => findHeader(grid([header, ['1', 'Open SDEC', 'COO', ...cells, date('2024-12-31'), 'On track']]), undefined)?.reading.milestones;

  it('as milestones when they hold names, but not when they hold a RAG letter a quarter or Gantt marks', () => {
    expect(read(['Business case', 'Rota agreed', 'Open', null])?.map((m) => m.col)).toEqual([3, 4, 5, 6]);
    expect(read(['G', 'A', 'R', null])).toBeUndefined();
    expect(read(['X', 'X', null, null])).toBeUndefined();
  });
});
