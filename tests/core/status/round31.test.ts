import { table } from './table';

/*
 * Round 31, from fresh reviewers' misreads: a completion that names part of the work, an instance of recurring work,
 * a draft going on for approval, a window still open or a minor step after an on-track headline leaves the action
 * open; a reopening after a failed check and part of a set missed are slippage; failure words trackers write
 * ("refused", "not recoverable", "no suitable applicants") read as failure; a reply awaited after the lead's own
 * step is on track; clear completions ("Standards Met", "eliminated", "renewed") are read.
 */

describe('1: a completion of part, a step or an instance is not the action done', () => {
  table([
    ['EPR Phase 2 go-live remains on track for 3 March 2027. Dress rehearsal 2 completed successfully.', 'on_track'],
    ['Go-live remains on track for April. Cutover rehearsal 1 completed.', 'on_track'],
    ['On track for completion in March. Training session 3 delivered.', 'on_track'],
    // The headline's words name the whole: done.
    ['On track for March. All actions completed.', 'complete'],
    ['Testing completed. On track for go-live', 'on_track'],
    // Part done, and a level short of its requirement after it (round31targets): at risk.
    ['DSPT 2026/27 - 98 of 113 mandatory evidence items complete; cyber training at 83% vs 95% requirement', 'at_risk'],
    ['45 of 60 staff trained', 'on_track'],
    // A count short of all the posts, read by the recruitment rule (status/posts.ts) as a whole-entry completion.
    ['4 of 6 in post', 'on_track'],
    ['Recruitment: 4 of 6 staff in post', 'on_track'],
    ['6 of 6 in post', 'complete'],
    ['12 out of 14 wards complete', 'on_track'],
    ['14 of 14 wards complete', 'complete'],
    ['Progressing - 60% of clinical documentation templates built and signed off by CCIO', 'on_track'],
    ['75% of policies reviewed and approved', 'on_track'],
    ['100% of staff trained', 'complete'],
    ['0% of staff outstanding - all trained', 'complete'],
    ['Waste segregation audit complete for Q2; Q3 audit scheduled Dec', 'on_track'],
    ['Audit completed for November; next audit due February', 'on_track'],
    ['Completed in Q3 as planned', 'complete'],
    ['Patient survey launched 1 Dec, closes 31 Jan', 'on_track'],
    ['Consultation launched, closes 12 January', 'on_track'],
    ['Draft policy complete - to PRG for approval Jan', 'on_track'],
    ['Draft strategy completed - going to Board for approval in March', 'on_track'],
    ['Draft SOP finished; out for comment', 'on_track'],
    // A draft completed alone may be the step itself (round 19).
    ['Draft plan completed.', 'complete'],
    ['Preceptorship framework gap analysis submitted to ICS for review', 'on_track'],
    ['Report sent to ICB for comment', 'on_track'],
    ['Report submitted to QSC for noting', 'complete'],
    ['Complete; sent to staff for comment', 'complete'],
    ['Closure requested at Nov meeting; committee requested further evidence', 'at_risk'],
    ['Action complete; evidence not yet provided', 'on_track'],
    ['Policy complete; evidence not yet received', 'on_track'],
    // A formality awaited after the work stays complete (rounds 6, 20 and 26).
    ['Complete - awaiting evidence', 'complete'],
    ['Workforce WTE above plan by 212 WTE; vacancy control panel in place', 'at_risk'],
    ['Agency spend above plan by £120k', 'at_risk'],
    ['Activity above plan by 4%', 'on_track'],
  ]);
});

describe('2: reopened after a failed check is slippage', () => {
  table([
    ['Re-opened following re-audit – compliance 71%', 'at_risk'],
    ['Reopened - audit showed 64% compliance', 'at_risk'],
    ['Reopened Jan 27 following repeat incident', 'on_track'],
  ]);
});

describe('3: failure written as trackers write it', () => {
  table([
    ['2 of 5 milestones missed; remainder on track', 'at_risk'],
    ['One milestone delayed, remaining on schedule', 'at_risk'],
    ['Milestones on track', 'on_track'],
    ['Planning permission refused 19/11/26', 'off_track'],
    ['Business case refused by ICB', 'off_track'],
    ['Behind plan and not recoverable this year', 'off_track'],
    ['Deficit not recoverable in year', 'off_track'],
    ['Unable to recruit - post withdrawn', 'off_track'],
    ['Post advertised twice, no suitable applicants', 'at_risk'],
    ['Advertised three times - no applicants', 'at_risk'],
    ['Lead on long term sick; interim lead being identified', 'at_risk'],
    ['Project lead on maternity leave, cover being arranged', 'at_risk'],
    ['Not completed - lead on long term sick', 'off_track'],
    ['Dependency on capital - not yet confirmed', 'at_risk'],
    ['Dependent on estates funding - not yet agreed', 'at_risk'],
    ['CT backlog increased due to scanner failure', 'at_risk'],
    ['Backlog has grown since October', 'at_risk'],
    ['Consultation extended by 2 weeks; implementation now Feb', 'at_risk'],
    ['Consultation extended to 31 January', 'at_risk'],
    ['Consultation complete', 'complete'],
    ['Non-recurrent mitigations used; underlying position deteriorating', 'at_risk'],
    ['Performance deteriorating month on month', 'at_risk'],
    ['Deteriorating patient policy implemented', 'complete'],
    ['Scheme not yet started, PID in development', 'not_started'],
    ['Not yet started - business case being developed', 'not_started'],
    ['Business case in development', 'on_track'],
  ]);
});

describe("4: a reply awaited after the lead's own step is on track", () => {
  table([
    ['Submitted to NHSE 01/12, awaiting feedback', 'on_track'],
    ['Digital maturity assessment submitted, awaiting national feedback', 'on_track'],
    ['Awaiting LMNS sign-off of the Ockenden evidence pack, submitted 20/11', 'on_track'],
    ['Report submitted to ICB 12/11, awaiting comments', 'on_track'],
    ['Awaiting response', 'at_risk'],
    ['Awaiting feedback', 'at_risk'],
    ['Chased - no reply', 'at_risk'],
    ['Submitted 01/11; awaiting feedback - chased twice', 'at_risk'],
    ['Behind plan; recovery plan submitted, awaiting feedback', 'at_risk'],
    ['Business case submitted; awaiting approval', 'at_risk'],
    ['Business case approved; awaiting funding', 'at_risk'],
  ]);
});

describe('5: completions in the words trackers use', () => {
  table([
    ["DSPT submitted 'Standards Met' 27/06/26", 'complete'],
    ['104 week waits eliminated - sustained since Mar 26', 'complete'],
    ['Cancer 62 day backlog eliminated', 'complete'],
    ['ARRS roles fully utilised - 100% of allocation spent', 'complete'],
    ['Budget fully utilised', 'complete'],
    ['HRA approval received; study opened to recruitment 01/12/26', 'complete'],
    ['Energy contract renewed via Crown Commercial Service', 'complete'],
    ['Maintenance contract renewed', 'complete'],
  ]);
});

describe('a closure the committee refused leaves the action open and at risk', () => {
  table([
    ['Closure not supported by Quality Committee – remains open (79%)', 'at_risk'],
    ['Closure not agreed - remains open', 'at_risk'],
    ['QSC did not support closure; further assurance requested', 'at_risk'],
    ['Not approved for closure at Nov QSC', 'at_risk'],
    ['Closure declined by the Board', 'at_risk'],
    // A closure agreed is not refused.
    ['Closure agreed at Nov QSC', 'complete'],
  ]);
});
