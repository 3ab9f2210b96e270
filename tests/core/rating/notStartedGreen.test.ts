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

  it('leaves the reasons of a step with no status, or on track, as they were', () => {
    expect(rateStep(step({ status: 'unknown', timeframe: due('2024-12-31') }), dec2).reason).toBe(
      'Green: the action is due in 29 days (31 Dec 2024) and no problem has been reported.',
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
