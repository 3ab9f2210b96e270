import { readStatus } from '../../../src/core/status';
import { table } from './table';

/*
 * Round 9: an approval still conditional on something outstanding read as done or under way, and a
 * thing moved to a later date or meeting ("Board approval moved to December") gave no class. Then a
 * breadth round of the wording NHS programme leads put in board and committee action trackers:
 * pauses, closures by other means, carry-forwards, sign-off waits, partial progress, escalations,
 * short and upper-case forms, and updates whose last sentence changes the picture. Where SPEC 4 is
 * silent, a comment says why the class is the one a programme manager writing a board paper expects.
 */

describe('an approval conditional on something outstanding holds the work up: at risk', () => {
  // SPEC 4 lists "awaiting" and "on hold" as at risk; an approval that cannot be acted on until a
  // condition is met (funding, another body's sign-off) is in the same place, neither done nor under way.
  table([
    ['Business case approved pending funding', 'at_risk'],
    ['Agreed subject to ICB sign-off', 'at_risk'],
    ['Approved in principle, awaiting funding confirmation', 'at_risk'],
    ['Supported subject to business case', 'at_risk'],
    ['Approved by ELT subject to Board approval', 'at_risk'],
    ['Approved at QSC, conditional on funding being identified', 'at_risk'],
    ['Funding agreed subject to business case approval', 'at_risk'],
    ['Endorsed by ICB subject to final costings', 'at_risk'],
    ['Agreed pending confirmation of funding from NHSE', 'at_risk'],
    ['Agreed at ELT; funding subject to ICB approval', 'at_risk'],
    ['Funding approved pending confirmation of national allocation', 'at_risk'],
    ['Supported by Exec subject to a full business case in March', 'at_risk'],
    ['Approved in principle pending QIA', 'at_risk'],
    ['Policy ratified at Board; implementation subject to funding', 'at_risk'],
    ['Plan agreed; ICB sign-off awaited', 'at_risk'],
    ['Conditionally approved by NHSE', 'at_risk'],
  ]);

  it('a go-ahead on a condition is no go-ahead yet', () => {
    expect(readStatus('Pilot approved pending recruitment of a project lead')).toMatchObject({ status: 'at_risk', goAhead: false });
  });
});

describe('a formality after the decision, no approval before the condition, or the condition met: unchanged', () => {
  table([
    // Ratification, minutes and minor amendments are the paperwork after a decision, as in round 8.
    ['Policy approved subject to minor amendments', 'complete'],
    ['Approved, subject to minor amendments to the appendix', 'complete'],
    ['Approved subject to formal sign-off', 'complete'],
    ['Approved subject to ratification at Board', 'complete'],
    ['Agreed at QSC; awaiting ratification', 'complete'],
    ['Approved by Chair\'s action', 'complete'],
    // A stopgap in place is work under way (round 5), not an approval's condition.
    ['SOP approved and in place pending staff training', 'on_track'],
    ['SOP approved; roll-out from February', 'on_track'],
    ['Business case not approved; awaiting funding', 'off_track'],
    // Nothing approved, so nothing conditional: what the work depends on, left unread as "Dependent on ICB decision" is.
    ['Subject to funding', 'unknown'],
    ['Approved subject to funding; now funded and recruitment under way', 'on_track'],
    ['Agreed subject to ICB sign-off. ICB signed off 12 Nov.', 'complete'],
  ]);
});

describe('a thing moved, deferred or slipped to a later date or meeting is re-dated: at risk (SPEC 4, 5.1 rule 5)', () => {
  it.each([
    'Board approval moved to December',
    'Deferred to January Board',
    'Pushed back to Q4',
    'Slipped to March 2025',
    'Rescheduled for the February committee',
    'Now expected end of Q3',
    'Go-live put back to April',
    'Implementation date moved to 1 April 2025',
    'Launch postponed until the new year',
    'Now due Q1 2025/26',
    'Expected completion now end of May',
    'Delivery date re-profiled to Q3',
    'Trajectory reprofiled',
    'Replanned for Q1',
    'Re-baselined plan approved by Programme Board',
    'Moved to next meeting',
    'Slipped into Q1 2025/26',
    'Pushed out to May',
    'Delayed until April',
    'Date TBC - deferred by ELT',
    'Date moved from Sept to Dec',
    'Go-live now 3 March',
    'Target date now 31/03/25',
    'Deferred to 2025/26 due to financial position',
    'Timescale moved back to Q2',
    'Revised deadline end of March 2025 agreed at ELT',
  ])('%s', (text) => {
    expect(readStatus(text)).toMatchObject({ status: 'at_risk', redated: true });
  });
});

describe('a move that is no new date, or a date given without "now", is no re-dating', () => {
  it.each([
    ['Responsibility moved to the Deputy COO', 'unknown'],
    ['Now due for review', 'unknown'],
    // "Due to start" says when; only a date given again ("now due Q1") says one moved.
    ['Starter now due to start 3 March', 'not_started'],
    // A forecast of the end, not a date given again: work on track, not re-dated (status/forecast.ts).
    ['Expected completion end of Q3', 'on_track'],
    ['Completion now confirmed', 'unknown'],
  ])('%s', (text, status) => {
    expect(readStatus(text)).toMatchObject({ status, redated: false });
  });
});

describe('pauses and holds are at risk (SPEC 4: paused, on hold)', () => {
  table([
    ['Paused due to operational pressures', 'at_risk'],
    ['Work on hold until the new financial year', 'at_risk'],
    ['Temporarily paused while the service is reviewed', 'at_risk'],
    ['Put on hold by ELT pending review of priorities', 'at_risk'],
    ['On hold (industrial action)', 'at_risk'],
    ['Action paused - lead on long-term sick leave', 'at_risk'],
    ['On hold awaiting outcome of the ICB review', 'at_risk'],
    ['Paused; no further update', 'at_risk'],
    ['Work stood down during the cyber incident, now restarted', 'on_track'],
  ]);
});

describe('closed by other means is complete: no longer open work, so never overdue', () => {
  // SPEC 4 lists "closed"; an action replaced, merged or absorbed elsewhere is closed on this tracker,
  // and one that became business as usual is closed with its work carried on as routine.
  table([
    ['Superseded by the new People Plan', 'complete'],
    ['Merged with action 3.2', 'complete'],
    ['Transferred to BAU', 'complete'],
    ['Embedded in business as usual', 'complete'],
    ['Closed – absorbed into the Quality Strategy', 'complete'],
    ['Action absorbed into the Clinical Strategy workstream', 'complete'],
    ['Subsumed into the UEC improvement programme', 'complete'],
    ['Replaced by action 5.4', 'complete'],
    ['Closed - merged into action 4.1', 'complete'],
    ['Superseded by national guidance (NG229)', 'complete'],
    ['Transferred to the Digital Programme Board', 'complete'],
    ['Now monitored through the Quality Dashboard - propose close', 'complete'],
    ['Action no longer relevant following restructure', 'complete'],
    ['Task and finish group stood down - objectives met', 'complete'],
    ['Now BAU - propose closure', 'complete'],
    // "Ongoing" beside BAU is the routine going on, not the action: BAU alone is complete.
    ['Ongoing - business as usual', 'complete'],
    ['BAU.', 'complete'],
    ['Objectives met in part', 'at_risk'],
    ['Target met in part', 'at_risk'],
  ]);
});

describe('carried forward or over to a later year or plan is re-dated: at risk', () => {
  it.each([
    'Rolled forward to 2025/26 plan',
    'Carried over to next year',
    'Carried over into 2025/26',
    'Carried forward into the 2025/26 operational plan',
    'Rolled over to Year 2',
    'Carry forward to next quarter',
    'C/F from last meeting - update to follow',
    'c/fwd to Jan mtg',
  ])('%s', (text) => {
    expect(readStatus(text)).toMatchObject({ status: 'at_risk', redated: true });
  });
});

describe('sign-off waits: awaiting is at risk (SPEC 4), a draft out for comment is on the way', () => {
  table([
    ['Awaiting sign-off at QSC', 'on_track'], // Round 16: sign-off at a named meeting is governance scheduled; bare "Awaiting sign-off" stays at_risk.
    ['Awaiting ratification at Policy Group', 'at_risk'],
    ['Sign-off awaited from Medical Director', 'at_risk'],
    ['Awaiting ELT approval of the business case', 'at_risk'],
    ['Draft SOP circulated to divisions for comment by 20 Dec', 'on_track'],
    ['Final draft with Chief Nurse for approval', 'on_track'],
    ['WIP - draft with comms', 'on_track'],
    ['Complete; sent to staff for comment', 'complete'],
  ]);
});

describe('part of the work done, or a roll-out part way, is on track', () => {
  table([
    ['Recruitment under way, interviews 12 Dec', 'on_track'],
    ['2 of 5 sites live', 'on_track'],
    ['2 of 5 sites live; remaining 3 by March', 'on_track'],
    ['All sites live', 'complete'],
    ['3 of 4 wards trained', 'on_track'],
    ['Roll-out complete in ED and AMU; remaining wards by March', 'on_track'],
    ['Training rolled out to ED; other areas from January', 'on_track'],
    ['Phase 1 live; phase 2 scoping', 'on_track'],
    ['Recruitment in progress - 2 of 4 posts appointed', 'on_track'],
    ['Procurement under way; preferred supplier identified', 'on_track'],
    ['Audit completed at 3 of 6 sites', 'on_track'],
    ['4/7 actions complete', 'on_track'],
  ]);
});

describe('escalations are at risk (SPEC 4 vocabulary: escalated)', () => {
  table([
    ['Escalated to Exec due to slippage', 'at_risk'],
    ['Escalated to ICB - no response from provider', 'at_risk'],
    ['Escalated to Exec - estates works delayed', 'at_risk'],
    ['Escalated to ICB; no resolution yet', 'at_risk'],
    ['Escalated via divisional performance review', 'at_risk'],
  ]);
});

describe('not yet due, ongoing, and the short and upper-case forms of action logs', () => {
  table([
    // Not yet due says only that the deadline has not come (round 10): open, with nothing said of progress.
    ['Not yet due (March 2025)', 'unknown'],
    ['not yet due', 'unknown'],
    // "NYD" and "NYS" are action logs' short forms of not yet due and not yet started.
    ['NYD', 'unknown'],
    ['N/Y/D', 'unknown'],
    ['Ongoing - monthly reporting to QSC', 'on_track'],
    ['ongoing work', 'on_track'],
    ['COMPLETE - EVIDENCE ON SHAREPOINT', 'complete'],
    ['compl. 12/11', 'complete'],
    ['Cmpltd', 'complete'],
    ['Delayed (IT)', 'at_risk'],
    ['Red: recruitment paused', 'off_track'],
    ['Amber - recruitment delays', 'at_risk'],
    // A RAG code heading a note is the lead's rating, as "Red - not started" is (round 6).
    ['R - no progress', 'off_track'],
    ['A: awaiting data from BI', 'at_risk'],
    ['G - pilot live on 2 wards', 'on_track'],
    ['B - closed at QSC', 'complete'],
  ]);
});

describe('updates of several sentences: the last one changes the picture', () => {
  table([
    ['On track. However, the consultant has resigned and the audit cannot start until a replacement is in post.', 'at_risk'],
    ['Work progressing well. Board approval moved to December.', 'at_risk'],
    ['Delayed by IT build. Now live on all wards.', 'complete'],
    ['Business case approved in October. Funding now withdrawn by the ICB.', 'off_track'],
    ['On track. Funding has been withdrawn by the ICB.', 'off_track'],
    ['Funding was withdrawn but has now been reinstated', 'on_track'],
    ['Policy drafted and out for consultation. Consultation closed; policy ratified at PCG 3 Oct.', 'complete'],
    // A post re-advertised was not filled the first time: recruitment is behind, as "recruitment unsuccessful" is.
    ['Interviews held 12 Dec. Preferred candidate withdrew; post to be re-advertised.', 'at_risk'],
    ['Delayed. Now back on track following recruitment of the project lead.', 'on_track'],
    ['Business case approved. Recruitment now under way.', 'on_track'],
  ]);

  it.each([
    'Training delivered to 80% of staff. Remaining sessions cancelled due to IA; now expected end of Q3.',
    'Training delivered. Evaluation now expected in March.',
    'Phase 1 live. Phase 2 slipped to Q1 2025/26 due to IT capacity.',
  ])('%s (re-dated)', (text) => {
    expect(readStatus(text)).toMatchObject({ status: 'at_risk', redated: true });
  });
});

describe('what happened after, following or despite a hold-up is the status; the hold-up is background', () => {
  // SPEC 4 reads the latest entry; within one, "Completed after delays" is done, the delays being
  // why it was late. A hold-up alone still says how the work stands ("Following delays with the supplier").
  table([
    ['Completed after delays', 'complete'],
    ['Went live after a delay', 'complete'],
    ['Delivered following a period of delay', 'complete'],
    ['Restarted after being paused', 'on_track'],
    ['Now on track following delays', 'on_track'],
    ['Back on track after slippage in Q1', 'on_track'],
    ['Post filled after being re-advertised', 'complete'],
    ['On hold after concerns raised', 'at_risk'],
    ['Following delays with the supplier', 'at_risk'],
  ]);

  it('a deferral in the background still re-dates the action', () => {
    expect(readStatus('Now complete after being deferred')).toMatchObject({ status: 'complete', redated: true });
  });
});
