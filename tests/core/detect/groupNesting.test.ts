import { analyseSheet } from '../../../src/core/analyse/sheet';
import { createParsers } from '../../../src/core/analyse/parsers';
import { detectTracker } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import { summaryModel } from '../../../src/core/summary';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({
  name: 'Delivery Plan',
  rows,
  merges: [],
  tables: [],
  hidden: false,
  protected: false,
});
const settings = defaultSettings('2025-11-30');
const analyse = (rows: CellValue[][]) => analyseSheet(grid(rows), settings, createParsers(settings));

/*
 * A population-health plan runs Ambition (merged down its rows, so blank below its first) over
 * Objective over the actions. Table One (SPEC 6.3) groups by the top level with the next under
 * it, so the ambitions are the report's objectives and the Objective column its ambitions,
 * whatever the columns are called.
 */
const PLAN: CellValue[][] = [
  ['Ambition', 'Objective', 'Action', 'Lead organisation', 'Target date', 'Update'],
  [
    'Ambition 1: Fewer early deaths from heart and lung disease',
    '1.1 Hypertension case-finding',
    'Community BP checks in 10 pharmacies',
    'ICB',
    '31/03/2026',
    'On track',
  ],
  [null, '1.1 Hypertension case-finding', 'Treat 77% to target', 'PCNs', '31/03/2026', 'On track'],
  [null, '1.2 Chronic respiratory disease', 'Vaccine outreach clinics', 'Public Health', '31/03/2026', 'Off track'],
  [
    'Ambition 2: Earlier cancer diagnosis',
    '2.1 Early diagnosis',
    'Targeted lung health checks',
    'Cancer Alliance',
    '31/03/2026',
    'Complete',
  ],
  [null, '2.2 Screening uptake', 'Bowel screening reminders', 'VCSE Alliance', '31/03/2026', 'On track'],
];

describe('an ambition column over an objective column', () => {
  it('is read as the objective, and the objective column as the ambition under it, when each ambition spans several objectives', () => {
    expect(detectTracker(grid(PLAN), undefined)?.columns).toMatchObject({ objective: 0, ambition: 1, action: 2 });
    expect(analyse(PLAN)?.actions.map((a) => [a.objective?.slice(0, 10), a.ambition])).toEqual([
      ['Ambition 1', '1.1 Hypertension case-finding'],
      ['Ambition 1', '1.1 Hypertension case-finding'],
      ['Ambition 1', '1.2 Chronic respiratory disease'],
      ['Ambition 2', '2.1 Early diagnosis'],
      ['Ambition 2', '2.2 Screening uptake'],
    ]);
  });

  it('is left as it is where the objective is the outer level, the two run one to one, or the ambition column is right of the objective', () => {
    expect(detectTracker(grid(PLAN), undefined)?.columns).toMatchObject({ objective: 0, ambition: 1 });
    const usual: CellValue[][] = [
      ['Objective', 'Ambition', 'Action', 'Lead', 'Target date', 'Update'],
      ['Workforce', 'Keep our staff', 'Retention plan', 'CPO', '31/03/2026', 'On track'],
      [null, 'Grow our own', 'Apprenticeships', 'CPO', '31/03/2026', 'On track'],
    ];
    expect(detectTracker(grid(usual), undefined)?.columns).toMatchObject({ objective: 0, ambition: 1 });
    const oneToOne = PLAN.map((r, i) =>
      i === 0 ? r : [r[0] ?? null, `${String(r[0] ?? 'same')} objective`, ...r.slice(2)],
    );
    expect(detectTracker(grid(oneToOne), undefined)?.columns).toMatchObject({ objective: 1, ambition: 0 });
    const right = PLAN.map((r) => [r[1] ?? null, r[0] ?? null, ...r.slice(2)]);
    expect(detectTracker(grid(right), undefined)?.columns).toMatchObject({ objective: 0, ambition: 1 });
  });

  it('gives Table One each ambition once, its objectives under it and a total for it', () => {
    const tracker = analyse(PLAN);
    const rows = tracker === null ? [] : summaryModel([tracker], settings).tableOne;
    expect(rows.map((r) => [r.level, r.objective?.slice(0, 10) ?? null, r.ambition, r.actions])).toEqual([
      ['ambition', 'Ambition 1', '1.1 Hypertension case-finding', 2],
      ['ambition', 'Ambition 1', '1.2 Chronic respiratory disease', 1],
      ['objective', 'Ambition 1', null, 3],
      ['ambition', 'Ambition 2', '2.1 Early diagnosis', 1],
      ['ambition', 'Ambition 2', '2.2 Screening uptake', 1],
      ['objective', 'Ambition 2', null, 2],
      ['total', null, null, 5],
    ]);
  });
});
