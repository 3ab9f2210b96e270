import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A lead's own forecast of the end after the deadline is slippage (SPEC 5.1 rule 5, as a re-dating is):
 * "Should be complete by end Jan" beside a December deadline is Amber, not "reported on track". A forecast
 * on or before the deadline, a vague one that may still meet it ("early 2027" beside March), or one beside
 * a deadline already passed (Red) changes nothing.
 */

function rated(rows: [string, CellValue][], asOf = '2026-12-07'): { rating: string; reason: string }[] {
  const grid: SheetGrid = {
    name: 'Plan',
    rows: [['Ref', 'Action', 'Lead', 'Time frame', 'Update'], ...rows.map(([due, status], i): CellValue[] => [String(i + 1), `Action ${i + 1}`, 'COO', due, status])],
    merges: [],
    tables: [],
    hidden: false,
    protected: false,
  };
  return analyseWorkbook([grid], defaultSettings(asOf)).trackers[0]?.actions.map(({ rating, reason }) => ({ rating, reason })) ?? [];
}

const LATE = 'Amber: the update expects the action to finish after its deadline (31 Dec 2026), which counts as slippage.';

describe('a forecast of the end after the deadline', () => {
  it.each([
    'Should be complete by end Jan',
    'Expected completion March 2027',
    'Anticipate completion in Q4',
    'On track - expected to complete by end of February',
    'Good progress. Completion forecast for Q4 2026/27',
  ])('is Amber beside a December deadline: "%s"', (status) => {
    expect(rated([['End of Dec 2026', status]])[0]).toEqual({ rating: 'amber', reason: LATE });
  });

  it('is Amber for the step it is written against, the others rated as before', () => {
    const grid: SheetGrid = {
      name: 'Plan',
      rows: [
        ['Ref', 'Action', 'Next steps', 'Time frame', 'Update'],
        ['1', 'Strategy', '1. Draft\n2. Board sign-off', '1. End of Dec 2026\n2. March 2027', '1. Expected to complete by end of Jan\n2. On track'],
      ],
      merges: [],
      tables: [],
      hidden: false,
      protected: false,
    };
    const steps = analyseWorkbook([grid], defaultSettings('2026-12-07')).trackers[0]?.actions[0]?.steps.map((s) => s.rating);
    expect(steps).toEqual(['amber', 'green']);
  });
});

describe('changes nothing', () => {
  it.each([
    ['End of Dec 2026', 'Expected completion mid Dec'],
    ['End of Dec 2026', 'Should be complete by end of December'],
    ['March 2027', 'Should be complete by end Jan'],
    ['March 2027', 'Expected to complete early 2027'],
    ['Q4 2026/27', 'Anticipate completion in Q4'],
    ['End of Dec 2026', 'Expected completion Jan 25'],
    // Forecasts of something else: a review or audit after the work, another phase, or the work ahead of its plan.
    ['End of Dec 2026', 'On track. Next review expected in March'],
    ['End of Dec 2026', 'Policy approved; effectiveness audit expected in June'],
    ['End of Dec 2026', 'Phase 1 on track; phase 2 expected to complete June 2027 (outside the scope of this action)'],
    ['End of Dec 2026', 'Expected to complete ahead of schedule in January'],
  ])('beside "%s": "%s"', (due, status) => {
    expect(rated([[due, status]])[0]?.rating).toBe('green');
  });

  it('beside a deadline already passed: Red, overdue', () => {
    expect(rated([['End of Nov 2026', 'Should be complete by end Jan']])[0]?.rating).toBe('red');
  });

  it('beside an update already at risk: its own reason', () => {
    expect(rated([['End of Dec 2026', 'Delayed - expected to complete by March']])[0]?.reason).toMatch(/^Amber: the action is reported as delayed or at risk/);
  });
});
