import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { readHeader } from '../../../src/core/detect/columns';
import { startsOtherTable } from '../../../src/core/detect/furniture';
import { withRevisedDate } from '../../../src/core/detect/revised';
import { subHeaderTexts } from '../../../src/core/detect/subheader';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });
const date = (iso: string): CellValue => ({ kind: 'date', iso });
const analyse = (rows: CellValue[][], asOf = '2024-11-20') => {
  const settings = defaultSettings(asOf);
  return analyseSheet(grid(rows), settings, createParsers(settings));
};

describe('a "You said, we will, we did" patient-experience log', () => {
  const HEADER = ['No.', 'Date received', 'You said', 'We will', 'Responsible', 'By when', 'We did', 'Status'];

  it('reads "We will" as the action and "We did" as the update, with "You said" its reason, unreported', () => {
    const reading = readHeader(HEADER);
    expect(reading.columns).toEqual({ ref: 0, action: 3, lead: 4, timeframe: 5, status: 6 });
    expect(reading.extraStatus).toEqual([7]);
    expect(reading.duplicates).toEqual([]);
  });

  it('takes "You said" as the action when no "We will" column names one', () => {
    expect(readHeader(['You said', 'We did', 'Lead', 'Date']).columns).toEqual({ action: 0, status: 1, lead: 2, timeframe: 3 });
  });
});

describe('a milestone plan dated baseline, forecast and actual', () => {
  const HEADER = ['ID', 'Milestone', 'Owner', 'Baseline date', 'Forecast date', 'Actual date', 'RAG', 'Commentary'];

  it('reads the actual date as the milestone\'s completion', () => {
    expect(readHeader(HEADER).completed).toEqual([5]);
  });

  it('does not count a forecast that repeats the baseline as a re-dating', () => {
    const same: CellValue[] = ['Plan', date('2025-01-06'), date('2025-01-06')];
    expect(withRevisedDate(same, 1, 2)).toBe(same);
    const rows: CellValue[][] = [
      HEADER,
      ['M03', 'Integrated testing', 'Test Manager', date('2024-11-15'), date('2024-12-06'), null, 'Amber', 'Slipped three weeks.'],
      ['M04', 'Training starts', 'Training Lead', date('2025-01-06'), date('2025-01-06'), null, 'Green', 'Trainers recruited.'],
      ['M01', 'Design sign-off', 'CSO', date('2024-05-31'), date('2024-05-31'), date('2024-05-24'), 'Green', 'Signed off.'],
    ];
    const actions = analyse(rows)?.actions ?? [];
    expect(actions.map((a) => [a.rating, a.steps[0]?.timeframe.redated])).toEqual([
      ['amber', true],
      ['green', false],
      ['complete', false],
    ]);
  });
});

describe('a wide export with "Exec | Operational" under "Responsibility" and project-wide leads further right', () => {
  it('reads the leftmost of equally named lead columns', () => {
    const top = ['ID', 'Action', 'Responsibility', null, 'Due', 'Latest update', 'Clinical lead', 'Finance lead'];
    const texts = subHeaderTexts(top, [null, null, 'Exec', 'Operational']) ?? [];
    expect(readHeader(texts).columns.lead).toBe(2);
  });

  it('still prefers a lead column named better, wherever it sits', () => {
    expect(readHeader(['Action', 'Finance lead', 'Action owner', 'Due']).columns.lead).toBe(2);
  });
});

describe('a trust-wide tracker with one update column per directorate and an overall position', () => {
  const HEADER = ['Ref', 'Action', 'Exec lead', 'Deadline', 'Medicine update', 'Surgery update', 'Overall position', 'Corporate RAG'];

  it('reads the overall position as the status, the flags beside it, and leaves the directorates\' updates unread', () => {
    const reading = readHeader(HEADER);
    expect(reading.columns.status).toBe(6);
    expect(reading.extraStatus).toEqual([7]);
  });

  it('does not close an action one directorate has finished and another has not', () => {
    const rows: CellValue[][] = [HEADER, ['TW1', 'Falls risk assessment on all wards', 'Chief Nurse', date('2024-12-31'), 'Complete on all wards.', 'Two wards outstanding.', 'Surgery delayed.', 'A']];
    expect(analyse(rows)?.actions[0]?.rating).toBe('amber');
  });

  it('keeps reading every status column when there is no overall one', () => {
    expect(readHeader(['Action', 'Due', 'Medicine update', 'Surgery update']).extraStatus).toEqual([3]);
    expect(readHeader(['Action', 'Due', 'Latest update', 'Overall position']).extraStatus).toEqual([3]);
  });
});

describe('a second table under a heading below the tracker', () => {
  it.each<[CellValue[], boolean]>([
    [['ID', 'Risk / issue', 'Owner', 'Score', 'Mitigation'], true],
    [['M06', 'Go live', 'Programme Manager', date('2025-04-01')], false],
    [['M07', 'Action plan review', 'Lead nurse', null], false],
  ])('%j starts another table: %j', (row, expected) => {
    expect(startsOtherTable(row)).toBe(expected);
  });

  it('ends the actions at the heading over it', () => {
    const rows: CellValue[][] = [
      ['ID', 'Milestone', 'Workstream', 'Owner', 'Baseline date', 'RAG', 'Commentary'],
      ['M01', 'Build complete', 'Build', 'Build Lead', date('2024-12-31'), 'Green', 'On track.'],
      ['Testing', null, null, null, null, null, null],
      ['M02', 'Test cycle 1', 'Testing', 'Test Manager', date('2025-01-31'), 'Green', 'On track.'],
      [null, null, null, null, null, null, null],
      ['Risks and issues', null, null, null, null, null, null],
      ['ID', 'Risk / issue', 'Owner', 'Score', 'Mitigation', null, null],
      ['R1', 'Clinical engagement in testing is low', 'CCIO', 12, 'Backfill requested.', null, null],
    ];
    expect(analyse(rows)?.actions.map((a) => a.ref)).toEqual(['M01', 'M02']);
  });

  it('reads on under a heading over the tracker\'s own header repeated', () => {
    const rows: CellValue[][] = [
      ['ID', 'Milestone', 'Owner', 'Baseline date', 'Commentary'],
      ['M01', 'Build complete', 'Build Lead', date('2024-12-31'), 'On track.'],
      ['Phase 2', null, null, null, null],
      ['ID', 'Milestone', 'Owner', 'Baseline date', 'Commentary'],
      ['M02', 'Test cycle 1', 'Test Manager', date('2025-01-31'), 'On track.'],
    ];
    expect(analyse(rows)?.actions.map((a) => a.ref)).toEqual(['M01', 'M02']);
  });
});
