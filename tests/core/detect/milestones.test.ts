import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { readHeader } from '../../../src/core/detect/columns';
import { milestonePeriod } from '../../../src/core/detect/milestones';
import { findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'JFP', rows, merges: [], tables: [], hidden: false, protected: false });

/** A joint forward plan's delivery tracker: each quarter's milestone in its own column. */
const HEADER = ['Priority', 'Deliverable', 'SRO', 'Q1 milestone', 'Q2 milestone', 'Q3 milestone', 'Q4 milestone', 'Confidence', 'Narrative'];
const ROWS: CellValue[][] = [
  ['Joint Forward Plan 2024/25 delivery tracker'],
  HEADER,
  ['Urgent care', 'Open 2 urgent treatment centres', 'COO', 'Business case approved', 'Recruitment complete', 'UTC 1 open', 'UTC 2 open', 'High', 'Recruitment under way'],
  ['Mental health', 'Reduce out of area placements', 'MH Director', 'Baseline agreed', null, '50% reduction', 'Zero OAPs', 'Medium', 'Completed'],
];

describe('periodMilestones: columns of what is due each quarter', () => {
  it('reads two or more period milestone columns as milestones, not as rival action columns', () => {
    const reading = readHeader(HEADER);
    expect(reading.columns).toEqual({ objective: 0, action: 1, lead: 2, confidence: 7, status: 8 });
    expect(reading.milestones).toEqual([
      { col: 3, period: 'Q1' },
      { col: 4, period: 'Q2' },
      { col: 5, period: 'Q3' },
      { col: 6, period: 'Q4' },
    ]);
    expect(reading.duplicates).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['quarterly updates', ['Action', 'Lead', 'Q1 update', 'Q2 update']],
    ['updates about milestones', ['Action', 'Lead', 'Q1 progress against milestones', 'Q2 progress against milestones']],
    ['one period column', ['Action', 'Lead', 'Q1 milestone', 'Status']],
  ])('leaves %s alone', (_what, header) => {
    expect(readHeader(header).milestones).toBeUndefined();
  });

  it('reads them beside a time frame column of its own, which is then the overall deadline', () => {
    // A Target date beside quarterly milestones is the action's overall deadline, which
    // milestoneEntries fits to them (byDeadline), so the milestones are read, not left alone.
    expect(readHeader(['Action', 'Lead', 'Target date', 'Q1 milestone', 'Q2 milestone']).milestones).toEqual([
      { col: 3, period: 'Q1' },
      { col: 4, period: 'Q2' },
    ]);
  });

  it.each([
    ['Q1 milestone', 'Q1'],
    ['Milestones - Q2 2024/25', 'Q2 2024/25'],
    ['Q3 (Oct-Dec) key deliverables', 'Q3 (Oct-Dec)'],
    ['Actions Apr-Jun 24', 'Apr-Jun 24'],
  ])('takes the period of "%s" as "%s"', (header, period) => {
    expect(milestonePeriod(header)).toBe(period);
  });
});

describe('a tracker laid out by quarter, rated', () => {
  const settings = defaultSettings('2024-11-20');
  const tracker = analyseSheet(grid(ROWS), settings, createParsers(settings));

  it('makes each filled milestone a step due by the end of its quarter of the plan year', () => {
    const steps = tracker?.actions[1]?.steps.map((s) => [s.text, s.timeframeText, s.timeframe.end]);
    expect(steps).toEqual([
      ['Baseline agreed', 'Q1 2024/25', '2024-06-30'],
      ['50% reduction', 'Q3 2024/25', '2024-12-31'],
      ['Zero OAPs', 'Q4 2024/25', '2025-03-31'],
    ]);
  });

  it('rates an action by its milestones: an open one past its quarter is Red, named in the reason', () => {
    expect(tracker?.actions[0]?.rating).toBe('red');
    expect(tracker?.actions[0]?.reason).toMatch(/^Red: step 1 of 4 "Business case approved" was due 30 Jun 2024/);
    expect(tracker?.actions[1]?.rating).toBe('complete');
  });

  it('says why the milestone columns are read, and warns of no missing time frame or rival columns', () => {
    expect(tracker?.alsoRead).toEqual([3, 4, 5, 6].map((col) => ({ col, as: 'milestone' })));
    expect(tracker?.issues.map((i) => i.code)).not.toContain('missing_timeframe');
    expect(tracker?.issues.map((i) => i.code)).not.toContain('duplicate_column');
  });

  it('keeps reading the milestones once the columns are confirmed, unless the mapping dates the steps itself', () => {
    const confirmed = { headerRow: 2, columns: { action: 'B', lead: 'C', status: 'I' } };
    expect(findHeader(grid(ROWS), confirmed)?.reading.milestones?.map((m) => m.col)).toEqual([3, 4, 5, 6]);
    const dated = { headerRow: 2, columns: { action: 'B', timeframe: 'D' } };
    expect(findHeader(grid(ROWS), dated)?.reading.milestones).toBeUndefined();
  });
});
