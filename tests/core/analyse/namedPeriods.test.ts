import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { defaultSettings } from '../../../src/core/settings';
import type { Action, CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A three-year delivery plan: each deliverable's Year 1, Year 2 and Year 3 milestones in columns
 * under one "Deliverables" heading, then one update per row. SPEC 2.3 gives the one update to
 * every milestone, so read literally Year 1's would be open and overdue (SPEC 5.1 rule 4) all of
 * Year 2. An update that says which period it reports on ("Year 2: …", "Q3 update:", "2025/26:",
 * or dated in it) is about that milestone: the ones before it were passed, unless the update
 * names one of them as still outstanding. An update at risk speaks of what is left, so it passes
 * them too; one off track, or one naming no period, keeps them open.
 */

const HEADER_1 = ['Ref', 'Action', 'Deliverables', null, null, 'Lead', 'Update'];
const HEADER_2 = [null, null, 'Year 1\n2024/25', 'Year 2\n2025/26', 'Year 3\n2026/27', null, null];
const grid = (rows: CellValue[][]): SheetGrid => ({
  name: 'Delivery Plan',
  rows: [['Delivery plan 2024/25 – 2026/27'], HEADER_1, HEADER_2, ...rows],
  merges: [{ top: 1, left: 2, bottom: 1, right: 4 }],
  tables: [],
  hidden: false,
  protected: false,
});
const MILESTONES = ['Pilot in 10 pharmacies', 'All 24 pharmacies', 'Evaluate and mainstream'];
const row = (ref: string, update: string): CellValue[] => [ref, `Action ${ref}`, ...MILESTONES, 'ICB', update];

const ROWS: CellValue[][] = [
  row('A1', 'Year 2: 18 of 24 pharmacies live; 2,740 checks to end of October.'),
  row('A2', 'Y2 - 18 of 24 pharmacies live.'),
  row('A3', '2025/26: 18 of 24 pharmacies live.'),
  row('A4', '57.9% at Q2 (target 60% by March 2026).'),
  row('A5', 'Oct 2025 update - 18 of 24 pharmacies live.'),
  row('B1', 'Year 1 evaluation still outstanding; Year 2: 18 of 24 pharmacies live.'),
  row('C1', '18 of 24 pharmacies live.'),
  row('C2', 'Year 2: roll-out at risk, 12 of 24 live.'),
  row('C3', 'Year 2: off track, pharmacists not recruited.'),
  row('C4', '18 of 24 pharmacies live; full roll-out expected by March 2026.'),
];

const settings = defaultSettings('2025-11-30');
const tracker = analyseSheet(grid(ROWS), settings, createParsers(settings));
const action = (ref: string): Action | undefined => tracker?.actions.find((a) => a.ref === ref);

describe('a milestone plan whose one update names the period it reports on', () => {
  it.each([
    ['"Year 2:"', 'A1'],
    ['"Y2"', 'A2'],
    ['its financial year, "2025/26:"', 'A3'],
    ['a quarter of Year 2, "at Q2"', 'A4'],
    ['a date in Year 2, "Oct 2025 update"', 'A5'],
  ])('passes the milestones before it when it names %s, and is rated on the current one', (_how, ref) => {
    expect(action(ref)?.steps.map((s) => s.timeframe.end)).toEqual(['2025-03-31', '2026-03-31', '2027-03-31']);
    expect(action(ref)?.steps[0]?.status).toBe('complete');
    expect(action(ref)?.rating).toBe('green');
    expect(action(ref)?.reason).toMatch(/step 2 of 3 "All 24 pharmacies" is due in 121 days \(31 Mar 2026\)/);
  });

  it('keeps open a past milestone the update names as outstanding', () => {
    expect(action('A1')?.steps[0]?.status).toBe('complete');
    expect(action('B1')?.steps.map((s) => s.status)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(action('B1')?.reason).toMatch(/^Red: step 1 of 3 "Pilot in 10 pharmacies" was due 31 Mar 2025 and is 244 days overdue/);
  });
});

describe('past milestones stay open (SPEC 5.1 rule 4: Red)', () => {
  it.each([
    ['the update names no period', 'C1'],
    ['the update is off track', 'C3'],
    ['the only date it gives is a forecast', 'C4'],
  ])('when %s, where the same plan naming Year 2 is Green', (_why, ref) => {
    expect(action(ref)?.rating).toBe('red');
    expect(action('A1')?.rating).toBe('green');
    expect(action(ref)?.reason).toMatch(/step 1 of 3 "Pilot in 10 pharmacies" .*due 31 Mar 2025/);
  });
});

// Changed on purpose: an update at risk speaks of what is left, so the milestones before it were met (pastMilestones.ts).
describe('a milestone plan whose one update is at risk', () => {
  it('passes the milestones before it, and is Amber for the current one', () => {
    expect(action('C2')?.steps.map((s) => s.status)).toEqual(['complete', 'at_risk', 'at_risk']);
    expect(action('C2')?.rating).toBe('amber');
    expect(action('C2')?.reason).toMatch(/step 2 of 3 "All 24 pharmacies"/);
  });
});

describe('a quarterly milestone plan whose update is headed by the quarter', () => {
  const quarters = ['Ref', 'Deliverable', 'SRO', 'Q1 2025/26 milestone', 'Q2 2025/26 milestone', 'Q3 2025/26 milestone', 'Q4 2025/26 milestone', 'Update'];
  const plan = ['Plans agreed', 'Pilot live', 'Roll out to 3 sites', 'Roll out to all sites'];
  const sheet: SheetGrid = {
    name: 'JFP',
    rows: [['JFP 2025/26'], quarters, ['Q1', 'Deliverable Q1', 'COO', ...plan, 'Q3 update: two of three sites live.'], ['Q2', 'Deliverable Q2', 'COO', ...plan, 'Two of three sites live.']],
    merges: [],
    tables: [],
    hidden: false,
    protected: false,
  };
  const asOf = defaultSettings('2025-10-20');
  const quarterly = analyseSheet(sheet, asOf, createParsers(asOf));

  it('passes the quarters before the one it names ("Q3 update:")', () => {
    expect(quarterly?.actions[0]?.steps.map((s) => s.status)).toEqual(['complete', 'complete', 'on_track', 'on_track']);
    expect(quarterly?.actions[0]?.rating).toBe('green');
    expect(quarterly?.actions[1]?.rating).toBe('red');
  });
});
