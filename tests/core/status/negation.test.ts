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
    for (const text of ['Not yet complete', 'Incomplete', 'Has not been fully implemented', "Hasn't been signed off"]) {
      expect([text, classifyStatus(text)]).toEqual([text, 'unknown']);
    }
    // Round 25 (reviewer11.test.ts): "Not complete(d)" alone says the work is not done, at risk.
    for (const text of ['Not complete', 'Not completed']) expect([text, classifyStatus(text)]).toEqual([text, 'at_risk']);
    // Round 16: "Not done" says nothing was done, as "Not implemented" does: not started (still never complete).
    expect(classifyStatus('Not done')).toBe('not_started');
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

  // A negated risk is no risk, and a lead's word that nothing is wrong (SPEC 4: negation matters): on track,
  // which SPEC 5.1 rates Green near its deadline where a cell with no word of progress would be Amber.
  it('reads a negated risk as nothing wrong: on track', () => {
    for (const text of ['Not delayed', 'No delays', 'No significant issues', 'Not at risk', 'No slippage', 'No slippage anticipated', 'No concerns', 'Not behind', 'No issues', 'No risks identified']) {
      expect([text, classifyStatus(text)]).toEqual([text, 'on_track']);
    }
  });

  it('does not read a negated escalation as anything: it says how a risk is handled, not how the work stands', () => {
    for (const text of ['No escalations', 'No escalations to the Board', 'Not escalated']) {
      expect([text, classifyStatus(text)]).toEqual([text, 'unknown']);
    }
  });

  it('reads a negated off-track word as nothing wrong: on track', () => {
    expect(classifyStatus('Not overdue')).toBe('on_track');
    expect(classifyStatus('No significant risk')).toBe('on_track');
    expect(classifyStatus('Not blocked')).toBe('on_track');
  });

  it('lets a word that nothing is wrong yield to any other phrase in the entry, and to any other entry', () => {
    expect(classifyStatus('Not started - no issues')).toBe('not_started');
    expect(classifyStatus('Awaiting funding; no delay yet')).toBe('at_risk');
    expect(classifyStatus('Overdue - no escalation yet')).toBe('off_track');
    expect(classifyStatus('Complete\nNo issues')).toBe('complete');
    expect(classifyStatus('Delayed\nNo delays now')).toBe('at_risk');
    expect(classifyStatus('Workshop held 12 Oct; no issues')).toBe('complete');
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
