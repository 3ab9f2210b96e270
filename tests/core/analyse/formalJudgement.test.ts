import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * SPEC 2.2: every status-like column is read. A formal judgement in an explicit status column
 * ("Partially compliant", "Not compliant", "Delayed") is made against the standard, as a lead's
 * colour is, so a narrative that sounds milder ("recruitment in progress") does not soften it:
 * the worse of the two is rated.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'IEA tracker', rows, merges: [], tables: [], hidden: false, protected: false });
const date = (iso: string): CellValue => ({ kind: 'date', iso });
const HEADER = ['IEA', 'Action', 'Evidence required', 'Compliance', 'Owner', 'Review date', 'Comments'];
const settings = defaultSettings('2025-01-20');

function rated(rows: CellValue[][]): [string, string, string][] {
  const actions = analyseSheet(grid(rows), settings, createParsers(settings))?.actions ?? [];
  return actions.map((a) => [a.rating, a.status, a.reason]);
}

describe('a compliance column that says worse than the narrative beside it', () => {
  it('rates "Partially compliant" Amber though the comment reads as in progress', () => {
    const rows = [HEADER, ['2.3', 'MNVP co-production of service changes', 'Workplan', 'Partially compliant', 'Head of Midwifery', 'Feb-25', 'MNVP chair vacant since Sept; recruitment in progress']];
    expect(rated(rows)).toEqual([['amber', 'at_risk', 'Amber: the action is reported as delayed or at risk (due 28 Feb 2025).']]);
  });

  it('rates "Not compliant" Red though the comment reads as on track', () => {
    const rows = [HEADER, ['2.2', 'Independent senior advocate in post', 'Appointment', 'Not compliant', 'Director of Midwifery', date('2025-06-30'), 'Recruitment in progress, interviews booked']];
    expect(rated(rows)).toEqual([['red', 'off_track', 'Red: the action is reported as off track (due 30 Jun 2025).']]);
  });
});

describe('an explicit status column beside an update narrative', () => {
  it('rates a flag of "Delayed" Amber though the update reads on track', () => {
    const rows = [
      ['Ref', 'Action', 'Lead', 'Due date', 'Status', 'Progress update'],
      ['1', 'Publish the workforce plan', 'Director of HR', date('2025-06-30'), 'Delayed', 'Drafting is progressing well with divisions'],
    ];
    expect(rated(rows)[0]?.slice(0, 2)).toEqual(['amber', 'at_risk']);
  });
});
