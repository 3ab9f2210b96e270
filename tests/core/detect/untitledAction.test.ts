import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { rawActions, type RowLayout } from '../../../src/core/detect/rows';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A row whose action cell was left blank, but which names a group of its own (a new domain or
 * theme, not the one above) and its own lead and status or date, is a new action whose text is
 * missing: joined to the action above it would be rated on that action's dates, and the
 * missing text would never be noticed. A row that only carries more next steps or updates for
 * the action above (blank group, or the same one) still joins it (SPEC 2.1 continuation rows).
 */

const layout = (rows: readonly (readonly CellValue[])[], columns: RowLayout['columns']): RowLayout => ({ columns, extraStatus: [], headerIndex: 0, lastIndex: rows.length - 1, skip: new Set() });
const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });

const HEADER = ['Domain', 'Action', 'Lead', 'Next steps', 'Target date', 'Status'];
const COLUMNS = { objective: 0, action: 1, lead: 2, next_steps: 3, timeframe: 4, status: 5 };

describe('a row with a group and lead of its own but no action text', () => {
  const rows: CellValue[][] = [
    HEADER,
    ['Safe', 'Embed the deteriorating patient policy', 'Chief Nurse', 'Audit NEWS2 compliance', 'Sep 2024', 'Complete'],
    ['Well-led', null, 'Director of Corporate Affairs', null, 'Mar 2025', 'On track'],
    ['Effective', 'Refresh the clinical audit programme', 'Medical Director', null, 'Dec 2024', 'On track'],
  ];

  it('is an action of its own, not a continuation of the action above', () => {
    expect(rawActions(rows, layout(rows, COLUMNS)).map((a) => a.rows)).toEqual([[2], [3], [4]]);
  });

  it('is rated on its own cells, and its blank action cell is named in a warning', () => {
    const settings = defaultSettings('2024-11-20');
    const tracker = analyseSheet(grid(rows), settings, createParsers(settings));
    expect(tracker?.actions.map((a) => [a.row, a.objective, a.lead, a.rating])).toEqual([
      [2, 'Safe', 'Chief Nurse', 'complete'],
      [3, 'Well-led', 'Director of Corporate Affairs', 'green'],
      [4, 'Effective', 'Medical Director', 'green'],
    ]);
    const warnings = tracker?.issues.filter((i) => i.code === 'blank_action');
    expect(warnings?.map((i) => i.cell)).toEqual(['B3']);
    expect(warnings?.[0]?.message).toMatch(/no action text/i);
  });
});

describe('beside such a row, continuation rows still join the action above', () => {
  // Each sheet has one new action with no text (row 4), so the rows around it are read by the new rule too.
  it.each<[string, CellValue, CellValue]>([
    ['a blank group', null, 'Chief Nurse'],
    ['the same group written again', 'Safe', 'Chief Nurse'],
    ['a new group but no lead of its own (a group label spilling over)', 'Responsive', null],
  ])('with %s and more next steps, dates and updates', (_what, group, lead) => {
    const rows: CellValue[][] = [
      HEADER,
      ['Safe', 'Embed the deteriorating patient policy', 'Chief Nurse', 'Audit NEWS2 compliance', 'Sep 2024', 'Complete'],
      [group, null, lead, 'Re-audit', 'Mar 2025', 'On track'],
      ['Well-led', null, 'Director of Corporate Affairs', null, 'Mar 2025', 'On track'],
      [null, null, null, 'Board development session', 'Jan 2025', 'Booked'],
    ];
    expect(rawActions(rows, layout(rows, COLUMNS)).map((a) => a.rows)).toEqual([[2, 3], [4, 5]]);
  });
});
