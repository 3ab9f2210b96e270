import { readHeader } from '../../../src/core/detect/columns';
import { fromMapping } from '../../../src/core/detect/mapping';
import { isPeriodRating } from '../../../src/core/detect/ratings';
import { rawActions } from '../../../src/core/detect/rows';
import { detectTracker } from '../../../src/core/detect/tracker';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { createParsers } from '../../../src/core/analyse/parsers';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Milestones', rows, merges: [], tables: [], hidden: false, protected: false });

// An ICS joint forward plan's milestone tracker: the SRO rates each milestone again every quarter.
const HEADER = ['Workstream', 'Ref', 'Milestone', 'SRO', 'Due', 'Q1 RAG', 'Q2 RAG', 'Q3 RAG', 'Q4 RAG', 'Q1 commentary', 'Q2 commentary', 'Q3 commentary', 'Q4 commentary'];
const PLAN: CellValue[][] = [
  HEADER,
  ['Workforce', 'WF1', 'Reduce agency spend to 3.2% of the pay bill', 'Chief People Officer', 'Q4 2024/25', 'G', 'R', null, null, '4.1%.', '3.9%; medical agency still above cap.', null, null],
  ['Workforce', 'WF2', 'Launch the system-wide health and care academy', 'Chief People Officer', 'Q3 2024/25', 'R', 'G', null, null, 'Governance agreed.', 'Launch event held.', null, null],
  ['Digital', 'DG1', 'Shared care record for all providers', 'Chief Digital Officer', 'Q4 2024/25', 'A', null, null, null, 'Acute connected.', null, null, null],
];

/** Each action's status cells as read: the update narrative first, then the rating beside it. */
function statuses(rows: CellValue[][]): CellValue[][] {
  const found = detectTracker(grid(rows), undefined);
  if (found === null) throw new Error('no tracker');
  return rawActions(rows, found).map((a) => [...(a.cells.status ?? []), ...a.extraStatus.flat()].map((c) => c.value));
}

describe('a RAG per quarter ("Q1 RAG | Q2 RAG | Q3 RAG | Q4 RAG")', () => {
  it('is read as the lead’s rating, the latest quarter filled standing for the row, beside the latest commentary', () => {
    expect(statuses(PLAN)).toEqual([
      ['3.9%; medical agency still above cap.', 'R'],
      ['Launch event held.', 'G'],
      ['Acute connected.', 'A'],
    ]);
  });

  it('is the status on a sheet with no update column', () => {
    const rows = PLAN.map((r) => r.slice(0, 9));
    expect(readHeader(rows[0] ?? []).columns.status).toBe(5);
    expect(statuses(rows)).toEqual([['R'], ['G'], ['A']]);
  });

  it('is not reported as rival status columns, and stays read together under a confirmed mapping', () => {
    const reading = readHeader(HEADER);
    expect(reading.duplicates).toEqual([]);
    expect(reading.ratings).toEqual([5, 6, 7, 8]);
    const mapped = fromMapping({ headerRow: 1, columns: { action: 'C', lead: 'D', timeframe: 'E', status: 'J' } }, reading);
    expect(mapped.ratings).toEqual([5, 6, 7, 8]);
  });

  it.each([['Q2 RAG', true], ['RAG Q3 2024/25', true], ['Q1 BRAG rating', true], ['Nov 24 RAG', true], ['Q2 commentary', false], ['RAG', false], ['Q1 milestone', false]])(
    'is named by a period and a rating word: %s → %s',
    (header, expected) => {
      expect(isPeriodRating(header)).toBe(expected);
    },
  );

  it('lists every quarter’s rating as read, for the Columns view and validate', () => {
    const settings = defaultSettings('2024-11-20');
    const tracker = analyseSheet(grid(PLAN), settings, createParsers(settings));
    expect(tracker?.alsoRead).toEqual([
      ...[5, 6, 7, 8].map((col) => ({ col, as: 'rating' })),
      ...[10, 11, 12].map((col) => ({ col, as: 'update' })),
    ]);
    const alone = analyseSheet(grid(PLAN.map((r) => r.slice(0, 9))), settings, createParsers(settings));
    expect(alone?.alsoRead).toEqual([6, 7, 8].map((col) => ({ col, as: 'rating' })));
  });

  it('leaves a single dated RAG column as the lead’s RAG beside the status', () => {
    const reading = readHeader(['Action', 'Lead', 'Update', 'RAG Q2']);
    expect(reading.ratings).toBeUndefined();
  });
});
