import { table } from './table';

/* Long entries (round 4): further work set for later after a part done, stopgaps, how work went. */

describe('a later clause naming further work set for a later time keeps a part done under way', () => {
  table([
    ['Guideline approved; teaching sessions planned for January.', 'on_track'],
    ['LocSSIP approved; compliance audit due December.', 'on_track'],
    ['Analyst training complete; first SPC IPR in January.', 'on_track'],
    ['Procurement complete; implementation kick-off 20/11/23', 'on_track'],
    ['Business case approved by ICB in September. Recruitment to the 3 WTE posts planned for Q4.', 'on_track'],
    ['Policy ratified at the Policy Group 12/10/23. Roll-out across divisions scheduled for November and December.', 'on_track'],
    ['The SOP has been signed off by the Divisional Director. Staff briefings are booked for w/c 4 December.', 'on_track'],
    ['Job description approved by panel; advert due to go out in January.', 'on_track'],
    ['Training needs analysis completed. Training programme expected to launch in Q1 2024/25.', 'on_track'],
    ['Task and finish group established in June; first meeting in July.', 'on_track'],
    ['Recruitment complete, new consultant starts in March 2024.', 'on_track'],
    ['Funding agreed with the ICB; service go-live 1 April 2024.', 'on_track'],
    ['Implemented in all inpatient areas. Outpatients roll-out expected in Q1 2024.', 'on_track'],
    ['Closed. Lessons learned session planned for January', 'on_track'],
    ['Policy approved with roll-out planned for March', 'on_track'],
    ['Guideline published; teaching sessions planned for January', 'on_track'],
  ]);
});

describe('a routine review, closing paperwork, the action’s own date or a past clause leaves it complete', () => {
  table([
    ['Complete - next review due December 2025', 'complete'],
    ['Policy approved; review date March 2027', 'complete'],
    ['Complete - evidence to follow', 'complete'],
    ['Complete, propose closure', 'complete'],
    ['Action complete. Monitoring via QSC quarterly.', 'complete'],
    ['Complete. Policy published on the intranet in May 2023; next review due May 2026.', 'complete'],
    ['New rota implemented from 1 August. Annual review planned for August 2024.', 'complete'],
    ['Audit complete; re-audit scheduled for Q3 2024', 'complete'],
    ['Complete; annual audit planned for 2025', 'complete'],
    ['Complete; policy will be reviewed in 2026', 'complete'],
    ['Complete - formal closure planned for the January ELG.', 'complete'],
    ['Completed; sign-off expected at the December Board', 'complete'],
    ['Complete. Will go to QSC in January for noting.', 'complete'],
    ['Complete (due December 2023).', 'complete'],
    ['Completed October 2023 (was due September).', 'complete'],
    ['Complete. Target date was 31/03/24.', 'complete'],
    ['Completed late due to staffing in March', 'complete'],
    ['Completed ahead of the planned date of December.', 'complete'],
    ['Completed 12/10/23, ahead of the scheduled date.', 'complete'],
    ['Implemented - quicker than expected, in November', 'complete'],
    ['Training complete; 45 staff attended in January.', 'complete'],
    ['Complete - first audit in January showed 95% compliance.', 'complete'],
    ['Teaching sessions planned for May; policy approved and teaching delivered', 'complete'],
  ]);
});

describe('further work set for later in a later update reopens a part done; a routine one does not', () => {
  table([
    ['Policy approved\nTeaching sessions planned for May', 'on_track'],
    ['Update Jan 25: Policy drafted.\nUpdate Mar 25: Policy approved at QSC; teaching sessions planned for May.', 'on_track'],
    ['Done\nNext review due March 2026', 'complete'],
    ['Complete\nDue: 31/03/24', 'complete'],
  ]);
});

describe('a completion that is only a stopgap is work under way', () => {
  table([
    ['Workflow change in test; manual check in place meanwhile.', 'on_track'],
    ['Interim process in place pending recruitment of the permanent lead.', 'on_track'],
    ['Temporary arrangements in place while the new rota is agreed with the BMA.', 'on_track'],
    ['Manual workaround in place until the EPR fix is deployed in February.', 'on_track'],
    ['Temporary fix in place; permanent solution planned for Q2', 'on_track'],
    ['Delayed; interim arrangements in place', 'at_risk'],
    ['Recruitment to the post has been unsuccessful on two occasions; interim cover from the bank in place.', 'at_risk'],
    ['Permanent solution implemented in October; the interim manual check has been withdrawn.', 'complete'],
    ['SOP in place pending ratification in January', 'complete'],
    ['Manual check in place', 'complete'],
  ]);
});

describe('an on-track phrase right after a completion says how it went', () => {
  table([
    ['Completed on schedule', 'complete'],
    ['Delivered as planned in Q2.', 'complete'],
    ['Delivered on target in March', 'complete'],
    ['Launched as planned', 'complete'],
    ['Phase 1 delivered; phase 2 on schedule', 'on_track'],
    ['Delivered to all wards, work on track for phase 2', 'on_track'],
  ]);
});

describe('progress shown by an event in the latest update outranks an earlier entry', () => {
  table([
    ['Update Sept 23: Red - no lead identified.\nUpdate Oct 23: Lead now identified; first meeting held 23/10.', 'on_track'],
    ['Delayed\nMeetings held monthly with the ICB', 'on_track'],
    ['On track\nNetwork launched June 2023', 'on_track'],
  ]);
});

describe('more words from long entries', () => {
  table([
    ['Data sharing agreement signed. System build begins next month with testing planned for March.', 'on_track'],
    ['Data sharing agreement signed', 'complete'],
    ['Recruitment has been unsuccessful on two occasions', 'at_risk'],
    ['Bid unsuccessful', 'off_track'],
    // "Continue to" stays out: at the head of a sentence it is a next step (seed 003: "Continue to grow the capacity").
    ['Continue to grow the capacity of the virtual ward through recruitment', 'unknown'],
    ['Recovery actions agreed with the division', 'at_risk'],
    ['System in test - go live Feb', 'on_track'],
  ]);
});
