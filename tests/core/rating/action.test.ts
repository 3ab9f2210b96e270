import fc from 'fast-check';
import {
  isRating,
  parseRatingWord,
  rateAction,
  ratingOrder,
  worseOf,
  type RatedStep,
} from '../../../src/core/rating/action';
import type { Focus, IsoDate, Rating, StatusClass } from '../../../src/core/types';
import { at, due } from './fixtures';

const nov30 = at('2022-11-30');

function rated(rating: Rating, end: IsoDate | null = null, focus: Focus = 'next_step', status: StatusClass = 'unknown'): RatedStep {
  return { rating, focus: rating === 'complete' ? 'complete' : focus, reason: `${rating} ${end ?? 'undated'}`, status, timeframe: due(end) };
}

describe('rateAction: an action from its steps (SPEC 5.2)', () => {
  it('is Complete when every step is complete, saying so for several steps', () => {
    const steps = [rated('complete', '2022-10-31', 'complete', 'complete'), rated('complete', '2022-11-15', 'complete', 'complete')];
    expect(rateAction(steps, nov30)).toEqual({
      rating: 'complete',
      focus: 'complete',
      reason: 'Complete: both steps are complete.',
      status: 'complete',
      nextDue: null,
    });
  });

  it("keeps a lone complete step's own reason", () => {
    const only = { ...rated('complete', null, 'complete', 'complete'), reason: 'Complete: the action is marked complete.' };
    expect(rateAction([only], nov30).reason).toBe('Complete: the action is marked complete.');
  });

  it('takes the worst open step: red over amber over green over not rated', () => {
    expect(rateAction([rated('green', '2023-01-31'), rated('red', '2022-11-01'), rated('amber', '2022-12-05')], nov30).rating).toBe('red');
    expect(rateAction([rated('green', '2023-01-31'), rated('amber', '2022-12-05')], nov30).rating).toBe('amber');
    expect(rateAction([rated('not_rated'), rated('green', '2023-01-31')], nov30).rating).toBe('green');
  });

  it('is Not rated when the only open steps are undated, whatever is complete', () => {
    expect(rateAction([rated('complete', '2022-11-01', 'complete', 'complete'), rated('not_rated')], nov30).rating).toBe('not_rated');
  });

  it('gives the reason and status of the worst step due soonest, so the reason names the step to look at first', () => {
    const later = { ...rated('amber', '2022-12-10', 'update_due', 'not_started'), reason: 'later amber' };
    const sooner = { ...rated('amber', '2022-12-01', 'update_due', 'at_risk'), reason: 'sooner amber' };
    const verdict = rateAction([rated('green', '2023-01-31', 'next_step', 'on_track'), later, sooner], nov30);
    expect(verdict).toMatchObject({ rating: 'amber', reason: 'sooner amber', status: 'at_risk' });
  });

  it('names the Green step that is next due, so the reason agrees with the Next due column', () => {
    const verdict = rateAction([rated('green', '2023-03-31'), rated('green', '2022-12-31')], nov30);
    expect(verdict).toMatchObject({ reason: 'green 2022-12-31', nextDue: '2022-12-31' });
  });

  it('names the most overdue of several Red steps, and a dated step before an undated one', () => {
    expect(rateAction([rated('red', '2022-11-20'), rated('red', '2022-10-31')], nov30).reason).toBe('red 2022-10-31');
    expect(rateAction([rated('not_rated'), rated('not_rated')], nov30).reason).toBe('not_rated undated');
    const offTrack = { ...rated('red'), reason: 'off track, undated' };
    expect(rateAction([offTrack, rated('red', '2022-11-01')], nov30).reason).toBe('red 2022-11-01');
  });

  it('keeps the first by position among equally bad steps due the same day', () => {
    const first = { ...rated('amber', '2022-12-10'), reason: 'first' };
    const second = { ...rated('amber', '2022-12-10'), reason: 'second' };
    expect(rateAction([first, second], nov30).reason).toBe('first');
  });

  it('is update due when any open step is update due, else next step', () => {
    expect(rateAction([rated('green', '2023-02-28', 'next_step'), rated('green', '2022-12-10', 'update_due')], nov30).focus).toBe('update_due');
    expect(rateAction([rated('green', '2023-02-28', 'next_step'), rated('not_rated')], nov30).focus).toBe('next_step');
    expect(rateAction([rated('complete', '2022-11-01'), rated('green', '2023-02-28')], nov30).focus).toBe('next_step');
  });

  it('gives the earliest deadline among open steps as next due, ignoring complete steps', () => {
    const steps = [rated('complete', '2022-11-01'), rated('green', '2023-02-28'), rated('not_rated'), rated('green', '2022-12-31')];
    expect(rateAction(steps, nov30).nextDue).toBe('2022-12-31');
  });

  it('has no next due when every open step is undated', () => {
    expect(rateAction([rated('not_rated'), rated('not_rated')], nov30).nextDue).toBeNull();
  });

  it('reads an action without steps as Not rated rather than Complete', () => {
    expect(rateAction([], nov30)).toEqual({
      rating: 'not_rated',
      focus: 'next_step',
      reason: 'Not rated: the action has no steps to rate.',
      status: 'unknown',
      nextDue: null,
    });
  });

  describe('for any steps', () => {
    const ratingArb = fc.constantFrom<Rating>('complete', 'green', 'amber', 'red', 'not_rated');
    const dateArb = fc.option(fc.integer({ min: 0, max: 900 }).map((n) => `2022-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`));
    const stepsArb = fc.array(fc.tuple(ratingArb, dateArb).map(([r, d]) => rated(r, d)), { minLength: 1, maxLength: 12 });

    it('is Complete exactly when every step is complete', () => {
      fc.assert(
        fc.property(stepsArb, (steps) => {
          const all = steps.every((s) => s.rating === 'complete');
          expect(rateAction(steps, nov30).rating === 'complete').toBe(all);
        }),
      );
    });

    it('is the worst rating among the steps, and next due is no later than any open deadline', () => {
      fc.assert(
        fc.property(stepsArb, (steps) => {
          const verdict = rateAction(steps, nov30);
          expect(verdict.rating).toBe(steps.map((s) => s.rating).reduce(worseOf));
          for (const s of steps) {
            if (s.rating !== 'complete' && s.timeframe.end !== null) expect((verdict.nextDue ?? '9999-12-31') <= s.timeframe.end).toBe(true);
          }
        }),
      );
    });
  });
});

describe('rating order', () => {
  it('ranks red worst, then amber, green, not rated and complete', () => {
    const ranked = (['complete', 'not_rated', 'green', 'amber', 'red'] as const).map(ratingOrder);
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
    expect(worseOf('green', 'red')).toBe('red');
    expect(worseOf('amber', 'green')).toBe('amber');
    expect(worseOf('complete', 'not_rated')).toBe('not_rated');
  });
});

describe('isRating', () => {
  it('accepts the five engine values only', () => {
    for (const r of ['complete', 'green', 'amber', 'red', 'not_rated']) expect(isRating(r)).toBe(true);
    for (const x of ['Red', 'blue', '', null, undefined, 3, 'toString', {}]) expect(isRating(x)).toBe(false);
  });
});

describe('parseRatingWord: a manual RAG override cell', () => {
  it.each<[string, Rating]>([
    ['Red', 'red'],
    ['R', 'red'],
    ['amber', 'amber'],
    ['A', 'amber'],
    ['GREEN', 'green'],
    ['g', 'green'],
    ['Complete', 'complete'],
    ['Completed', 'complete'],
    ['Blue', 'complete'],
    ['B', 'complete'],
    ['Not rated', 'not_rated'],
    ['not-rated', 'not_rated'],
    ['  Amber  ', 'amber'],
  ])('reads "%s" as %s', (text, rating) => {
    expect(parseRatingWord(text)).toBe(rating);
  });

  it.each(['', 'Amber/Red', 'Red - behind schedule', 'On track', 'constructor', 'Rd'])('ignores "%s", which is not a whole rating word', (text) => {
    expect(parseRatingWord(text)).toBeNull();
  });
});
