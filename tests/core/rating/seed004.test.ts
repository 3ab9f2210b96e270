import { rateAction } from '../../../src/core/rating/action';
import { rateStep, type StepInput } from '../../../src/core/rating/step';
import type { Settings } from '../../../src/core/settings';
import type { StatusClass, Timeframe } from '../../../src/core/types';
import { at, ELG_DECEMBER } from './fixtures';

/*
 * Rows of the THT Engagement Lead Group action plan (seed 004, "3 November update"), rated at
 * the 30 November 2022 report date ahead of "ELG December 22" on 14 December. Time frames are
 * given as the time-frame parser reads them (no meeting calendar, so "Feb Board 23" is February).
 */

type Row = readonly (readonly [text: string, timeframeText: string | null, timeframe: Timeframe, status: StatusClass])[];

const tf = (kind: Timeframe['kind'], start: string | null, end: string | null): Timeframe => ({ kind, start, end, redated: false });

function rateRow(row: Row, settings: Settings) {
  const steps = row.map(([text, timeframeText, timeframe, status], i) => {
    // Every step these rows leave unknown has no status entry in the seed: no update at all.
    const input: StepInput = { text, timeframe, timeframeText, status, statusRedated: false, override: null, silent: status === 'unknown', index: i + 1, count: row.length };
    return { ...rateStep(input, settings), status, timeframe };
  });
  return { steps, action: rateAction(steps, settings) };
}

const ROW_1: Row = [
  ['Draft public comms on the purpose and aim of THT', 'End of Nov 22', tf('month', '2022-11-01', '2022-11-30'), 'complete'],
  ['Review of other models and options (e.g. Foundation Trust governing bodies)', 'End of Dec 22', tf('month', '2022-12-01', '2022-12-31'), 'on_track'],
  ['Engagement Manager to identify forums to discuss THT accountability and transparency', 'End of Dec 22', tf('month', '2022-12-01', '2022-12-31'), 'on_track'],
  ['Develop options paper for THT Board', 'Feb Board 23', tf('meeting', '2023-02-01', '2023-02-28'), 'unknown'],
];

const ELG = at('2022-11-30', { nextMeeting: ELG_DECEMBER });

describe('seed 004, recommendation 1 (THT board critical friends), at 30 Nov 2022', () => {
  const { steps, action } = rateRow(ROW_1, ELG);

  it('rates "Draft public comms…" (End of Nov 22, Completed) Complete', () => {
    expect(steps[0]).toMatchObject({
      rating: 'complete',
      focus: 'complete',
      reason: 'Complete: step 1 of 4 "Draft public comms on the purpose and aim of THT" is marked complete.',
    });
  });

  it('rates "Review of other models…" (End of Dec 22, On track) Green, a next step since 31 Dec is after the meeting', () => {
    expect(steps[1]).toMatchObject({
      rating: 'green',
      focus: 'next_step',
      reason: 'Green: step 2 of 4 "Review of other models and options (e.g. Foundation Trust…" is due in 31 days (31 Dec 2022) and is reported on track.',
    });
  });

  it('rates "Develop options paper for THT Board" (Feb Board 23, no status) Green, a next step', () => {
    expect(steps[3]).toMatchObject({
      rating: 'green',
      focus: 'next_step',
      reason: 'Green: step 4 of 4 "Develop options paper for THT Board" is due in 90 days (28 Feb 2023); no update yet.',
    });
  });

  it('rates the recommendation Green from its first open step, next due 31 Dec 2022', () => {
    expect(action).toEqual({ rating: 'green', focus: 'next_step', reason: steps[1]?.reason, status: 'on_track', nextDue: '2022-12-31' });
  });

  it('turns Red on 3 Jan 2023 when the December steps are still only "On track"', () => {
    const later = rateRow(ROW_1, at('2023-01-03', { nextMeeting: { date: '2023-01-11', name: 'January ELG meeting' } }));
    expect(later.action).toMatchObject({
      rating: 'red',
      focus: 'update_due',
      reason: 'Red: step 2 of 4 "Review of other models and options (e.g. Foundation Trust…" was due 31 Dec 2022 and is 3 days overdue.',
    });
  });
});

describe('seed 004, recommendation 2 (recruitment of the lay member), at 30 Nov 2022', () => {
  const { action } = rateRow(
    [
      ['Draft and circulate Job Description', 'End Oct 2022', tf('month', '2022-10-01', '2022-10-31'), 'complete'],
      ['Review and design recruitment process', 'Mid Nov', tf('month', '2022-11-15', '2022-11-15'), 'complete'],
      ['Open recruitment and share through local networks and contacts', 'Complete by mid Dec', tf('month', null, '2022-12-15'), 'unknown'],
      ['Interviews', '5/1/23', tf('date', '2023-01-05', '2023-01-05'), 'unknown'],
    ],
    ELG,
  );

  it('is Green: "Complete by mid Dec" is 15 days away, one beyond the amber window and the meeting', () => {
    expect(action).toEqual({
      rating: 'green',
      focus: 'next_step',
      reason: 'Green: step 3 of 4 "Open recruitment and share through local networks and…" is due in 15 days (15 Dec 2022); no update yet.',
      status: 'unknown',
      nextDue: '2022-12-15',
    });
  });
});

describe('seed 004, recommendation 5 ("Update: Deadlines adjusted…"), at 30 Nov 2022', () => {
  const { steps, action } = rateRow(
    [
      ['Review THT project planning criteria to include engagement plan and agree with Lifecourse workstream leads', 'End of Jan 23', tf('month', '2023-01-01', '2023-01-31'), 'at_risk'],
      ['Revised THT project planning criteria agreed by THT', 'March 23 Board', tf('meeting', '2023-03-01', '2023-03-31'), 'at_risk'],
      ['Engagement Manager to advise Lifecourse workstream leads on engagement if required', 'On-going following board decision', tf('ongoing', null, null), 'at_risk'],
    ],
    ELG,
  );

  it('rates every step Amber, the on-going one included', () => {
    expect(steps.map((s) => s.rating)).toEqual(['amber', 'amber', 'amber']);
  });

  it('gives the first step as the reason', () => {
    expect(action).toMatchObject({
      rating: 'amber',
      focus: 'next_step',
      reason: 'Amber: step 1 of 3 "Review THT project planning criteria to include engagement…" is reported as delayed or at risk (due 31 Jan 2023).',
      nextDue: '2023-01-31',
    });
  });
});

describe('seed 004, recommendation 7 (annual impact report), at 30 Nov 2022', () => {
  const { steps, action } = rateRow(
    [
      ['Draft report structure to share with Lifecourse Workstreams', 'Mid February', tf('month', '2023-02-15', '2023-02-15'), 'unknown'],
      ['Feedback from Lifecourse Workstream for report', 'End of April', tf('month', '2023-04-30', '2023-04-30'), 'unknown'],
      ['Publish report with THT Annual Report', 'TBC', tf('tbc', null, null), 'unknown'],
    ],
    ELG,
  );

  it('leaves "Publish report with THT Annual Report" (TBC) Not rated', () => {
    expect(steps[2]?.reason).toBe(
      'Not rated: step 3 of 3 "Publish report with THT Annual Report" has the time frame "TBC" and cannot be rated until a date is set.',
    );
  });

  it('rates the recommendation Green from its dated steps', () => {
    expect(action).toMatchObject({
      rating: 'green',
      reason: 'Green: step 1 of 3 "Draft report structure to share with Lifecourse Workstreams" is due in 77 days (15 Feb 2023); no update yet.',
    });
  });
});

describe('seed 004, recommendation 8 ("New time frame to be developed"), at 30 Nov 2022', () => {
  const { action } = rateRow(
    [
      ['Engagement Leads provided information on successful QI health inequalities projects', 'New time frame to be developed', tf('tbc', null, null), 'unknown'],
      ['Engagement Leads confirm support for QI health inequalities projects', 'New time frame to be developed', tf('tbc', null, null), 'unknown'],
    ],
    ELG,
  );

  it('is Not rated until a date is set, and not on the meeting agenda', () => {
    expect(action).toEqual({
      rating: 'not_rated',
      focus: 'next_step',
      reason:
        'Not rated: step 1 of 2 "Engagement Leads provided information on successful QI…" has the time frame "New time frame to be developed" and cannot be rated until a date is set.',
      status: 'unknown',
      nextDue: null,
    });
  });
});
