import { classifyStatus } from '../../../src/core/status';
import { stripStatusPrefix } from '../../../src/core/status/entry';

describe('latest entry wins: updates are appended to a status cell', () => {
  it('takes the class of the last entry', () => {
    expect(classifyStatus('On track\nDelayed to Jan 23')).toBe('at_risk');
    expect(classifyStatus('Delayed\nCompleted')).toBe('complete');
    expect(classifyStatus('<p>Completed</p> <p>On track</p> <p>On track</p>')).toBe('on_track');
  });

  it('skips later entries that say nothing about status', () => {
    expect(classifyStatus('Delayed to Jan 23\nUpdate: Pick up with Improvement Advisor and new Programme Manager')).toBe('at_risk');
    expect(classifyStatus('• Done\n• TBC')).toBe('complete');
  });

  it('lets a later "not complete" or "Open" undo an earlier completion', () => {
    expect(classifyStatus('Done\nNot complete: reopened by ELG')).toBe('unknown');
    expect(classifyStatus('Closed\nOpen')).toBe('unknown');
  });

  it('within one entry, takes the phrase that comes last', () => {
    expect(classifyStatus('Delayed but now complete')).toBe('complete');
    expect(classifyStatus('Was on track, now delayed')).toBe('at_risk');
    expect(classifyStatus('Pathway re-design is rated as amber because of delay')).toBe('at_risk');
  });
});

describe('labels in front of an entry', () => {
  it.each([
    ['Update: Deadlines adjusted', 'Deadlines adjusted'],
    ['NEW ACTION: Discuss with THCVS', 'Discuss with THCVS'],
    ['Revised Action: Public Engagement', 'Public Engagement'],
    ['Progress: on track', 'on track'],
    ['Comment: Done', 'Done'],
    ['Update 3 Nov: Done', 'Done'],
    ['Update (Nov 22): Done', 'Done'],
    ['update - delayed', 'delayed'],
    ['Update: NEW ACTION: Draft plan', 'Draft plan'],
  ])('strips the label of "%s"', (text, rest) => {
    expect(stripStatusPrefix(text)).toBe(rest);
  });

  it('leaves words that only begin like a label', () => {
    expect(stripStatusPrefix('Progressing well')).toBe('Progressing well');
    expect(stripStatusPrefix('Progress is on track: see report')).toBe('Progress is on track: see report');
  });

  it('reads the entry after its label, so a single word still counts as the whole entry', () => {
    expect(classifyStatus('Update: Done')).toBe('complete');
    expect(classifyStatus('Status: G')).toBe('on_track');
    expect(classifyStatus('<b>Update:</b> A')).toBe('at_risk');
    expect(classifyStatus('Update:')).toBe('unknown');
  });
});
