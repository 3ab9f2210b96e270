import { greenReason } from '../../../src/core/rating/reasons';
import { rateStep } from '../../../src/core/rating/step';
import { at, due, step } from './fixtures';

/*
 * SPEC 5.1 rule 8: a step not started but due beyond the amber window stays Green, and its
 * reason says so truthfully: "no problem has been reported" would read as if the tool ignored
 * the lead's "Not started". A step with no status, or on track, keeps its own wording.
 */

const dec2 = at('2024-12-02');

describe('a Green step whose status says it has not started', () => {
  it('stays Green, and its reason says it has not started yet', () => {
    expect(rateStep(step({ status: 'not_started', timeframe: due('2024-12-31') }), dec2)).toMatchObject({
      rating: 'green',
      reason: 'Green: the action is due in 29 days (31 Dec 2024); not started yet, with time to start.',
    });
  });

  it('says of a step with no update that there is none yet, of one not read that it is not read as delayed or at risk, and of one on track that it is reported so', () => {
    expect(rateStep(step({ status: 'unknown', silent: true, timeframe: due('2024-12-31') }), dec2).reason).toBe(
      'Green: the action is due in 29 days (31 Dec 2024); no update yet.',
    );
    expect(rateStep(step({ status: 'unknown', timeframe: due('2024-12-31') }), dec2).reason).toBe(
      'Green: the action is due in 29 days (31 Dec 2024) and its update is not read as delayed or at risk.',
    );
    expect(rateStep(step({ status: 'on_track', timeframe: due('2024-12-31') }), dec2).reason).toBe(
      'Green: the action is due in 29 days (31 Dec 2024) and is reported on track.',
    );
  });

  it('is worded by greenReason from the status', () => {
    expect(greenReason('step 2 of 3 "Agree ToR"', '2024-12-31', 29, 'not_started')).toBe(
      'Green: step 2 of 3 "Agree ToR" is due in 29 days (31 Dec 2024); not started yet, with time to start.',
    );
  });
});

describe('a Green step whose update gives no status the rules can read', () => {
  /*
   * Phrase review (rv15): "no problem has been reported" read wrong for a step with no update at
   * all (as if someone had reported); the regression review (rv16) then found "no update says how
   * it stands" beside cells holding an update ("Backlog down from 320 to 140"). A blank status is
   * "no update yet"; an update the rules find no delay or risk in is said to report none.
   */
  it.each([
    ['a week beyond the window', '2024-12-23', false, 'Green: the action is due in 21 days (23 Dec 2024) and its update is not read as delayed or at risk.'],
    ['months ahead', '2025-03-31', false, 'Green: the action is due in 119 days (31 Mar 2025) and its update is not read as delayed or at risk.'],
    ['months ahead, with no update at all', '2025-03-31', true, 'Green: the action is due in 119 days (31 Mar 2025); no update yet.'],
  ])('words an unclassed status when due %s', (_when, end, silent, reason) => {
    expect(rateStep(step({ status: 'unknown', silent, timeframe: due(end) }), dec2).reason).toBe(reason);
  });

  it('never claims a problem was or was not reported', () => {
    expect(greenReason('the action', '2025-01-31', 60, 'unknown')).not.toMatch(/reported/);
    expect(greenReason('the action', '2025-01-31', 60, 'unknown', false, true)).not.toMatch(/reported/);
  });
});
