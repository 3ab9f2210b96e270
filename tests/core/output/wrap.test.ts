import { defaultSettings } from '../../../src/core/settings';
import { WRAPPED_COLUMNS, planOutput, wrappedRanges } from '../../../src/core/output';
import { smallTracker } from './fixtures';

/* A reason cut off at the Meeting focus column is half a sentence to the board: the reason wraps. */

const settings = { ...defaultSettings('2023-01-03'), nextMeeting: { date: '2023-01-12', name: 'ELG December 22' } };

describe('the output columns whose text wraps', () => {
  it('is the RAG reason alone: the words and dates of the others are short', () => {
    expect(WRAPPED_COLUMNS).toEqual(['RAG reason']);
  });

  it('are planned as the reason column from the row under the header to the last row (0-based, as the rules are)', () => {
    const plan = planOutput(smallTracker(), settings);
    // Header on row 3 (1-based), rows 4-7 under it: 0-based rows 3-6, the reason in column 7.
    expect(plan.wraps).toEqual([{ top: 3, left: 7, bottom: 6, right: 7 }]);
  });

  it('leave the header cell alone, and every other output column', () => {
    const plan = planOutput(smallTracker(), settings);
    const header = plan.headerRow - 1;
    expect(plan.wraps.every((r) => r.top > header)).toBe(true);
    const reason = plan.columns.find((c) => c.header === 'RAG reason')?.col;
    expect(plan.wraps.map((r) => r.left)).toEqual([reason]);
  });

  it('follow the reason column wherever the tracker put it', () => {
    const columns = [
      { header: 'RAG' as const, col: 12 },
      { header: 'RAG reason' as const, col: 2 },
      { header: 'Meeting focus' as const, col: 13 },
      { header: 'Next due' as const, col: 14 },
      { header: 'Trend' as const, col: 15 },
    ];
    expect(wrappedRanges(columns, 1, 40)).toEqual([{ top: 1, left: 2, bottom: 39, right: 2 }]);
  });

  it('are none when there is no row under the header', () => {
    const columns = [{ header: 'RAG reason' as const, col: 7 }];
    expect(wrappedRanges(columns, 5, 5)).toEqual([]);
  });
});
