import { NO_EXTRA_STATUS } from '../../../src/core/analyse/extraStatus';
import { flagColumns } from '../../../src/core/analyse/flagColumns';
import { heldStatus } from '../../../src/core/analyse/heldOpen';
import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid, StatusClass } from '../../../src/core/types';

/*
 * SPEC 2.2: an explicit completion in any status column wins over the narrative. The reverse case:
 * a Status column the lead keeps ("On track", "Open") beside an update that reads complete. A false
 * Complete takes open work out of the board's exceptions, so the Status column stands, and a
 * warning at the status cell asks the lead to correct whichever is out of date. Read on 1 Dec 2025.
 */

const settings = defaultSettings('2025-12-01');
const HEADER = ['Rec No', 'Recommendation', 'Owner', 'Due date', 'Status', 'Latest update'];

function analysed(rows: CellValue[][]) {
  const grid: SheetGrid = { name: 'Audit Recs', rows: [HEADER, ...rows], merges: [], tables: [], hidden: false, protected: false };
  return analyseWorkbook([grid], settings).trackers[0];
}

function rated(rows: CellValue[][]) {
  return (analysed(rows)?.actions ?? []).map((a) => [a.ref, a.status, a.rating]);
}

function conflicts(rows: CellValue[][]) {
  return (analysed(rows)?.issues ?? []).filter((i) => i.code === 'status_conflict').map((i) => [i.cell, i.severity, i.message]);
}

describe('a Status column that says open, beside an update that reads complete', () => {
  const rows: CellValue[][] = [
    ['1', 'Starters and leavers reconciliation monthly.', 'Head of Payroll', '31.12.2025', 'On track', 'Reconciliations for Sept and Oct complete.'],
    ['2', 'Review the training needs analysis annually.', 'Named Nurse', '31/01/2026', 'Open', 'TNA refreshed and signed off by the committee.'],
    ['3', 'Recover overpayments to leavers promptly.', 'Head of Payroll', '30/09/2025', 'At risk', 'All recovery letters sent; work complete.'],
    ['4', 'Publish the DSPT plan on the intranet.', 'IG Manager', '31/10/2025', 'Not started', 'Completed'],
    // Left as they were: an explicit closure in the Status column still wins over an open update;
    ['5', 'Update the Records Management Policy.', 'Head of IG', '30/06/2025', 'Closed', 'Policy drafted; awaiting Policy Group.'],
    // both columns say complete; both say open;
    ['6', 'Maintain a register of BCP tests.', 'EPRR Lead', '31/12/2025', 'Complete', 'Register on SharePoint and complete.'],
    ['7', 'Include suppliers in BC exercises.', 'EPRR Lead', '31/03/2026', 'On track', 'Supplier list agreed; exercise booked.'],
    // a sentence in the Status column is no flag: it counts only where the update says nothing.
    ['8', 'Refresh MHA hearing training.', 'MHA Manager', '31/12/2025', 'Waiting for the national package to be published', 'Training delivered to all managers; complete.'],
  ];

  it('keeps the action open, rated by the Status column and its date', () => {
    expect(rated(rows)).toEqual([
      ['1', 'on_track', 'green'],
      ['2', 'unknown', 'green'],
      ['3', 'at_risk', 'red'],
      ['4', 'not_started', 'red'],
      ['5', 'complete', 'complete'],
      ['6', 'complete', 'complete'],
      ['7', 'on_track', 'green'],
      ['8', 'complete', 'complete'],
    ]);
  });

  it('warns at the status cell, quoting the Status column and naming its cell', () => {
    expect(conflicts(rows)).toEqual([
      ['F2', 'warning', 'The update reads as complete, but the status column says "On track" (E2), so the action is kept open; correct whichever is out of date.'],
      ['F3', 'warning', 'The update reads as complete, but the status column says "Open" (E3), so the action is kept open; correct whichever is out of date.'],
      ['F4', 'warning', 'The update reads as complete, but the status column says "At risk" (E4), so the action is kept open; correct whichever is out of date.'],
      ['F5', 'warning', 'The update reads as complete, but the status column says "Not started" (E5), so the action is kept open; correct whichever is out of date.'],
    ]);
  });
});

describe('an action of several steps', () => {
  const header = ['Ref', 'Action', 'Next steps', 'Lead', 'Due date', 'Status', 'Latest update'];
  const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows: [header, ...rows], merges: [], tables: [], hidden: false, protected: false });

  it('is held open when every step reads complete, each step then rated by its date; one step done of two is no contradiction', () => {
    const tracker = analyseWorkbook([grid([
      ['A1', 'Roll out e-rostering', '1. Pilot on two wards\n2. Roll out trust-wide', 'COO', '30/09/2025\n31/03/2026', 'On track', '1. Pilot finished and evaluated, complete\n2. Roll-out plan being drafted with the wards'],
      ['A2', 'Refresh the EPRR plan', '1. Draft the plan\n2. Approve at Board', 'COO', '30/09/2025\n31/01/2026', 'On track', '1. Draft plan completed.\n2. Approved at Board in November, complete'],
    ])], settings).trackers[0];
    expect(tracker?.actions.map((a) => [a.ref, a.steps.map((s) => s.status), a.rating])).toEqual([
      ['A1', ['complete', 'on_track'], 'green'],
      ['A2', ['on_track', 'on_track'], 'red'],
    ]);
    expect(tracker?.issues.filter((i) => i.code === 'status_conflict').map((i) => i.cell)).toEqual(['G3']);
  });
});

describe('heldStatus: which flags hold an action open', () => {
  const flag = (text: string, status: StatusClass, closed = false) => heldStatus({ ...NO_EXTRA_STATUS, closed, open: { text, status, col: 4, row: 2 } });

  it('a status word gives its class; a word that only says open gives unknown, for the dates to rate', () => {
    expect([flag('On track', 'on_track'), flag('Delayed', 'at_risk'), flag('Open', 'unknown'), flag('No', 'unknown'), flag('Outstanding', 'unknown')]).toEqual(['on_track', 'at_risk', 'unknown', 'unknown', 'unknown']);
  });

  it('"TBC", a sentence, or a closure in another column holds nothing open', () => {
    expect([flag('TBC', 'unknown'), flag('Work is continuing with the estates team', 'on_track'), flag('On track', 'on_track', true)]).toEqual([null, null, null]);
    expect(heldStatus(NO_EXTRA_STATUS)).toBeNull();
  });
});

describe('flagColumns: which columns beside the status column are an explicit status', () => {
  it('takes a flag header or one named a status, not an update or a comment', () => {
    const labels = ['Action', 'Status', 'Action status', 'Open/Closed', 'RAG status', 'Complete?', 'Previous update', 'Comments', 'Status update', 'Evidence of completion'];
    expect(flagColumns([1, 2, 3, 4, 5, 6, 7, 8, 9], labels).map((col) => labels[col])).toEqual(['Status', 'Action status', 'Open/Closed', 'RAG status', 'Complete?']);
  });

  it('so an earlier update\'s "On track" does not hold open an action the latest update completes', () => {
    const grid: SheetGrid = {
      name: 'Plan',
      rows: [['Action', 'Lead', 'Due', 'Latest update', 'Previous update', 'Status'], ['Publish the plan', 'CEO', '31/12/2025', 'Plan published on the website, complete.', 'On track', 'In progress']],
      merges: [], tables: [], hidden: false, protected: false,
    };
    const tracker = analyseWorkbook([grid], settings).trackers[0];
    expect(tracker?.actions.map((a) => a.rating)).toEqual(['green']);
    expect(tracker?.issues.filter((i) => i.code === 'status_conflict').map((i) => i.message)).toEqual([
      'The update reads as complete, but the status column says "In progress" (F2), so the action is kept open; correct whichever is out of date.',
    ]);
  });
});
