import { table } from './table';
import { levelVersusTarget } from '../../../src/core/status/targetLevel';
import { measureDirection } from '../../../src/core/status/targetDirection';

/*
 * Round 31: a level measured against a target, plan, standard, requirement, trajectory or cap is read whatever the
 * measure, not only compliance. The wrong side of the target is at risk, the right side on track; which side is wrong
 * depends on whether the measure is better higher (access, pass rates, delivery against plan) or lower (turnover,
 * waits, deficits, times taken, spend against a cap).
 */

describe('a measure better lower is at risk above its target, on track at or below it', () => {
  table([
    ['Nursing turnover 13.2% vs 12% target; exit interview themes being analysed', 'at_risk'],
    ['Agency spend 3.4% of pay bill against 3.2% cap', 'at_risk'],
    ['Commercial trial set-up times 98 days vs 40 day target', 'at_risk'],
    ['Backlog maintenance high risk items reduced from 42 to 31 against target of 20', 'at_risk'],
    ['Smoking at time of delivery 11.2% vs 6% ambition - still above trajectory', 'at_risk'],
    ['52 week waits 1,420 vs trajectory 1,100; validation sprint underway', 'at_risk'],
    ['DNA rate 12% vs 8% target', 'at_risk'],
    // Variants of our own: other wordings of a falling measure, and the right side of the target.
    ['Vacancy rate 9% against 7% target', 'at_risk'],
    ['Agency spend below cap (2.9% vs 3.2%) for 3 consecutive months', 'on_track'],
    ['Sickness absence 4.1% vs 4.5% target', 'on_track'],
    ['Time to hire 62 days against 45 day standard', 'at_risk'],
  ]);
});

describe('a measure better higher is at risk below its target, on track at or above it', () => {
  table([
    ['CAMHS eating disorder urgent referrals within 1 week: 58% vs 95% standard', 'at_risk'],
    ['CIP delivery £8.4m YTD against plan of £11.2m (75%). Recurrent delivery 52%.', 'at_risk'],
    ['Medical e-job planning 45% vs 90% target - consultant engagement issues', 'at_risk'],
    ['RTT 57.9% vs plan 60% by March 27; gap closing slowly', 'at_risk'],
    ['Advice and Guidance utilisation 14 per 100 referrals vs 21 target', 'at_risk'],
    ['OSCE first time pass rate 54% vs 80% target', 'at_risk'],
    ['Dementia diagnosis rate 61.8% vs 66.7% - below national ambition', 'at_risk'],
    ['MBRRACE report action: only 72% vs 90% required', 'at_risk'],
    ['Schemes identified for 85% of CIP target; 15% gap (£1.8m) unidentified', 'at_risk'],
    ['CYP access 72% of target', 'at_risk'],
    ['Recruitment to NIHR portfolio studies 1,240 YTD vs 1,100 target', 'on_track'],
    ['Appointments within 2 weeks 86% (target 85%)', 'on_track'],
    ['IAPT/Talking Therapies recovery rate 51% (target 50%)', 'on_track'],
    // Variants of our own.
    ['Savings £1.1m against a target of £1.5m', 'at_risk'],
    ['Patients seen within 18 weeks: 71% vs 92% standard', 'at_risk'],
    ['Cancer FDS 78.4% (target 77%)', 'on_track'],
  ]);
});

describe('a level off its target with the gap said adverse or widening, or over a zero target, is off track', () => {
  table([
    ['Deficit of £14.2m at M8 vs plan £9.8m; adverse variance £4.4m', 'off_track'],
    ['78ww breaches: 12 at M8 against zero target - capacity constrained in spinal surgery', 'off_track'],
    ['Sickness absence 6.2% vs 4.5% target - deteriorating', 'off_track'],
    ['Never events: 2 against zero tolerance target', 'off_track'],
    // Without either, only at risk; on the right side, adverse words elsewhere do not make it a miss.
    ['Deficit of £10.2m vs plan £9.8m', 'at_risk'],
    ['Deficit £9.1m vs plan £9.8m', 'on_track'],
  ]);
});

describe('a target named as met is met', () => {
  table([
    ['95% target achieved', 'complete'],
    ['Target achieved - 96%', 'complete'],
    // A completion word beside the figure makes it a tally of work done, on the way (round 10, round 18).
    ['Achieved 78% of target', 'on_track'],
    ['CIP: £1.2m achieved against £3m target', 'on_track'],
    ['47 staff trained to date (target 120)', 'on_track'],
  ]);
});

describe('figures that are no level against a target are left as they were', () => {
  table([
    ['Phase 2 vs phase 1', 'unknown'],
    ['DPI share 38% (Q2) against 50% target.', 'unknown'],
    ['Cohort 12 vs cohort 10 plan', 'unknown'],
    ['On track - compliance 78% against 90% target', 'on_track'],
    // A rating the lead gives beside the level stands: the target is an end point still to reach.
    ['75% of staff trained against 85% target by March - on trajectory', 'on_track'],
    ['Referral numbers 120 against plan of 100', 'unknown'],
  ]);
  it('reads the level, not a figure fused to a word or a rate base', () => {
    expect(levelVersusTarget('Breaches 12 at M8 against zero target')).toBe('off_track');
    expect(levelVersusTarget('Utilisation 14 per 100 referrals vs 21 target')).toBe('at_risk');
    expect(levelVersusTarget('Sessions held 12 Nov vs 10 Dec plan')).toBeNull();
  });
  it('takes the direction from the measure named, and none from both or neither', () => {
    expect(measureDirection(['turnover'], '%')).toBe('falling');
    expect(measureDirection(['pass', 'rate'], '%')).toBe('rising');
    expect(measureDirection(['set', 'up'], 'days')).toBe('falling');
    expect(measureDirection(['vacancy', 'fill', 'rate'], '%')).toBeNull();
    expect(measureDirection(['cohort'], '')).toBeNull();
  });
});
