import { refutedClosure } from '../../../src/core/analyse/heldClosed';
import { NO_EXTRA_STATUS } from '../../../src/core/analyse/extraStatus';
import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });

describe('an explicit closure beside an update reporting the work not done (the mirror of heldOpen)', () => {
  const rows: CellValue[][] = [
    ['Action', 'Lead', 'Due date', 'Status', 'Latest update'],
    ['Straight-to-test clinics', 'ENT Lead', '01/09/2026', 'Complete', 'Not complete – audit shows only 60% seen straight-to-test. Will re-audit in Oct.'],
    ['Quarterly ATAIN review', 'Neonatal Lead', '31/01/2027', 'Complete', 'Q1 and Q2 reviews done.\nQ3 review NOT yet completed – data lead on sick leave, at risk of missing Jan deadline.'],
    ['Publish the plan', 'Ann', '31/01/2027', 'Complete', 'Plan drafted; awaiting Board approval in October.'],
    ['Train the ward staff', 'Bo', '31/01/2027', 'Complete', 'Awaiting sign-off'],
    ['Recruit two matrons', 'Cy', '31/01/2027', 'Complete', 'Recruitment in progress'],
  ];
  const { actions, issues } = analyseWorkbook([grid(rows)], defaultSettings('2026-09-30')).trackers[0] ?? { actions: [], issues: [] };

  it('holds it open, rated by its dates and the update, where the update says "Not complete"', () => {
    expect(actions[0]?.rating).toBe('red');
  });

  it('holds it open where the latest entry says the work is NOT yet completed and at risk', () => {
    expect(actions[1]?.rating).toBe('amber');
  });

  it('warns at the flag cell, naming both, so the lead corrects whichever is out of date', () => {
    const conflicts = issues.filter((i) => i.code === 'closure_conflict');
    expect(conflicts.map((i) => i.cell)).toEqual(['D2']);
    expect(conflicts[0]?.message).toMatch(/says "Complete", but the update \(E2\) reads "Not complete – audit/);
    // A lead's "Complete" in a status column beside an update at risk is warned of once, by ratingConflict.
    // The cell holds the rating word itself, so it is quoted alone (not '"Complete" says Complete').
    expect(issues.filter((i) => i.cell === 'D3').map((i) => i.message)).toEqual([expect.stringMatching(/^The lead's RAG is "Complete", but the update \(E3\) reads as at risk, so the rating follows the update \(Amber\)/)]);
  });

  it('lets the closure stand over an update that is on track or only awaits a formality', () => {
    expect(actions.slice(2).map((a) => a.rating)).toEqual(['complete', 'complete', 'complete']);
  });
});

describe('refutedClosure', () => {
  const flag = { text: 'Y', status: 'complete' as const, col: 5, row: 13 };
  const closed = { ...NO_EXTRA_STATUS, closed: true, closedBy: flag };

  it('refutes a closure the update calls off track, at risk or not done', () => {
    expect(refutedClosure(closed, 'off_track', 'Behind plan')).toBe(flag);
    expect(refutedClosure(closed, 'unknown', 'Not yet complete.')).toBe(flag);
  });

  it('leaves a closure beside a silent, on-track, not-started or complete update', () => {
    expect(refutedClosure(closed, 'unknown', 'See minutes')).toBeNull();
    expect(refutedClosure(closed, 'on_track', 'Work continues')).toBeNull();
    expect(refutedClosure(closed, 'not_started', 'Not implemented')).toBeNull();
    expect(refutedClosure(closed, 'complete', 'Done')).toBeNull();
  });

  it('has nothing to refute without a flag that closed the action', () => {
    expect(refutedClosure({ ...NO_EXTRA_STATUS, closed: true }, 'off_track', 'Behind plan')).toBeNull();
  });
});
