import { rateAction } from '../../../src/core/rating/action';
import { meetingCutoff, rateStep } from '../../../src/core/rating/step';
import { at, due, step } from './fixtures';

/*
 * The edges SPEC 5.1 and 5.2 state in numbers and dates: "before asOf" is overdue, "within
 * amberWindowDays" includes the last day of the window, "on or before the next meeting" includes
 * the meeting day, and the window stands in for a meeting that is not set.
 */

describe('an amber window of 0 days', () => {
  const today = at('2022-11-30', { amberWindowDays: 0 });

  it('still makes a step due today with no sign of a start Amber, and one due tomorrow Green', () => {
    expect(rateStep(step({ timeframe: due('2022-11-30') }), today)).toMatchObject({ rating: 'amber', reason: 'Amber: the action is due today (30 Nov 2022) and no update says it is under way.' });
    expect(rateStep(step({ timeframe: due('2022-12-01') }), today).rating).toBe('green');
  });

  it('puts only what is due by today on the agenda when no meeting is set', () => {
    expect(meetingCutoff(today)).toBe('2022-11-30');
    expect(rateStep(step({ status: 'on_track', timeframe: due('2022-11-30') }), today).focus).toBe('update_due');
    expect(rateStep(step({ status: 'on_track', timeframe: due('2022-12-01') }), today).focus).toBe('next_step');
  });
});

describe('the as-of date itself', () => {
  const nov30 = at('2022-11-30');

  it('is not yet overdue, and the day before it is 1 day overdue', () => {
    expect(rateStep(step({ status: 'not_started', timeframe: due('2022-11-30') }), nov30).rating).toBe('amber');
    expect(rateStep(step({ status: 'not_started', timeframe: due('2022-11-29') }), nov30).reason).toBe('Red: the action was due 29 Nov 2022 and is 1 day overdue.');
  });

  it('is the next meeting when the meeting is held that day', () => {
    const meetingToday = at('2022-11-30', { nextMeeting: { date: '2022-11-30', name: 'ELG November' } });
    expect(rateStep(step({ status: 'on_track', timeframe: due('2022-11-30') }), meetingToday).focus).toBe('update_due');
    expect(rateStep(step({ status: 'on_track', timeframe: due('2022-12-01') }), meetingToday).focus).toBe('next_step');
  });
});

describe('the amber window is counted in days, across a month and a year end', () => {
  it('makes a step due 14 days after 20 Dec (3 Jan) Amber and 4 Jan Green', () => {
    const dec20 = at('2022-12-20');
    expect(rateStep(step({ timeframe: due('2023-01-03') }), dec20).reason).toBe('Amber: the action is due in 14 days (3 Jan 2023) and no update says it is under way.');
    expect(rateStep(step({ timeframe: due('2023-01-04') }), dec20).rating).toBe('green');
  });

  it('counts a leap day', () => {
    expect(rateStep(step({ timeframe: due('2024-03-14') }), at('2024-02-29')).rating).toBe('amber');
    expect(rateStep(step({ timeframe: due('2024-02-28') }), at('2024-03-01')).reason).toBe('Red: the action was due 28 Feb 2024 and is 2 days overdue.');
  });
});

describe('meeting focus of Red steps (SPEC 5.2)', () => {
  const withMeeting = at('2022-11-30', { nextMeeting: { date: '2022-12-14', name: 'ELG December 22' } });

  it('leaves an undated off-track step a next step: focus follows deadlines, the rating says it is off track', () => {
    const offTrack = rateStep(step({ status: 'off_track', timeframe: due(null), timeframeText: 'TBC' }), withMeeting);
    expect(offTrack).toMatchObject({ rating: 'red', focus: 'next_step' });
  });

  it('makes a whole action update due when one open step is overdue, even if the rest are far off', () => {
    const steps = [due('2022-11-01'), due('2023-06-30')].map((timeframe, i) => {
      const input = step({ text: `Step ${i + 1}`, index: i + 1, count: 2, status: 'on_track', timeframe });
      return { ...rateStep(input, withMeeting), status: input.status, timeframe };
    });
    expect(rateAction(steps, withMeeting)).toMatchObject({ rating: 'red', focus: 'update_due', nextDue: '2022-11-01' });
  });
});
