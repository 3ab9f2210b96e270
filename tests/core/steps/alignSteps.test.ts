import { alignSteps, splitEntries } from '../../../src/core/steps';
import { row1, row15, row2, row3 } from './seed004';

const align = (nextSteps: string, timeframe: string, status: string, action = 'action') =>
  alignSteps(splitEntries(nextSteps), splitEntries(timeframe), splitEntries(status), action);

describe('alignSteps: each next step with its own time frame and status (SPEC 2.3)', () => {
  it('pairs entries by position: row 1 has 4 steps, 4 time frames and 3 statuses', () => {
    const aligned = align(row1.nextSteps, row1.timeframe, row1.status);
    expect(aligned.steps.map((s) => [s.timeframeText, s.statusText])).toEqual([
      ['End of Nov 22', 'Completed'],
      ['End of Dec 22', 'On track'],
      ['End of Dec 22', 'On track'],
      ['Feb Board 23', null],
    ]);
    expect(aligned.steps[0]?.text).toBe('Draft public comms on the purpose and aim of THT');
    expect(aligned).toMatchObject({ extraTimeframes: 0, extraStatuses: 0, unmatchedTimeframes: false, unmatchedStatuses: true });
  });

  it('leaves the steps after the last status with none: row 2\'s interviews never inherit "Done"', () => {
    const { nextSteps, timeframe, status } = row2.asInWorkbook;
    const aligned = align(nextSteps, timeframe, status, row2.action);
    expect(aligned.steps.map((s) => [s.text, s.timeframeText, s.statusText])).toEqual([
      ['Draft and circulate Job Description', 'End Oct 2022', 'Done'],
      ['Review and design recruitment process', 'Mid Nov', 'Done (End of Nov)'],
      ['Open recruitment and share through local networks and contacts', 'Complete by mid Dec', null],
      ['Interviews', '5/1/23', null],
    ]);
    expect(aligned.unmatchedStatuses).toBe(true);
    expect(aligned.unmatchedTimeframes).toBe(false);
  });

  it('applies a single time frame and a single status to every step: row 3 has 3 steps, "End of Nov" and one update', () => {
    const aligned = align(row3.nextSteps, row3.timeframe, row3.status);
    expect(aligned.steps).toHaveLength(3);
    for (const step of aligned.steps) {
      expect(step.timeframeText).toBe('End of Nov');
      expect(step.statusText).toMatch(/^Update: Currently running existing process\./);
    }
    expect(aligned).toMatchObject({ extraTimeframes: 0, extraStatuses: 0, unmatchedTimeframes: false, unmatchedStatuses: false });
  });

  it('counts entries beyond the last step so the caller can warn about the cell', () => {
    const aligned = alignSteps(['Draft', 'Agree'], ['Nov', 'Dec', 'Jan', 'Feb'], ['Done', 'On track', 'Delayed'], 'action');
    expect(aligned.steps.map((s) => s.timeframeText)).toEqual(['Nov', 'Dec']);
    expect(aligned).toMatchObject({ extraTimeframes: 2, extraStatuses: 1, unmatchedTimeframes: true, unmatchedStatuses: true });
  });

  it('gives steps no time frame and no status when those cells are empty, and does not call that unmatched', () => {
    const aligned = alignSteps(['Draft', 'Agree'], [], [], 'action');
    expect(aligned.steps).toEqual([
      { text: 'Draft', timeframeText: null, statusText: null },
      { text: 'Agree', timeframeText: null, statusText: null },
    ]);
    expect(aligned.unmatchedTimeframes || aligned.unmatchedStatuses).toBe(false);
  });

  describe('a row with no next steps, or one, is a single step', () => {
    it('is made of the action itself when there are no next steps (row 15, with "Action to be confirmed" as its time frame)', () => {
      const aligned = alignSteps([], [row15.placeholder], [], row15.action);
      expect(aligned.steps).toEqual([{ text: row15.action, timeframeText: 'Action to be confirmed', statusText: null }]);
    });

    it('takes every time frame, joined with "; ", so a revision can be read', () => {
      const aligned = alignSteps([], ['End of Dec', 'Revised: End of Jan'], [], 'Develop options paper');
      expect(aligned.steps[0]?.timeframeText).toBe('End of Dec; Revised: End of Jan');
      expect(aligned).toMatchObject({ extraTimeframes: 0, unmatchedTimeframes: false });
    });

    it('takes every status entry, one per line, so the latest update decides its class', () => {
      const aligned = alignSteps(['Report to THT Board'], ['May meeting'], ['On track', 'Update: delayed to Jan 23'], 'a');
      expect(aligned.steps).toEqual([
        { text: 'Report to THT Board', timeframeText: 'May meeting', statusText: 'On track\nUpdate: delayed to Jan 23' },
      ]);
      expect(aligned).toMatchObject({ extraStatuses: 0, unmatchedStatuses: false });
    });

    it('has no time frame or status when those cells are empty', () => {
      expect(alignSteps([], [], [], 'Include a formal you said / we did report').steps).toEqual([
        { text: 'Include a formal you said / we did report', timeframeText: null, statusText: null },
      ]);
    });
  });
});
