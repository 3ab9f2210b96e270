import { meetingCutoff, rateStep, stepFocus } from '../../../src/core/rating/step';
import type { Rating } from '../../../src/core/types';
import { at, due, ELG_DECEMBER, step } from './fixtures';

const nov30 = at('2022-11-30');

describe('rateStep: the first rule of SPEC 5.1 that applies wins', () => {
  describe('rule 1: a valid RAG override', () => {
    it.each<[Rating, string]>([
      ['red', 'Red: set by hand in the RAG override column.'],
      ['amber', 'Amber: set by hand in the RAG override column.'],
      ['green', 'Green: set by hand in the RAG override column.'],
      ['complete', 'Complete: set by hand in the RAG override column.'],
      ['not_rated', 'Not rated: set by hand in the RAG override column.'],
    ])('sets the rating to %s by hand', (override, reason) => {
      expect(rateStep(step({ override }), nov30)).toMatchObject({ rating: override, reason });
    });

    it('beats everything: a completed step, an off-track status and an overdue date', () => {
      expect(rateStep(step({ override: 'amber', status: 'complete' }), nov30).rating).toBe('amber');
      expect(rateStep(step({ override: 'green', status: 'off_track' }), nov30).rating).toBe('green');
      expect(rateStep(step({ override: 'green', timeframe: due('2022-10-31') }), nov30).rating).toBe('green');
    });
  });

  describe('rule 2: status complete', () => {
    it('is Complete', () => {
      expect(rateStep(step({ status: 'complete' }), nov30)).toEqual({
        rating: 'complete',
        focus: 'complete',
        reason: 'Complete: the action is marked complete.',
      });
    });

    it('is never downgraded by an overdue, re-dated or missing date', () => {
      expect(rateStep(step({ status: 'complete', timeframe: due('2022-10-31') }), nov30).rating).toBe('complete');
      expect(rateStep(step({ status: 'complete', timeframe: due('2022-12-31', 'month', true) }), nov30).rating).toBe('complete');
      expect(rateStep(step({ status: 'complete', statusRedated: true }), nov30).rating).toBe('complete');
      expect(rateStep(step({ status: 'complete', timeframe: due(null), timeframeText: 'TBC' }), nov30).rating).toBe('complete');
    });
  });

  describe('rule 3: status off track', () => {
    it('is Red, naming the deadline', () => {
      expect(rateStep(step({ status: 'off_track', timeframe: due('2022-12-31', 'month') }), nov30)).toMatchObject({
        rating: 'red',
        reason: 'Red: the action is reported as off track (due 31 Dec 2022).',
      });
    });

    it('is Red without a deadline too', () => {
      expect(rateStep(step({ status: 'off_track', timeframe: due(null), timeframeText: 'TBC' }), nov30)).toMatchObject({
        rating: 'red',
        reason: 'Red: the action is reported as off track.',
      });
    });

    it('beats dates: off track and overdue gives the off-track reason, with how overdue it is', () => {
      expect(rateStep(step({ status: 'off_track', timeframe: due('2022-11-01') }), nov30).reason).toBe(
        'Red: the action is reported as off track (due 1 Nov 2022, 29 days overdue).',
      );
    });
  });

  describe('rule 4: open and past its deadline', () => {
    it('is Red with the due date and days overdue', () => {
      const input = step({
        text: 'Draft public comms on the purpose and aim of THT',
        timeframe: due('2022-11-30', 'month'),
        timeframeText: 'End of Nov 22',
        index: 1,
        count: 4,
      });
      expect(rateStep(input, at('2023-01-03'))).toEqual({
        rating: 'red',
        focus: 'update_due',
        reason: 'Red: step 1 of 4 "Draft public comms on the purpose and aim of THT" was due 30 Nov 2022 and is 34 days overdue.',
      });
    });

    it('says "1 day" for a step one day late', () => {
      expect(rateStep(step({ timeframe: due('2022-11-29') }), nov30).reason).toBe(
        'Red: the action was due 29 Nov 2022 and is 1 day overdue.',
      );
    });

    it('is Red even when the lead reports it on track, at risk or re-dated', () => {
      for (const status of ['on_track', 'at_risk', 'not_started'] as const) {
        expect(rateStep(step({ status, timeframe: due('2022-11-29') }), nov30).rating).toBe('red');
      }
      expect(rateStep(step({ timeframe: due('2022-11-29', 'date', true) }), nov30).rating).toBe('red');
    });

    it('says so when the update moved the date but the time frame still gives the one passed (SPEC 3: an update\'s dates are not deadlines)', () => {
      const moved = rateStep(step({ status: 'at_risk', statusRedated: true, timeframe: due('2022-11-29') }), nov30);
      expect(moved).toMatchObject({
        rating: 'red',
        reason: 'Red: the action was due 29 Nov 2022 and is 1 day overdue; the update says it has been re-dated, but the time frame still gives that date.',
      });
      // A time frame that itself gives the new date, now passed too, needs no such words.
      expect(rateStep(step({ statusRedated: true, timeframe: due('2022-11-29', 'date', true) }), nov30).reason).toBe('Red: the action was due 29 Nov 2022 and is 1 day overdue.');
    });

    it('does not count a step due on the as-of date itself as overdue', () => {
      expect(rateStep(step({ status: 'on_track', timeframe: due('2022-11-30') }), nov30).rating).toBe('green');
    });
  });

  describe('rule 5: at risk or re-dated', () => {
    it('is Amber when the status reports delay or risk', () => {
      expect(rateStep(step({ status: 'at_risk', timeframe: due('2023-01-31', 'month') }), nov30)).toMatchObject({
        rating: 'amber',
        reason: 'Amber: the action is reported as delayed or at risk (due 31 Jan 2023).',
      });
    });

    it('is Amber when the time frame was revised', () => {
      expect(rateStep(step({ status: 'on_track', timeframe: due('2023-03-31', 'month', true) }), nov30)).toMatchObject({
        rating: 'amber',
        reason: 'Amber: the action has been re-dated to 31 Mar 2023, which counts as slippage.',
      });
    });

    it('is Amber when the status says the date moved', () => {
      expect(rateStep(step({ statusRedated: true, timeframe: due('2023-03-31') }), nov30).rating).toBe('amber');
    });

    it('applies before the undated rule: an at-risk step with no date is Amber, not Not rated', () => {
      const input = step({ status: 'at_risk', timeframe: due(null, 'ongoing'), timeframeText: 'On-going following board decision' });
      expect(rateStep(input, nov30)).toMatchObject({
        rating: 'amber',
        reason: 'Amber: the action is reported as delayed or at risk.',
      });
      expect(rateStep(step({ statusRedated: true, timeframe: due(null) }), nov30).reason).toBe(
        'Amber: the action has been re-dated, which counts as slippage.',
      );
    });
  });

  describe('rule 6: due within the amber window with no word that it is under way', () => {
    it('is Amber when due exactly amberWindowDays ahead', () => {
      expect(rateStep(step({ timeframe: due('2022-12-14') }), nov30)).toMatchObject({
        rating: 'amber',
        reason: 'Amber: the action is due in 14 days (14 Dec 2022) and no update says it is under way.',
      });
    });

    it('is Green one day beyond the window', () => {
      expect(rateStep(step({ timeframe: due('2022-12-15') }), nov30)).toMatchObject({
        rating: 'green',
        reason: 'Green: the action is due in 15 days (15 Dec 2022) and its update is not read as delayed or at risk.',
      });
    });

    it('is Amber when due today and not started', () => {
      expect(rateStep(step({ status: 'not_started', timeframe: due('2022-11-30') }), nov30).reason).toBe(
        'Amber: the action is due today (30 Nov 2022) and is reported as not started.',
      );
    });

    it('says "1 day" when due tomorrow', () => {
      expect(rateStep(step({ timeframe: due('2022-12-01') }), nov30).reason).toBe(
        'Amber: the action is due in 1 day (1 Dec 2022) and no update says it is under way.',
      );
    });

    it('leaves a step reported on track Green inside the window', () => {
      expect(rateStep(step({ status: 'on_track', timeframe: due('2022-12-05') }), nov30).rating).toBe('green');
    });

    it('follows the amberWindowDays setting', () => {
      const week = at('2022-11-30', { amberWindowDays: 7 });
      expect(rateStep(step({ timeframe: due('2022-12-07') }), week).rating).toBe('amber');
      expect(rateStep(step({ timeframe: due('2022-12-08') }), week).rating).toBe('green');
    });
  });

  describe('rule 7: no usable deadline', () => {
    it.each([
      ['tbc', 'TBC', 'Not rated: the action has the time frame "TBC" and cannot be rated until a date is set.'],
      ['ongoing', 'On-going', 'Not rated: the action has the time frame "On-going" and cannot be rated until a date is set.'],
      [
        'tbc',
        'New time frame to be developed',
        'Not rated: the action has the time frame "New time frame to be developed" and cannot be rated until a date is set.',
      ],
      ['unparseable', 'when ready', 'Not rated: the action has the time frame "when ready" and cannot be rated until a date is set.'],
      ['missing', null, 'Not rated: the action has no time frame and cannot be rated until a date is set.'],
      ['missing', '   ', 'Not rated: the action has no time frame and cannot be rated until a date is set.'],
    ] as const)('is Not rated for a %s time frame (%s)', (kind, text, reason) => {
      const input = step({ timeframe: due(null, kind), timeframeText: text, status: 'on_track' });
      expect(rateStep(input, nov30)).toEqual({ rating: 'not_rated', focus: 'next_step', reason });
    });

    it('is Amber when undatedRating is amber', () => {
      const input = step({ timeframe: due(null, 'tbc'), timeframeText: 'TBC' });
      expect(rateStep(input, at('2022-11-30', { undatedRating: 'amber' }))).toEqual({
        rating: 'amber',
        focus: 'next_step',
        reason: 'Amber: the action has the time frame "TBC", and steps without a date are Amber until a date is set.',
      });
    });

    it('shortens a long time frame in the quotation', () => {
      const text = 'Late Feb to Late March - dependant on workshop format and the venue';
      expect(rateStep(step({ timeframe: due(null, 'unparseable'), timeframeText: text }), nov30).reason).toBe(
        'Not rated: the action has the time frame "Late Feb to Late March - dependant on…" and cannot be rated until a date is set.',
      );
    });
  });

  describe('rule 8: otherwise Green', () => {
    it('is Green when reported on track with a date ahead', () => {
      expect(rateStep(step({ status: 'on_track', timeframe: due('2022-12-31', 'month') }), nov30)).toMatchObject({
        rating: 'green',
        reason: 'Green: the action is due in 31 days (31 Dec 2022) and is reported on track.',
      });
    });
  });

  describe('naming the step', () => {
    it('quotes the step, shortened to about 60 characters at a word boundary', () => {
      const input = step({
        text: 'Review of other models and options (e.g. Foundation Trust governing bodies)',
        timeframe: due('2022-12-31', 'month'),
        status: 'on_track',
        index: 2,
        count: 4,
      });
      expect(rateStep(input, nov30).reason).toBe(
        'Green: step 2 of 4 "Review of other models and options (e.g. Foundation Trust…" is due in 31 days (31 Dec 2022) and is reported on track.',
      );
    });

    it('keeps the quotation intact when the step itself holds double quotes', () => {
      const input = step({ text: 'Publish a "you said / we did" report', status: 'complete', index: 3, count: 3 });
      expect(rateStep(input, nov30).reason).toBe(`Complete: step 3 of 3 "Publish a 'you said / we did' report" is marked complete.`);
    });

    it('names the position alone when the step has no text', () => {
      expect(rateStep(step({ text: ' ', status: 'complete', index: 2, count: 2 }), nov30).reason).toBe(
        'Complete: step 2 of 2 is marked complete.',
      );
    });
  });
});

describe('meeting focus of a step (SPEC 5.2)', () => {
  const withMeeting = at('2022-11-30', { nextMeeting: ELG_DECEMBER });

  it('is complete for a complete step, whatever its date', () => {
    expect(rateStep(step({ status: 'complete', timeframe: due('2022-11-01') }), withMeeting).focus).toBe('complete');
  });

  it('is update due when the deadline is on the next meeting date', () => {
    expect(rateStep(step({ status: 'on_track', timeframe: due('2022-12-14') }), withMeeting).focus).toBe('update_due');
  });

  it('is next step when the deadline is the day after the next meeting', () => {
    expect(rateStep(step({ status: 'on_track', timeframe: due('2022-12-15') }), withMeeting).focus).toBe('next_step');
  });

  it('is update due when the step is overdue, even if the meeting date has passed', () => {
    const stale = at('2022-11-30', { nextMeeting: { date: '2022-11-01', name: 'ELG October' } });
    expect(rateStep(step({ timeframe: due('2022-11-15') }), stale).focus).toBe('update_due');
  });

  it('is next step for an undated step', () => {
    expect(rateStep(step({ timeframe: due(null), timeframeText: 'TBC' }), withMeeting).focus).toBe('next_step');
  });

  it('uses the end of the amber window when there is no next meeting', () => {
    expect(meetingCutoff(nov30)).toBe('2022-12-14');
    expect(rateStep(step({ status: 'on_track', timeframe: due('2022-12-14') }), nov30).focus).toBe('update_due');
    expect(rateStep(step({ status: 'on_track', timeframe: due('2022-12-15') }), nov30).focus).toBe('next_step');
  });

  it('uses the next meeting date, not the window, when a meeting is set further out', () => {
    const january = at('2022-11-30', { nextMeeting: { date: '2023-01-11', name: 'January ELG meeting' } });
    expect(stepFocus('green', '2023-01-11', january)).toBe('update_due');
    expect(stepFocus('green', '2023-01-12', january)).toBe('next_step');
  });

  it('treats a step set to Complete by hand as complete', () => {
    expect(rateStep(step({ override: 'complete', timeframe: due('2022-11-01') }), nov30).focus).toBe('complete');
  });
});
