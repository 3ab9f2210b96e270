import { analyseSheet } from '../../../src/core/analyse/sheet';
import { createParsers } from '../../../src/core/analyse/parsers';
import { noGroup } from '../../../src/core/detect/groupNames';
import { defaultSettings } from '../../../src/core/settings';
import { summaryModel } from '../../../src/core/summary';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({
  name: 'Improvement Plan',
  rows,
  merges: [],
  tables: [],
  hidden: false,
  protected: false,
});
const settings = defaultSettings('2025-11-14');
const analyse = (rows: CellValue[][]) => analyseSheet(grid(rows), settings, createParsers(settings));

/*
 * A patient-safety plan's "Priority" column names each priority ("1. Falls with moderate harm"),
 * written once and left blank on the rows below, over an "Improvement aim" per priority: the
 * priorities are the objectives (SPEC 2.2), though a list number's stop reads like a sentence's.
 * A Priority column that ranks each action (High, P1, Critical) stays no grouping.
 */
const plan = (priorities: CellValue[]): CellValue[][] => [
  ['Priority', 'Improvement aim', 'Actions', 'Lead', 'Target date', 'Comments'],
  [
    priorities[0] ?? null,
    'Reduce falls with harm by 20%',
    'Bay tagging on medical wards',
    'Falls lead',
    '31/03/2026',
    'On track',
  ],
  [priorities[1] ?? null, null, 'Replace low-rise beds', 'Procurement', '31/03/2026', 'On track'],
  [
    priorities[2] ?? null,
    'Zero avoidable category 3 ulcers',
    'PURPOSE-T in the EPR',
    'TV lead',
    '31/03/2026',
    'Complete',
  ],
  [priorities[3] ?? null, null, 'Heel boots on every ward', 'TV lead', '31/03/2026', 'On track'],
];

describe('a Priority column of numbered names', () => {
  const rows = plan(['1. Falls with moderate harm or above', null, '2. Pressure ulcers category 3 and above', null]);

  it('is the objective, filled down over the rows that leave it blank, with the aims under it', () => {
    expect(analyse(rows)?.actions.map((a) => [a.objective, a.ambition])).toEqual([
      ['1. Falls with moderate harm or above', 'Reduce falls with harm by 20%'],
      ['1. Falls with moderate harm or above', 'Reduce falls with harm by 20%'],
      ['2. Pressure ulcers category 3 and above', 'Zero avoidable category 3 ulcers'],
      ['2. Pressure ulcers category 3 and above', 'Zero avoidable category 3 ulcers'],
    ]);
  });

  it('gives Table One its priorities', () => {
    const tracker = analyse(rows);
    const objectives = tracker === null ? [] : summaryModel([tracker], settings).tableOne.map((r) => r.objective);
    expect(objectives).toContain('1. Falls with moderate harm or above');
    expect(objectives).toContain('2. Pressure ulcers category 3 and above');
  });

  it.each(['1. Falls with moderate harm or above', 'a. Sepsis recognition', 'iv. Learning from deaths'])(
    'names a group in "%s"',
    (name) => {
      expect(noGroup(name)).toBe(false);
    },
  );
});

describe('a Priority column that ranks each action', () => {
  it.each([
    ['P1', 'P2', 'P1', 'P3'],
    ['Critical', 'Urgent', 'Critical', 'Routine'],
    ['1 - High', '2 - Medium', '1 - High', '3 - Low'],
    ['Priority 1', 'Priority 2', 'Priority 1', 'Priority 3'],
    ['Fundamental', 'Significant', 'Merits attention', 'Significant'],
  ])('groups nothing by %s, %s, …', (...levels) => {
    const tracker = analyse(plan(levels));
    expect(tracker?.columns.objective).not.toBe(0);
    expect(tracker?.actions.map((a) => a.objective)).not.toContain(levels[0]);
  });
});
