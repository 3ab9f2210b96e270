import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * SPEC 2.2: an explicit completion in any status-like column wins. A "% complete" of 100% is one,
 * unless the status reports a risk: then the action stays open and a warning names the
 * contradiction. A formula error in the column is warned of once (SPEC 9). Read on 16 Dec 2024.
 */

const settings = defaultSettings('2024-12-16');
const HEADER = ['Ref', 'Deliverable', 'SRO / Lead', 'End', '% complete', 'Status'];

function analysed(rows: CellValue[][]) {
  const grid: SheetGrid = { name: 'Delivery Plan', rows: [HEADER, ...rows], merges: [], tables: [], hidden: false, protected: false };
  const tracker = analyseWorkbook([grid], settings).trackers[0];
  return {
    rated: (tracker?.actions ?? []).map((a) => [a.ref, a.status, a.rating, a.progress]),
    issues: (tracker?.issues ?? []).map((i) => [i.cell, i.code, i.message]),
  };
}

describe('a progress of 100%', () => {
  const read = analysed([
    ['DT01', 'Remote monitoring for the frailty virtual ward', 'VW Clinical Lead', '29/11/2024', '100%', 'On track'],
    ['DT02', 'Scale to the heart failure pathway', 'VW Clinical Lead', '31/03/2025', 1, 'Not started'],
    ['DT03', 'Online consultation in every practice', 'Digital lead', '31/03/2025', '100%', 'Delayed'],
    ['DT04', 'Cloud telephony in all practices', 'Digital lead', '30/11/2024', 1, 'Off track'],
    // Left as they were: below 100%, and a completion the status already gives.
    ['DT05', 'ePMA in community hospitals', 'CCIO', '30/11/2024', '95%', 'On track'],
    ['DT06', 'Decommission legacy circuits', 'CCIO', '30/09/2024', 1, 'Complete'],
  ]);

  it('completes an action whose status reports no risk', () => {
    expect(read.rated).toEqual([
      ['DT01', 'complete', 'complete', 1],
      ['DT02', 'complete', 'complete', 1],
      ['DT03', 'at_risk', 'amber', 1],
      ['DT04', 'off_track', 'red', 1],
      ['DT05', 'on_track', 'red', 0.95],
      ['DT06', 'complete', 'complete', 1],
    ]);
  });

  it('keeps open one whose status reports a risk, warning at the progress cell', () => {
    expect(read.issues.filter((i) => i[1] === 'progress_conflict')).toEqual([
      ['E4', 'progress_conflict', 'The progress is 100%, but the action is reported as at risk, so it is kept open; correct whichever is out of date.'],
      ['E5', 'progress_conflict', 'The progress is 100%, but the action is reported as off track, so it is kept open; correct whichever is out of date.'],
    ]);
  });
});

describe('a formula error in the progress column', () => {
  it('is warned of once, as a formula error', () => {
    const read = analysed([['DT06', 'ePMA in community hospitals', 'CCIO', '28/02/2025', { kind: 'error', code: '#N/A' }, 'Delayed']]);
    expect(read.issues.filter((i) => i[0] === 'E2')).toEqual([['E2', 'formula_error', 'This cell shows #N/A; it is read as blank. Fix the formula it comes from.']]);
    expect(read.rated).toEqual([['DT06', 'at_risk', 'amber', null]]);
  });
});

describe("a Table One's progress per ambition", () => {
  it('is carried through as given: 100% does not complete the ambition, which its confidence rates', () => {
    const rows: CellValue[][] = [
      ['Ambition', 'Lead', 'Progress', 'Confidence'],
      ['Reduce waits for elective care', 'COO', 1, 0.75],
      ['Our services are inclusive', 'CEO', 1, null],
    ];
    const grid: SheetGrid = { name: 'Table One', rows, merges: [], tables: [], hidden: false, protected: false };
    const tracker = analyseWorkbook([grid], settings).trackers[0];
    expect(tracker?.ambitionLevel).toBe(true);
    expect(tracker?.actions.map((a) => [a.rating, a.progress, a.steps.map((s) => s.status)])).toEqual([
      ['amber', 1, ['unknown']],
      ['not_rated', 1, ['unknown']],
    ]);
    expect(tracker?.issues.map((i) => i.code)).not.toContain('progress_conflict');
  });
});
