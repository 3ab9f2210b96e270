import { classifyStatus } from '../../../src/core/status';

describe('negation: a negator a few words before a phrase changes what it means', () => {
  it('reads "not on track" and its variants as off_track', () => {
    expect(classifyStatus('Not on track')).toBe('off_track');
    expect(classifyStatus('not currently on track')).toBe('off_track');
    expect(classifyStatus("Isn't on schedule")).toBe('off_track');
    expect(classifyStatus('Not all actions are on track')).toBe('off_track');
    expect(classifyStatus('Not progressing')).toBe('off_track');
  });

  it('never reads a negated completion as complete', () => {
    for (const text of ['Not complete', 'Not yet complete', 'Incomplete', 'Not completed', 'Has not been fully implemented', "Hasn't been signed off", 'Not done']) {
      expect([text, classifyStatus(text)]).toEqual([text, 'unknown']);
    }
  });

  it('lets another phrase in the entry give the class when the completion is negated', () => {
    expect(classifyStatus('On track, not yet complete')).toBe('on_track');
    expect(classifyStatus('Not complete and delayed')).toBe('at_risk');
  });

  it('reads "not achieved" as off_track, but "not yet achieved" only as not complete', () => {
    expect(classifyStatus('Not achieved')).toBe('off_track');
    expect(classifyStatus('Target not achieved')).toBe('off_track');
    expect(classifyStatus('Not yet achieved')).toBe('unknown');
  });

  it('does not read a negated risk as a risk', () => {
    for (const text of ['Not delayed', 'No delays', 'No significant issues', 'No escalations', 'No escalations to the Board', 'Not at risk', 'No slippage', 'No concerns', 'Not escalated']) {
      expect([text, classifyStatus(text)]).toEqual([text, 'unknown']);
    }
  });

  it('does not read a negated off-track word as off track', () => {
    expect(classifyStatus('Not overdue')).toBe('unknown');
    expect(classifyStatus('No significant risk')).toBe('unknown');
    expect(classifyStatus('Not blocked')).toBe('unknown');
  });

  it('reads a negated start as not started', () => {
    expect(classifyStatus('Not yet commenced')).toBe('not_started');
    expect(classifyStatus('Work has not been started')).toBe('not_started');
    expect(classifyStatus('Not yet under way')).toBe('not_started');
    expect(classifyStatus("Hasn't begun")).toBe('not_started');
  });

  it('stops at the end of the clause, so a negation does not reach the next phrase', () => {
    expect(classifyStatus('No delays, on track')).toBe('on_track');
    expect(classifyStatus('No delays and on track')).toBe('on_track');
    expect(classifyStatus('No issues - completed')).toBe('complete');
    expect(classifyStatus('Implementation is on track with no escalation to the Board.')).toBe('on_track');
  });

  it('reaches over a few words only', () => {
    expect(classifyStatus('No change to the agreed plan since the workshop; completed')).toBe('complete');
    expect(classifyStatus('No one expected the work to be this far, completed')).toBe('complete');
  });
});
