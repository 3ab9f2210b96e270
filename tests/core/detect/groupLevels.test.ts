import { analyseSheet } from '../../../src/core/analyse/sheet';
import { createParsers } from '../../../src/core/analyse/parsers';
import { detectTracker } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import { summaryModel } from '../../../src/core/summary';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Delivery plan', rows, merges: [], tables: [], hidden: false, protected: false });
const settings = defaultSettings('2025-11-24');
const analyse = (rows: CellValue[][]) => analyseSheet(grid(rows), settings, createParsers(settings));
const groups = (rows: CellValue[][]) => analyse(rows)?.actions.map((a) => [a.ref, a.objective, a.ambition]);

/*
 * A trust strategy's delivery plan: its aims written as heading rows across the table, a "Strategic
 * aim" column left blank on every action row, and each action's objective in its own column. The
 * board reads it Aim → Objective → actions, so the aims are the top level, the report's objective
 * (Table One's grouping), and the Objective column the level under it, the report's ambition: Table
 * One (SPEC 6.3) nests ambitions under objectives, so the two levels keep their order, whatever the
 * columns are called.
 */
const STRATEGY: CellValue[][] = [
  ['Strategic aim', 'Objective', 'No.', 'Action', 'Lead', 'Time frame', 'Status update'],
  ['Aim 1: Outstanding care, every time'],
  [null, 'Improve patient safety culture', '1.1', 'Roll out PSIRF learning responses', 'Chief Nurse', 'Q4 2025/26', 'On track'],
  [null, 'Reduce restrictive practice', '1.2', 'Implement Safewards in all wards', 'Deputy Chief Nurse', 'Mar 2026', 'On track'],
  [null, null, '1.3', 'Sensory rooms on acute wards', 'Director of Estates', 'Q4 2025/26', 'On track'],
  ['Aim 2: A great place to work'],
  [null, 'Recruit and retain', '2.1', 'Launch flexible working pledge', 'Director of People', 'Q4 2025/26', 'On track'],
];

describe('section headings over an objective column', () => {
  it('are the objective, and the objective column the ambition under them, when the aims\' own column is blank on every action row', () => {
    expect(groups(STRATEGY)).toEqual([
      ['1.1', 'Aim 1: Outstanding care, every time', 'Improve patient safety culture'],
      ['1.2', 'Aim 1: Outstanding care, every time', 'Reduce restrictive practice'],
      ['1.3', 'Aim 1: Outstanding care, every time', 'Reduce restrictive practice'],
      ['2.1', 'Aim 2: A great place to work', 'Recruit and retain'],
    ]);
    // The Columns view and the report say so: the aims' column is read as the objective, the Objective column as the ambition.
    expect(detectTracker(grid(STRATEGY), undefined)?.columns).toMatchObject({ objective: 0, ambition: 1, ref: 2, action: 3 });
    // An ambition column holding values of its own is a level of its own: the two columns stay the levels, as before.
    const ambitions = STRATEGY.map((r, i) => (i === 0 || r.length === 1 ? r : ['Our ambition', ...r.slice(1)]));
    expect(groups(ambitions)?.[0]).toEqual(['1.1', 'Improve patient safety culture', 'Our ambition']);
  });

  it('give Table One its aims with their objectives under them', () => {
    const tracker = analyse(STRATEGY);
    const rows = tracker === null ? [] : summaryModel([tracker], settings).tableOne;
    expect(rows.map((r) => [r.level, r.objective, r.ambition])).toEqual([
      ['ambition', 'Aim 1: Outstanding care, every time', 'Improve patient safety culture'],
      ['ambition', 'Aim 1: Outstanding care, every time', 'Reduce restrictive practice'],
      ['objective', 'Aim 1: Outstanding care, every time', null],
      // Aim 2's one objective holds all its actions: no total repeating it.
      ['ambition', 'Aim 2: A great place to work', 'Recruit and retain'],
      ['total', null, null],
    ]);
  });

  it('still count where the sheet has no ambition column: a heading in the ref column heads the objectives under it', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Domain', 'Action', 'Lead', 'Target date', 'Progress update'],
      ['MUST DO actions'],
      ['MD1', 'Safe', 'Sepsis screening in ED triage', 'Chief Medical Officer', 'Mar 2026', 'On track'],
      ['MD2', 'Well-led', 'Mortality meetings minuted', 'Medical Director', 'Mar 2026', 'On track'],
      ['SHOULD DO actions'],
      ['SD1', 'Caring', 'Privacy in corridor care', 'Chief Nurse', 'Mar 2026', 'On track'],
    ];
    expect(groups(rows)).toEqual([
      ['MD1', 'MUST DO actions', 'Safe'],
      ['MD2', 'MUST DO actions', 'Well-led'],
      ['SD1', 'SHOULD DO actions', 'Caring'],
    ]);
    // Headings that only repeat each row's objective are no level of their own.
    const repeated: CellValue[][] = [
      ['Objective', 'Ref', 'Action', 'Lead', 'Target date', 'Status'],
      ['Safe care'],
      ['Safe care', '1', 'Audit the wards', 'Ann', 'Mar 2026', 'On track'],
      ['Effective care'],
      ['Effective care', '2', 'Recruit four nurses', 'Bo', 'Mar 2026', 'On track'],
    ];
    expect(groups(repeated)).toEqual([
      ['1', 'Safe care', null],
      ['2', 'Effective care', null],
    ]);
    // On a sheet whose first rows are actions, a heading further down heads another kind of section: the column stays the objective.
    const later: CellValue[][] = [
      ['Ref', 'Objective', 'Action', 'Lead', 'Target date', 'Status'],
      ['1', 'Safe care', 'Audit the wards', 'Ann', 'Mar 2026', 'On track'],
      ['Added after the inspection'],
      ['2', 'Effective care', 'Recruit four nurses', 'Bo', 'Mar 2026', 'On track'],
    ];
    expect(groups(later)).toEqual([
      ['1', 'Safe care', null],
      ['2', 'Effective care', null],
    ]);
  });
});
