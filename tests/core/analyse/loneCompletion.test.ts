import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import { issueKind } from '../../../src/core/summary';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * SPEC 2.3: a single status entry applies to every step, so a lone "Complete" closes them all and
 * the rating stays Complete. But where some steps are still to come while earlier ones are due,
 * the committee is told at the status cell: one word may have been meant for the first steps only.
 * Read on 7 Dec 2026.
 */

const settings = defaultSettings('2026-12-07');
const HEADER = ['Ref', 'Action', 'Lead', 'Next steps', 'Time frame', 'Status update'];
const date = (iso: string): CellValue => ({ kind: 'date', iso });

function analysed(rows: CellValue[][]) {
  const grid: SheetGrid = { name: 'Action plan', rows: [HEADER, ...rows], merges: [], tables: [], hidden: false, protected: false };
  const tracker = analyseWorkbook([grid], settings).trackers[0];
  return {
    rated: (tracker?.actions ?? []).map((a) => [a.ref, a.rating, a.steps.map((s) => s.rating).join(' ')]),
    warned: (tracker?.issues ?? []).filter((i) => i.code === 'lone_completion').map((i) => [i.cell, i.severity, i.message]),
  };
}

describe('one "Complete" for steps some of which are not yet due', () => {
  const read = analysed([
    ['4.1', 'Review committee terms of reference', 'Trust Secretary', 'Review ToR\nApprove at Board\nPublish on website', 'Nov 26\nDec 26\nJan 27', 'Complete'],
    ['4.2', 'Safeguarding supervision policy', 'Named Nurse', '1. Draft the policy\n2. Launch the policy', 'Oct 26\nMar 27', 'Completed'],
    ['4.3', 'Freedom to Speak Up refresh', 'FTSU Guardian', '• Survey staff\n• Report to Board\n• Refresh champions\n• Relaunch week', 'Sep 26\nNov 26\nFeb 27\nApr 27', 'Done - signed off at People Committee'],
    // A step per row, the one update on the first.
    ['4.4', 'Patient experience strategy', 'Dir Nursing', 'Engage patients', 'Oct 26', 'Closed'],
    [null, null, null, 'Publish the strategy', 'Q4 2026/27', null],
  ]);

  it('is warned of at the status cell, naming the steps still to come', () => {
    expect(read.warned).toEqual([
      ['F2', 'warning', 'The update (F2) says "Complete" for all 3 steps, though steps 2 and 3 are not yet due, the last ("Publish on website") not until 31 Jan 2027: check the later steps are done, or give each step its own update.'],
      ['F3', 'warning', 'The update (F3) says "Completed" for both steps, though step 2 "Launch the policy" is not due until 31 Mar 2027: check the later steps are done, or give each step its own update.'],
      ['F4', 'warning', 'The update (F4) says "Done - signed off at People Committee" for all 4 steps, though steps 3 and 4 are not yet due, the last ("Relaunch week") not until 30 Apr 2027: check the later steps are done, or give each step its own update.'],
      ['F5', 'warning', 'The update (F5) says "Closed" for both steps, though step 2 "Publish the strategy" is not due until 31 Mar 2027: check the later steps are done, or give each step its own update.'],
    ]);
  });

  it('keeps the rating SPEC 2.3 gives: every step complete', () => {
    expect(read.rated).toEqual([
      ['4.1', 'complete', 'complete complete complete'],
      ['4.2', 'complete', 'complete complete'],
      ['4.3', 'complete', 'complete complete complete complete'],
      ['4.4', 'complete', 'complete complete'],
    ]);
  });

  it('is listed in the summary under a plain name', () => {
    expect(issueKind('lone_completion')).toBe('One update closes steps not yet due');
  });
});

describe('rows left alone', () => {
  const read = analysed([
    // One step: its own update, whatever its date.
    ['5.1', 'Publish the quality account', 'Dir Nursing', 'Publish', 'Jan 27', 'Complete'],
    // Every step already due: the update may close them all.
    ['5.2', 'Ward accreditation', 'Dir Nursing', 'Assess wards\nReport to QSC\nAward badges', 'Sep 26\nOct 26\nNov 26', 'Complete'],
    // A lone update that does not say done: the dates rate each step (step 1 is overdue).
    ['5.3', 'Sepsis screening audit', 'CMO', 'Audit\nRe-audit', 'Nov 26\nFeb 27', 'On track'],
    // One update per step: each step speaks for itself.
    ['5.4', 'Medicines reconciliation', 'Chief Pharmacist', '1. Audit\n2. Train\n3. Re-audit', 'Nov 26\nDec 26\nJan 27', '1. Complete\n2. Complete\n3. Complete'],
    // No step due yet: finished early, nothing earlier to have been meant.
    ['5.5', 'Estates strategy', 'Dir Estates', 'Draft\nConsult', 'Jan 27\nMar 27', 'Complete'],
    // One date for every step: none later than another.
    ['5.6', 'Board development programme', 'Chair', 'Design\nDeliver', date('2026-11-30'), 'Complete'],
    // The update itself says it speaks for every step.
    ['5.7', 'Learning from deaths policy', 'CMO', 'Draft\nRatify\nPublish', 'Oct 26\nDec 26\nFeb 27', 'All three steps complete'],
    ['5.8', 'Duty of candour audit', 'CMO', 'Audit\nReport', 'Nov 26\nMar 27', 'Complete - both actions done'],
  ]);

  it('include a milestone plan, whose one update per row speaks for the plan (no row of it can have one per step)', () => {
    const grid: SheetGrid = {
      name: 'UEC plan', merges: [], tables: [], hidden: false, protected: false,
      rows: [['Urgent and Emergency Care Delivery Plan 2026/27'], ['Ref', 'Action', 'Lead', 'Q1', 'Q2', 'Q3', 'Q4', 'Status'],
        ['UEC1', 'Open two urgent treatment centres', 'COO', 'Business case approved', 'Recruitment complete', 'UTC 1 open', 'UTC 2 open', 'Complete']],
    };
    const tracker = analyseWorkbook([grid], settings).trackers[0];
    expect(tracker?.actions.map((a) => [a.steps.length, a.rating])).toEqual([[4, 'complete']]);
    expect(tracker?.issues.map((i) => i.code)).toEqual([]);
  });

  it('raises no warning', () => {
    expect(read.warned).toEqual([]);
  });

  it('are rated as before', () => {
    expect(read.rated.map(([ref, rating]) => [ref, rating])).toEqual([
      ['5.1', 'complete'],
      ['5.2', 'complete'],
      ['5.3', 'red'],
      ['5.4', 'complete'],
      ['5.5', 'complete'],
      ['5.6', 'complete'],
      ['5.7', 'complete'],
      ['5.8', 'complete'],
    ]);
  });
});
