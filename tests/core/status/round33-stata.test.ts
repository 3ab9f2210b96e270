import { table } from './table';

/*
 * Round 33 (stata), from a fresh reviewer's misreads: a place shut as a problem is no action closed; a setback beside
 * a remedy under way stays at risk; a step denied "as planned" with any verb is the plan missed; a forecast with a
 * condition after it is at risk; a trouble put in the past and recovered is on track, as is work "far from stalled";
 * a cohort "at risk of" something is no risk statement.
 */

describe('A: a place or service shut is an operational problem, not the action closed', () => {
  table([
    ['S136 suite closed due to staffing on 6 occasions in October', 'at_risk'],
    ['Ward 3 (Cedar) temporarily closed to admissions following safeguarding concerns', 'at_risk'],
    ['Water safety: Pseudomonas positives on 3 outlets in NNU; outlets taken out of use and enhanced flushing regime in place', 'at_risk'],
    ['Aseptic unit MHRA inspection: critical finding, unit closed to production', 'at_risk'],
    ['Clinic closed due to staffing', 'at_risk'],
    ['Ward closed to admissions', 'at_risk'],
    ['Theatre 4 closed for 3 weeks due to flooding', 'at_risk'],
    ['MIU closed overnight due to staffing', 'at_risk'],
    ['Bay 2 beds closed following outbreak', 'at_risk'],
    // A closure over, an action or a study closed, and a place closed as the action asked, keep their reading.
    ['Ward closed to admissions in Oct; reopened 1 Nov', 'unknown'],
    ['Ward 5 closed - reconfiguration complete', 'complete'],
    ['Action closed', 'complete'],
    ['Closed – evidence provided', 'complete'],
    ['Recommendation closed at ARC', 'complete'],
    ['Fieldwork closed 28/11, results Feb', 'complete'],
    ['Study closed early - failed to recruit (4/60)', 'off_track'],
  ]);
});

describe('B: a setback beside a remedy under way is at risk, not on track', () => {
  table([
    ['Fire door remedials: 212 of 340 doors completed; contractor resource issues slowing progress', 'at_risk'],
    ['Highfield surgery lease expires Mar 27 and landlord not renewing; options appraisal in train', 'at_risk'],
    ['LeDeR reviews: 14 beyond 6-month completion standard; additional reviewers being trained', 'at_risk'],
    ['Quotes came in 40% above budget; value engineering exercise under way', 'at_risk'],
    ['Only 4 of 12 loggists trained; course cancelled by provider', 'at_risk'],
    ['MMR catch-up campaign uptake lower than expected; second wave of invitations issued', 'at_risk'],
    ['Committee effectiveness survey closed with only 40% response; re-run planned', 'at_risk'],
    ['40% complete (planned 70% by this point)', 'at_risk'],
    ['Supplier issues; re-tender under way', 'at_risk'],
    ['Only 3 of 10 wards trained', 'at_risk'],
    ['Dental flexible commissioning: only 60% of additional UDAs delivered, practices handing back contracts', 'at_risk'],
    ['Lead appointed but only 72% of midwives completed CTG training', 'at_risk'],
    // The few are what is left, the level is ahead of plan, or a share of use after a completion: unchanged.
    ['90% complete (planned 80% by now)', 'on_track'],
    ['Implemented - only 40% of wards using the tool', 'on_track'],
    ['Delayed; re-tender under way', 'at_risk'],
    ['Re-tender under way', 'on_track'],
  ]);
});

describe('C: a step denied "as planned" with any verb is the plan missed', () => {
  table([
    ['BAF refresh not presented to Board in Q2 as planned', 'off_track'],
    ['Not taken to Board as planned', 'off_track'],
    ['Report not submitted to ICB in October as planned', 'off_track'],
    // A setback denied is good news.
    ['Not delayed, on schedule', 'on_track'],
    ['Not held up; on time', 'on_track'],
  ]);
});

describe('D: a forecast with a condition after it is at risk', () => {
  table([
    ['Should complete by March, though this depends on Estates finding a decant ward', 'at_risk'],
    ['Should complete by March, but this depends on funding', 'at_risk'],
    ['Delivery expected by March; dependent on funding', 'at_risk'],
    ['On track to complete by March, subject to Board approval', 'at_risk'],
    ['Expected to complete by March', 'on_track'],
    ['Delayed due to staffing, dependent on recruitment', 'at_risk'],
  ]);
});

describe('I: a trouble put in the past and recovered, and work far from stalled, are on track', () => {
  table([
    ['Had been off track, now recovered', 'on_track'],
    ['Was off track, now recovered', 'on_track'],
    ['Had been at risk; now recovered', 'on_track'],
    ['Previously delayed, now recovered', 'on_track'],
    ['Far from stalled', 'on_track'],
    ['Far from stalled - 3 sites now live', 'on_track'],
    ['Was off track in Q1. Remains off track', 'off_track'],
    ['Not stalled - delivered', 'complete'],
  ]);
});

describe('K: a cohort "at risk of" something names who the service is for', () => {
  table([
    ['Children at risk of exploitation: pathway on track', 'on_track'],
    ['Young people at risk of exclusion programme delayed', 'at_risk'],
    ['Pathway for at-risk patients launched; risk of slippage on phase 2', 'at_risk'],
    ['At risk of slipping to Q1', 'at_risk'],
  ]);
});
