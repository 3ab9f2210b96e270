import { classifyStatus } from '../../../src/core/status';
import { table } from './table';

/* Status phrases the way leads write them in real trackers, beyond SPEC 4's table. */


describe('escalation, waiting and recovery plans rate an entry only when nothing else in it does', () => {
  table([
    ['Not on track - escalated', 'off_track'],
    ['Complete, awaiting sign-off', 'complete'],
    ['On track - awaiting sign-off', 'on_track'],
    ['Red - recovery plan in place', 'off_track'],
    ['On track, recovery plan in place', 'on_track'],
    ['Escalated', 'at_risk'],
    ['Awaiting funding', 'at_risk'],
    ['Requires escalation', 'at_risk'],
  ]);
});

describe('"Awaiting update" says no status was given', () => {
  table([
    ['Awaiting update', 'unknown'],
    ['Update: awaiting update', 'unknown'],
    ['Awaiting update from lead; work on track', 'on_track'],
  ]);
});

describe('a percentage beside a completion word is progress, not completion', () => {
  table([
    ['90% complete', 'on_track'],
    ['Complete (75%)', 'on_track'],
    ['Completed: 40% of staff trained', 'on_track'],
    ['50 per cent complete', 'on_track'],
    ['100% complete', 'complete'],
    ['0% complete', 'not_started'],
  ]);
});

describe('most of the way is not done', () => {
  table([
    ['Mostly complete', 'on_track'],
    ['Largely completed - final report due Jan', 'on_track'],
    ['Almost done', 'on_track'],
    ['Nearly finished', 'on_track'],
    ['Nearly there', 'on_track'],
  ]);
});

describe('a previous rating or state does not count', () => {
  table([
    ['Green (was Amber)', 'on_track'],
    ['Red (was Amber)', 'off_track'],
    ['Amber (previously Red)', 'at_risk'],
    ['Green (from Amber)', 'on_track'],
    ['On track (previously delayed)', 'on_track'],
  ]);

  it('still reads a narrative in the past tense, and a completion however it is dated', () => {
    expect(classifyStatus('Project was delayed by staff sickness')).toBe('at_risk');
    expect(classifyStatus('Previously completed')).toBe('complete');
  });
});

describe('more words for each class', () => {
  table([
    ['Now BAU', 'complete'],
    ['Embedded into BAU', 'complete'],
    ['Ratified', 'complete'],
    ['Went live Oct 22', 'complete'],
    ['Closed - not achieved', 'complete'],
    ['Completed behind schedule', 'complete'],
    ['Restarted', 'on_track'],
    ['Work resumed in October', 'on_track'],
    ['Off hold', 'on_track'],
    ['On trajectory', 'on_track'],
    ['Running late', 'at_risk'],
    ['On pause', 'at_risk'],
    ['Cannot progress until funding agreed', 'at_risk'],
    ['Below trajectory', 'at_risk'],
    ['Partially on track', 'at_risk'],
    ['Not fully achieved', 'at_risk'],
    ['Not fully implemented', 'at_risk'],
    ['Stuck', 'off_track'],
    ['Past due', 'off_track'],
    ['Off trajectory', 'off_track'],
    ['Not progressed due to capacity', 'at_risk'], // Round 16: no progress on an open action is the work held up (at_risk), not work yet to begin.
    ['Not due to start until Q4', 'not_started'],
    ['BRAG: Blue', 'complete'],
    ['RAG rating: Amber', 'at_risk'],
  ]);
});

describe('words that are a status only as the whole entry', () => {
  table([
    ['Late', 'at_risk'],
    ['Partial', 'at_risk'],
    ['High risk', 'off_track'],
    ['Agreed', 'complete'],
    ['Launched', 'complete'],
    ['Live', 'complete'],
    ['Continuing', 'on_track'],
  ]);

  it('does not read them inside a sentence', () => {
    expect(classifyStatus('Late Feb workshop planned')).toBe('unknown');
    expect(classifyStatus('High risk patients identified')).toBe('unknown');
    expect(classifyStatus('Agreed approach with ICB')).toBe('unknown');
  });
});

describe('an event that has happened is a step done; one still to come is not', () => {
  table([
    ['Workshop held 12 Oct', 'complete'],
    ['Held 12 Oct', 'complete'],
    ['Held in Nov 22', 'complete'],
    ['Took place in October', 'complete'],
    ['Published Nov 23', 'complete'],
    ['Launched 14 September 2023', 'complete'],
    ['Rolled out to all wards', 'complete'],
    ['Agreed at ELG', 'complete'],
    ['Submitted to NHSE', 'complete'],
    ['Meeting held; report delayed', 'at_risk'],
    ['To be published in January', 'unknown'],
    ['Report will be published Feb', 'unknown'],
    ['Workshop to be held in Jan', 'unknown'],
    ['Paper to be submitted to Board', 'unknown'],
    ['Being rolled out across wards', 'on_track'],
  ]);
});

describe('"held" alone says where a thing is kept, and "held up" that it is late', () => {
  table([
    ['Learning and actions are held on Datix', 'unknown'],
    ['Held on Datix', 'unknown'],
    ['Held up by estates issues', 'at_risk'],
    ['Held over to the next meeting', 'at_risk'],
  ]);
});

describe('work being shaped is under way', () => {
  table([
    ['Drafting', 'on_track'],
    ['Currently scoping', 'on_track'],
    ['Agreed by Board; implementation being scoped', 'on_track'],
  ]);
});

describe('work "being" done gives way to any other word in the entry about it', () => {
  table([
    ['Delay in the cultural competency programme being rolled out across the system.', 'at_risk'],
    ['Delays to the report being completed', 'at_risk'],
    ['Report being completed', 'on_track'],
  ]);
});

describe('an event in a narrative of ongoing work is a milestone, not the action done', () => {
  table([
    ['This is on-going.\nStaff Networks – Caring responsibilities network launched June 2023\n• Continuing to promote adjustments passport', 'on_track'],
    ['Delayed by staffing\nWorkshop held 12 Oct', 'at_risk'],
    ['Workshop held 12 Oct\nNotes circulated', 'complete'],
    ['Launched\nReopened', 'unknown'],
  ]);
});

describe('a count done out of a whole beside a completion word is progress, unless it is all of it', () => {
  table([
    ['3 of 5 complete', 'on_track'],
    ['2 out of 4 sites completed', 'on_track'],
    ['Completed 3 of 5', 'on_track'],
    ['3/5 audits complete', 'on_track'],
    ['0 of 6 complete', 'not_started'],
    ['5 of 5 complete', 'complete'],
    ['Completed 3/5', 'complete'],
    ['Phase 2 of 3 completed; phase 3 on track', 'on_track'],
    ['Two of three sites complete', 'on_track'],
    ['Completed two out of the four', 'on_track'],
    ['Champions in place on 8 of 9 wards', 'on_track'],
    ['Completed in 2 of the 4 sites', 'on_track'],
    ['Complete on 9 of 9 wards', 'complete'],
    ['None of the 4 complete', 'not_started'],
    ['One of one complete', 'complete'],
  ]);
});

describe('a part of the work named before a completion word is progress, not the action done', () => {
  table([
    ['First two audits complete', 'on_track'],
    ['Some sites complete', 'on_track'],
    ['Most of the actions completed', 'on_track'],
    ['The majority of staff trained and signed off', 'on_track'],
    ['Some delays, but completed', 'complete'],
    ['Audits complete', 'complete'],
    ['First draft completed', 'on_track'],
  ]);
});

describe('done in part is partly done, and ahead of schedule yields to what was delivered', () => {
  table([
    ['Achieved in part', 'at_risk'],
    ['Recommendation met in part; remaining actions transferred', 'at_risk'],
    ['Delivered ahead of schedule', 'complete'],
    ['Ahead of schedule', 'on_track'],
    ['Being developed with partners', 'on_track'],
    ['Under development', 'on_track'],
  ]);
});

describe('late but done is done, and a little off track is at risk', () => {
  table([
    ['Completed but delayed', 'complete'],
    ['Completed late (January)', 'complete'],
    ['Slightly off track', 'at_risk'],
    ['Minor slippage against plan', 'at_risk'],
    ['Off track', 'off_track'],
  ]);
});

describe('a draft is work on the way, a contract signed an event that happened', () => {
  table([
    ['Paper drafted', 'on_track'],
    ['Strategy drafted and approved by Board', 'complete'],
    ['Contract signed Oct 23', 'complete'],
    ['On track; contract signed with provider', 'on_track'],
  ]);
});

describe('plans, compliance and work carried into next year', () => {
  table([
    ['Carried forward', 'at_risk'],
    ['Rolled over to next year', 'at_risk'],
    ['Not achieved - carried forward to 25/26', 'off_track'],
    ['Below plan', 'at_risk'],
    ['Above plan', 'on_track'],
    ['Off plan', 'off_track'],
    ['Met', 'complete'],
    ['Compliant', 'complete'],
    ['Partially compliant', 'at_risk'],
    ['Non-compliant', 'off_track'],
    ['Evidence awaited', 'at_risk'],
    ['Complete - evidence awaited', 'complete'],
  ]);
});

describe('closed because the work lives on elsewhere, or only the paperwork of closing is left', () => {
  table([
    ['No longer applicable', 'complete'],
    ['Now part of BAU', 'complete'],
    ['Embedded in practice', 'complete'],
    ['Duplicate of action 2.1', 'complete'],
    ['Duplicate', 'complete'],
    ['Awaiting closure at QSC', 'complete'],
    ['Awaiting formal closure', 'complete'],
    ['Closure recommended', 'complete'],
    ['Requesting closure', 'complete'],
    ['Propose for closure', 'complete'],
    ['For closure', 'complete'],
    ['Transferred to ICB workplan', 'complete'],
    ['Incorporated into new strategy', 'complete'],
    ['Target met', 'complete'],
    ['Fully compliant', 'complete'],
    ['Target not met', 'off_track'],
    ['Not fully compliant', 'at_risk'],
    ['Transferred to new provider; mobilisation delayed', 'at_risk'],
  ]);
});

describe('a green beside a completion labels it, as in trackers without blue', () => {
  table([
    ['Complete (Green)', 'complete'],
    ['Completed - GREEN', 'complete'],
    ['Green - complete', 'complete'],
    ['Complete (Amber)', 'at_risk'],
  ]);
});

describe('a completion said not to happen is off track, not merely not yet done', () => {
  table([
    ["Won't be achieved by deadline", 'off_track'],
    ['Will not be completed by deadline', 'off_track'],
    ['Cannot be delivered within current funding', 'off_track'],
    ['Cannot be closed until evidence received', 'unknown'],
    ["Won't be started until Q2", 'not_started'],
    ['Not yet completed', 'unknown'],
    ['Not to be completed until Q4', 'unknown'],
    ['Does not need to be completed', 'unknown'],
  ]);
});

describe('monitoring after the work, and what held it up, yield to a status in the same entry', () => {
  table([
    ['Complete - ongoing monitoring', 'complete'],
    ['Ongoing monitoring', 'on_track'],
    ['Impacted by industrial action', 'at_risk'],
    ['Work impacted by winter pressures', 'at_risk'],
    ['Leaflet completed for patients affected by stroke', 'complete'],
    ['Patients affected by the change were contacted', 'unknown'],
    ['Issues with recruitment', 'at_risk'],
    ['Capacity issues', 'at_risk'],
    // Nothing wrong: on track where nothing else speaks (negation.test.ts).
    ['No issues with delivery', 'on_track'],
    ['Completed within timescale', 'complete'],
    ['Within agreed timescales', 'on_track'],
    ['Delayed - still at early stages', 'at_risk'],
    ['In early stages', 'on_track'],
  ]);
});

describe('deadlines extended, and progress in more words', () => {
  table([
    ['Deadline extended', 'at_risk'],
    ['Timescale extended', 'at_risk'],
    ['Extension agreed', 'at_risk'],
    ['Timescales revised', 'at_risk'],
    ['Part achieved', 'at_risk'],
    ['Part met', 'at_risk'],
    ['Risk of non-delivery', 'at_risk'],
    ['Little progress', 'at_risk'],
    ['No further progress', 'off_track'], // progress stopped is stalled (SPEC 4 off_track)
    ['Progress slower than planned', 'at_risk'],
    ['Likely to slip', 'at_risk'],
    ['Barriers to progress', 'at_risk'],
    ['Past deadline', 'off_track'],
    ['Unlikely to meet deadline', 'off_track'],
    ['Will miss deadline', 'off_track'],
    ['Significant progress', 'on_track'],
    ['Steady progress', 'on_track'],
    ['Progress being made', 'on_track'],
    ['Work continues', 'on_track'],
    ['Draft circulated for comment', 'on_track'],
    ['Out for consultation', 'on_track'],
    ['Meeting milestones', 'on_track'],
    ['Work to begin in January', 'not_started'],
    ['Will start in April', 'not_started'],
    ['Not due until 2024', 'unknown'], // the deadline not yet come, not the work not begun (round 10)
  ]);
});

describe('a meeting paper presented and a post filled are events that happened', () => {
  table([
    ['Presented to Board', 'complete'],
    ['Post filled', 'complete'],
    ['Post filled; work to begin in January', 'not_started'],
    ['We have appointed 17 Green Champions from across our services. They meet regularly', 'unknown'],
    ['Paper to be presented to Board in March', 'unknown'],
  ]);
});

describe('a start still to come is not started, unless the entry says how the work stands', () => {
  table([
    ['Commencing in April', 'not_started'],
    ['Work commenced Nov; training will start in Jan', 'on_track'],
    ['Delayed - will start in Jan', 'at_risk'],
  ]);
});
