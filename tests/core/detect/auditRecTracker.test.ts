import { createParsers } from '../../../src/core/analyse/parsers';
import { analyseSheet } from '../../../src/core/analyse/sheet';
import { readHeader } from '../../../src/core/detect/columns';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * An internal audit recommendations tracker as audit firms' templates lay it out: the report each
 * recommendation came from ("Report", numbered afresh in each), its priority, the recommendation,
 * management's response (often just "Agreed", so the recommendation is the action the committee
 * tracks to implemented), the owner, and an original and a revised due date.
 */

const d = (iso: string): CellValue => ({ kind: 'date', iso });
const HEADER = ['Report', 'Rec No', 'Priority', 'Recommendation', 'Management Response', 'Owner', 'Original Due Date', 'Revised Due Date', 'Status'];
const ROWS: CellValue[][] = [
  ['Internal Audit Recommendations Tracker – Audit Committee 5 December 2024'],
  HEADER,
  ['Payroll 2023/24', '1', 'High', 'Leavers should be reconciled to ESR monthly.', 'Agreed. A monthly reconciliation will be introduced by the Payroll Manager.', 'Head of Payroll', d('2024-03-31'), d('2024-12-31'), 'Partially implemented'],
  ['Payroll 2023/24', '2', 'Medium', 'Overtime claims should be authorised before payment.', 'Agreed. Authorisation will be built into the e-rostering system.', 'Head of Payroll', d('2024-06-30'), null, 'Implemented'],
  ['Data Security and Protection Toolkit 2024', '1', 'High', 'Complete the information asset register for all divisions.', 'Agreed – IAOs will complete the register.', 'SIRO', d('2024-09-30'), null, 'Not implemented'],
  ['Risk Management 2024/25', '1', 'Medium', 'Risk register entries should record the date of last review.', 'Agreed. Datix fields will be made mandatory.', 'Head of Risk', d('2024-10-31'), d('2025-02-28'), 'In progress'],
];
const grid: SheetGrid = { name: 'IA recs', rows: ROWS, merges: [], tables: [], hidden: false, protected: false };

describe('an internal audit recommendations tracker', () => {
  const settings = defaultSettings('2024-11-20');
  const tracker = analyseSheet(grid, settings, createParsers(settings));

  it('groups the recommendations by their report, reads the recommendation as the action, with no rival columns warned of', () => {
    // Changed on purpose: the recommendation, not the management response ("Agreed. …"), is the action (recommendationAsAction),
    // and the response, how it will be done, its next steps.
    expect(tracker?.columns).toEqual({ objective: 0, ref: 1, action: 3, next_steps: 4, lead: 5, timeframe: 6, status: 8 });
    expect(tracker?.actions.map((a) => [a.objective, a.ref, a.rating])).toEqual([
      ['Payroll 2023/24', '1', 'amber'],
      ['Payroll 2023/24', '2', 'complete'],
      ['Data Security and Protection Toolkit 2024', '1', 'red'],
      ['Risk Management 2024/25', '1', 'amber'],
    ]);
    expect(tracker?.issues).toEqual([]);
  });

  it('reads a bare "Report" header as the report, but not "Report to" or "Reported by"', () => {
    expect(readHeader(['Report', 'Ref', 'Action', 'Lead']).columns.objective).toBe(0);
    expect(readHeader(['Ref', 'Action', 'Lead', 'Report to']).columns.objective).toBeUndefined();
  });

  it('reads the recommendation as the action beside management’s response or agreed action, and warns of no rival', () => {
    const reading = readHeader(['Rec No', 'Recommendation', 'Management response', 'Agreed action', 'Owner', 'Due date']);
    // Changed on purpose (both lines): the recommendation wins over management's answer to it (recommendationAsAction).
    expect([reading.columns.action, reading.duplicates]).toEqual([1, []]);
    expect(readHeader(['Rec No', 'Recommendation', 'Management response', 'Owner', 'Due date']).columns.action).toBe(1);
    // Without a recommendation, management's response or agreed action is the action.
    expect(readHeader(['Rec No', 'Finding', 'Management response', 'Owner', 'Due date']).columns.action).toBe(2);
  });
});
