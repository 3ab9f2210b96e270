import { defaultSettings } from '../../../src/core/settings';
import { planOutput } from '../../../src/core/output';
import { smallTracker } from './fixtures';

const settings = { ...defaultSettings('2023-01-03'), nextMeeting: { date: '2023-01-12', name: 'ELG December 22' } };

describe('planOutput', () => {
  const plan = planOutput(smallTracker(), settings);

  it('names the sheet, the header row and the five output columns where the tracker put them', () => {
    expect(plan.sheet).toBe('Action plan');
    expect(plan.headerRow).toBe(3);
    expect(plan.columns).toEqual([
      { header: 'RAG', col: 6 },
      { header: 'RAG reason', col: 7 },
      { header: 'Meeting focus', col: 8 },
      { header: 'Next due', col: 9 },
      { header: 'Trend', col: 10 },
    ]);
  });

  it('writes the headers, then every row under the header: both rows of a continued action, an emptied blank row', () => {
    const red = [
      'Red',
      'Step 2 "Review of other models" was due 30 Nov 2022, 34 days overdue.',
      'Update due at ELG December 22',
      { kind: 'date', iso: '2022-11-30' },
      '▼',
    ];
    const row = (n: number, values: unknown[]): unknown[] => values.map((value, i) => ({ row: n, col: 6 + i, value }));
    expect(plan.cells).toEqual([
      ...row(3, ['RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend']),
      ...row(4, red),
      ...row(5, red),
      ...row(6, [null, null, null, null, null]),
      ...row(7, ['Complete', 'Completed.', 'Complete', null, '●']),
    ]);
  });

  it('leaves the Trend cell empty when there is no earlier snapshot', () => {
    const tracker = smallTracker();
    tracker.actions = tracker.actions.map((a) => ({ ...a, trend: null }));
    const trend = planOutput(tracker, settings).cells.filter((c) => c.col === 10 && c.row > 3);
    expect(trend.map((c) => c.value)).toEqual([null, null, null, null]);
  });

  it('colours with eight rules over rows 4-7: five on the RAG column, three row tints across A:K', () => {
    expect(plan.rules.map((r) => [r.id, r.priority])).toEqual([
      ['rag-complete', 1],
      ['rag-green', 2],
      ['rag-amber', 3],
      ['rag-red', 4],
      ['rag-not_rated', 5],
      ['focus-update_due', 6],
      ['focus-complete', 7],
      ['focus-next_step', 8],
    ]);
    const red = plan.rules.find((r) => r.id === 'rag-red');
    expect(red).toEqual({
      id: 'rag-red',
      range: { top: 3, bottom: 6, left: 6, right: 6 },
      formula: '=AND($G4="Red",N("RAG Tracker")=0)',
      fill: 'C00000',
      font: 'FFFFFF',
      bold: true,
      priority: 4,
      stopIfTrue: true,
    });
    const due = plan.rules.find((r) => r.id === 'focus-update_due');
    expect(due).toEqual({
      id: 'focus-update_due',
      range: { top: 3, bottom: 6, left: 0, right: 10 },
      formula: '=AND(LEFT($I4,10)="Update due",N("RAG Tracker")=0)',
      fill: 'FFF2CC',
      font: null,
      bold: false,
      priority: 6,
      stopIfTrue: false,
    });
    expect(plan.rules.find((r) => r.id === 'focus-next_step')?.formula).toBe('=AND($I4="Next step",N("RAG Tracker")=0)');
  });

  it('explains every colour in words in the legend, naming the next meeting', () => {
    for (const words of ['blue: Complete', 'green: Green', 'amber: Amber', 'red: Red', 'grey: Not rated']) {
      expect(plan.legend).toContain(words);
    }
    expect(plan.legend).toContain('light yellow rows: Update due at ELG December 22');
  });

  it('names the meeting by its date when it has no name, and says "next meeting" when there is none', () => {
    const dated = planOutput(smallTracker(), { ...settings, nextMeeting: { date: '2023-01-12', name: ' ' } });
    expect(dated.cells.find((c) => c.row === 4 && c.col === 8)?.value).toBe('Update due at the meeting on 12 Jan 2023');
    const none = planOutput(smallTracker(), defaultSettings('2023-01-03'));
    expect(none.cells.find((c) => c.row === 4 && c.col === 8)?.value).toBe('Update due at next meeting');
  });

  it('writes only the headers and no rules when nothing sits under the header', () => {
    const empty = { ...smallTracker(), lastRow: 3, actions: [] };
    const p = planOutput(empty, settings);
    expect(p.cells).toHaveLength(5);
    expect(p.rules).toEqual([]);
  });
});
