import { defaultSettings } from '../../../src/core/settings';
import { planOutput } from '../../../src/core/output';
import { smallTracker } from './fixtures';

/* A column cut off mid-word ("Update due at Trust Board January 20") reads as a different meeting. */

const withMeeting = (name: string) => ({ ...defaultSettings('2023-01-03'), nextMeeting: { date: '2023-01-12', name } });
const width = (name: string, header: string) => {
  const plan = planOutput(smallTracker(), withMeeting(name));
  const col = plan.columns.find((c) => c.header === header)?.col;
  return plan.widths.find((w) => w.col === col)?.width ?? 0;
};

describe('the widths of the columns a refresh adds', () => {
  it('fit the longest Meeting focus, the meeting named in full', () => {
    const focus = 'Update due at Trust Board January 2027';
    expect(width('Trust Board January 2027', 'Meeting focus')).toBeGreaterThanOrEqual(focus.length + 1);
    expect(width('A much longer meeting name: the Quality and Safety Committee of March', 'Meeting focus')).toBeGreaterThanOrEqual(84);
  });

  it('keep the usual widths where the text is short', () => {
    expect(width('ELG', 'Meeting focus')).toBe(30);
    expect(width('ELG', 'RAG')).toBe(11);
    expect(width('ELG', 'Next due')).toBe(13);
  });

  // The reason wraps (its cells are wrapped, top-aligned): widened to its longest, it made a sheet printed one page wide unreadable.
  it('keep the RAG reason at its usual width, however long the reasons, as it wraps', () => {
    expect(width('ELG', 'RAG reason')).toBe(60);
    expect(width('A much longer meeting name: the Quality and Safety Committee of March', 'RAG reason')).toBe(60);
  });
});
