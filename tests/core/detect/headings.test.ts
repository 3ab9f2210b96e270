import { analyseSheet } from '../../../src/core/analyse/sheet';
import { createParsers } from '../../../src/core/analyse/parsers';
import { Headings } from '../../../src/core/detect/headings';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'QIP', rows, merges: [], tables: [], hidden: false, protected: false });

// An improvement plan numbered 1 / 1.1 / 1.1.1: the first two levels head the actions under them.
const PLAN: CellValue[][] = [
  ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
  ['1', 'Safe: reduce time to initial assessment'],
  ['1.1', 'Triage'],
  ['1.1.1', 'Refresher training for ED nurses', 'ED Matron', '30/09/2024', 'Complete'],
  ['1.1.2', 'Rapid assessment model', 'ED Clinical Lead', '31/12/2024', 'On track'],
  ['1.2', 'Sepsis'],
  ['1.2.1', 'Audit sepsis six monthly', 'Sepsis Nurse', '31/10/2024', 'Behind schedule'],
  ['2', 'Effective: reduce 12-hour waits'],
  ['2.1', 'Open SDEC seven days a week', 'General Manager', '31/03/2025', 'On track'],
];

function groupsOf(rows: CellValue[][]): (string | null)[][] {
  const settings = defaultSettings('2024-11-20');
  const tracker = analyseSheet(grid(rows), settings, createParsers(settings));
  return (tracker?.actions ?? []).map((a) => [a.ref, a.objective, a.ambition]);
}

describe('numbered headings over numbered actions', () => {
  it('keep the outer heading as the objective and the one numbered under it as the ambition', () => {
    expect(groupsOf(PLAN)).toEqual([
      ['1.1.1', 'Safe: reduce time to initial assessment', 'Triage'],
      ['1.1.2', 'Safe: reduce time to initial assessment', 'Triage'],
      ['1.2.1', 'Safe: reduce time to initial assessment', 'Sepsis'],
      ['2.1', 'Effective: reduce 12-hour waits', null],
    ]);
  });

  it('leave an ambition column, where there is one, to say the ambition', () => {
    const rows = PLAN.map((r, i) => (i === 0 ? [...r, 'Ambition'] : r.length > 2 ? [...r, 'Four-hour standard'] : r));
    expect(groupsOf(rows).map(([, , ambition]) => ambition)).toEqual(['Four-hour standard', 'Four-hour standard', 'Four-hour standard', 'Four-hour standard']);
  });
});

describe('Headings', () => {
  it.each<[string, [string, string][], [string | null, string | null]]>([
    ['a heading numbered under the one carried is its part', [['Safe', '1'], ['Triage', '1.1']], ['Safe', 'Triage']],
    ['a deeper heading replaces the part', [['Safe', '1'], ['Triage', '1.1'], ['Sepsis', '1.2']], ['Safe', 'Sepsis']],
    ['a sibling starts a group of its own', [['Safe', '1'], ['Triage', '1.1'], ['Effective', '2']], ['Effective', null]],
    ['"10" is no part of "1"', [['Safe', '1'], ['Well-led', '10']], ['Well-led', null]],
    ['a heading without a ref starts a group of its own', [['Safe', '1'], ['Triage', '1.1'], ['Workforce', '']], ['Workforce', null]],
    ['a heading under one without a ref is a group of its own', [['Workforce', ''], ['Recruitment', '1']], ['Recruitment', null]],
    ['a part of the part leaves the second level the part (a plan\'s summary tasks three deep)', [['CDC', '1'], ['Estates', '1.1'], ['Build', '1.1.1']], ['CDC', 'Estates']],
  ])('%s', (_, read, expected) => {
    const headings = new Headings();
    for (const [title, ref] of read) headings.read(title, ref);
    expect([headings.heading, headings.sub]).toEqual(expected);
  });
});

describe('Headings.task', () => {
  it.each<[string, string, [string | null, string | null]]>([
    ['a task in the part keeps both', '1.2.3', ['Build', 'Equipment']],
    ['a task numbered beside the part is in the group only', '1.3', ['Build', null]],
    ['a task numbered outside the group is in neither', '2', [null, null]],
    ['a ref that is no outline number leaves both', 'CQC2', ['Build', 'Equipment']],
  ])('%s', (_, ref, expected) => {
    const headings = new Headings();
    headings.read('Build', '1');
    headings.read('Equipment', '1.2');
    headings.task(ref);
    expect([headings.heading, headings.sub]).toEqual(expected);
  });

  it('leaves a heading without a ref carried over any task', () => {
    const headings = new Headings();
    headings.read('Section 1: Safe care', '');
    headings.task('2.1');
    expect(headings.heading).toBe('Section 1: Safe care');
  });
});
