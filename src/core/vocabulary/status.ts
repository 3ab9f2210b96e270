import type { StatusClass } from '../types';
import { ASSURANCE_PHRASES } from './statusAssurance';
import { GO_AHEAD_PHRASES } from './statusApproval';
import { PLAN_PHRASES } from './statusPlans';
import { RAID_PHRASES } from './statusRaid';
import { PLAIN_PHRASES } from './statusPlain';
import { SHORTFALL_PHRASES } from './statusShortfall';
import { PUBLISHED_PHRASES } from './statusAftermath';
import { COURSE_PHRASES } from './statusCourse';
import { PENDING_PHRASES } from './statusPending';
import { HELD_OPEN_PHRASES } from './statusHeldOpen';
import { REPORT_PHRASES } from './statusReports';
import { FACT_PHRASES } from './statusFacts';

/*
 * The status vocabulary (SPEC 4), extended from real NHS trackers and board papers (seeds 003
 * and 004). Phrases are matched case-insensitively on whole words; the words of a phrase may
 * be joined by spaces, hyphens, slashes or nothing, so "on going" also reads "on-going" and
 * "ongoing", and "re scheduled" reads "rescheduled" and "re-scheduled". When phrases overlap,
 * the longer one wins ("not on track" over "on track", "partially complete" over "complete").
 * Write a compound as separate words everywhere ("on going issues", not "ongoing issues"):
 * phrases share a prefix tree, and one spelling per compound keeps "longest wins" true.
 */

export type StatusSignal = Exclude<StatusClass, 'unknown'>;

export const STATUS_PHRASES: Readonly<Record<StatusSignal, readonly string[]>> = {
  complete: [
    'completed', 'complete', 'done', 'delivered', 'achieved', 'closed', 'finished', 'implemented',
    'in place', 'signed off', 'proposed for closure',
    'propose to close', 'proposed to close', 'propose closure', 'recommend closure', 'recommended for closure',
    'ready to close', 'agreed to close', 'resolved', 'actioned', 'concluded', 'approved',
    'ready for closure', 'closure agreed', 'closure approved', 'agreed for closure', 'submitted for closure',
    'put forward for closure', 'accepted for closure', 'approved for closure', 'endorsed for closure',
    // Closed without being delivered: no longer open work, so never overdue (the status text says why).
    // "Cancelled" or "embedded" alone are whole-entry words (below): in a sentence they are often
    // about something else ("meeting cancelled", "the challenge is how it is embedded", seed 003).
    'no longer required', 'no longer needed', 'no longer relevant', 'no further action', 'superseded by', 'action cancelled',
    'action withdrawn', 'action superseded', 'action stood down', 'recommendation withdrawn', 'merged with action',
    'merged with recommendation', 'close this one', 'close this action', 'close this item', 'close this recommendation',
    // Where the work went ("moved to BAU", "embedded in business as usual") is in ./statusPlans.
    'ratified', 'went live', 'gone live', 'closed not achieved', 'closed not met', 'closed not delivered',
    'completed behind schedule', 'complete behind schedule', 'delivered behind schedule', // late, but done
    'completed late', 'delivered late', 'completed but delayed', 'complete but delayed', 'completed although delayed',
    // Closed here because the work lives on elsewhere or was never needed.
    'no longer applicable', 'embedded in practice', 'embedded into practice',
    'duplicate of', 'duplicate action', 'closed as duplicate',
    // The work is done and only the paperwork of closing it is left.
    'awaiting closure', 'awaiting formal closure', 'pending closure', 'closure pending', 'propose for closure',
    'proposed for close', 'closure recommended', 'closure proposed', 'closure requested', 'request closure',
    'request to close', 'requesting closure', 'recommend close', 'recommend to close', 'propose close', 'agreed closure',
    // "Fully embedded" is done; "not fully embedded" then reads as partly done (see status/entry.ts).
    'fully embedded', 'now live', 'live since',
    // Work published where staff find it (round 25, statusAftermath.ts).
    ...PUBLISHED_PHRASES,
    ...PENDING_PHRASES.complete, ...ASSURANCE_PHRASES.complete, ...PLAN_PHRASES.complete, ...RAID_PHRASES.complete, ...PLAIN_PHRASES.complete,
    ...HELD_OPEN_PHRASES.complete, ...REPORT_PHRASES.complete, ...FACT_PHRASES.complete,
  ],
  on_track: [
    'on track', 'on target', 'on schedule', 'in progress', 'under way', 'progressing', 'green',
    'on going', 'going well', 'in hand', 'in train', 'on course', 'on plan', 'as planned', 'proceeding',
    'started', 'commenced', 'begun', 'initiated', 'kicked off', 'under construction', 'in development',
    'wip', 'good progress', 'some progress', 'progress made', 'making progress', 'well progressed',
    'nearing completion', 'near completion', 'nearly complete', 'almost complete', 'planning stage', 'in planning',
    'initial discussions', 'working towards', 'taken forward', 'being taken forward', 'ahead of schedule',
    'being drafted', 'in draft',
    // A draft is a step on the way, not the action done ("First draft completed, final version due Feb").
    'draft completed', 'draft complete', 'first draft completed', 'first draft complete', 'draft produced',
    // Most of the way is not done ("Mostly complete", "Almost done").
    'mostly complete', 'mostly completed', 'largely complete', 'largely completed', 'almost done', 'nearly done',
    'almost finished', 'nearly finished', 'almost there', 'nearly there',
    'restarted', 're started', 'resumed', 're commenced', 'off hold',
    // Work taken up again now, as "restarted" is: "DPIA signed off 20/10; rollout restarting".
    'restarting', 're starting', 'resuming', 'recommencing', 're commencing', 'rollout continuing', 'roll out continuing',
    'rollout continues', 'roll out continues', 'implementation continuing', 'implementation continues', 'drafting', 'scoping', 'drafted',
    'being scoped', 'being developed', 'under development', 'being progressed', 'being worked on', 'being finalised',
    'being finalized', 'in the process of',
    'significant progress', 'substantial progress', 'considerable progress', 'excellent progress', 'steady progress',
    'positive progress', 'great progress', 'progress being made', 'progress continues', 'continued progress',
    'continuing to progress', 'continues to progress', 'work continues', 'work continuing', 'early stages', 'early stage',
    'draft developed', 'draft circulated', 'draft shared', 'out for consultation', 'out to consultation',
    'meeting milestones', 'within timescale', 'within timescales', 'within timeframe', 'within timeframes',
    'within agreed timescale', 'within agreed timescales', 'within deadline',
    // "Complete - ongoing monitoring": monitoring after the work, which yields to the completion (see SUPPORTING_PHRASES).
    'on going monitoring', 'monitoring on going', 'on going review', 'on going oversight',
    // Agreed "in principle" waits on the final word; a pilot or test is a step on the way.
    'approved in principle', 'agreed in principle', 'supported in principle', 'being embedded', 'embedding',
    'in testing', 'being tested', 'being piloted', 'being trialled', 'piloting', 'continuing to', 'continues to',
    'and continuing', 'is continuing', 'are continuing', 'in test', // "Workflow change in test"
    // Getting a service ready to run, as "mobilisation" is a stage of it.
    'mobilising', 'mobilizing', 'being mobilised', 'being mobilized', 'monitoring continues', 'monitoring continuing',
    ...ASSURANCE_PHRASES.on_track, ...GO_AHEAD_PHRASES, ...PLAN_PHRASES.on_track, ...RAID_PHRASES.on_track, ...PLAIN_PHRASES.on_track,
    ...SHORTFALL_PHRASES.on_track, ...COURSE_PHRASES.on_track, ...PENDING_PHRASES.on_track, ...REPORT_PHRASES.on_track, ...FACT_PHRASES.on_track,
  ],
  at_risk: [
    'delayed', 'delay', 'delays', 'slipped', 'slippage', 'slipping', 'at risk', 'behind', 'some issues', 'suspended',
    'partially', 'deadlines adjusted', 'revised date', 're scheduled', 'deferred', 'amber', 'paused', 'on hold',
    'deadline adjusted', 'timescales adjusted', 'timescale adjusted', 'revised timescale', 'revised timescales',
    'revised deadline', 'new date', 'new deadline', 'postponed', 'pushed back', 'some risk', 'risk of slippage',
    'escalated', 'awaiting', 'waiting for', 'partially complete', 'partially completed', 'partly complete',
    'partly completed', 'part complete', 'part completed', 'on going issues', 'on going delays', 'concerns',
    'amber green', 'green amber', 'status yellow', 'yellow status', // a task tool's RYG amber; a bare "yellow" in a sentence is more often the Yellow Card scheme
    'partially implemented', 'partly implemented', 'part implemented', 'partially delivered', 'partly delivered',
    'partially achieved', 'partly achieved', 'partially met', 'partly met', 'partially in place', 'partly in place',
    'risk to delivery', 'risks to delivery', 'delivery risk', 'issues identified', 'risks identified',
    'limited progress', 'slow progress', 'capacity constraints', 'resource constraints',
    // A plan to recover is news of slippage, not a plan delivered ("Behind schedule, recovery plan in place").
    'recovery plan', 'recovery plan in place', 'mitigation plan', 'mitigation plan in place',
    'risks around', 'risk around', 'risks remain', 'risk remains', 'unable to', 'not been possible', 'not possible',
    'evidence awaited', 'carried forward', 'rolled over', 'rolled forward', 'running late', 'held up', 'held over', 'on pause', 'slightly off track', 'slightly behind', 'minor slippage', 'partially on track', 'partly on track',
    'requires escalation', 'needs escalating', 'needs escalation', 'escalation required', 'not fully achieved',
    'not fully implemented', 'not fully delivered', 'not fully met', 'not fully complete', 'not fully completed',
    'achieved in part', 'delivered in part', 'completed in part', 'complete in part', 'met in part', 'implemented in part',
    'part achieved', 'part met', 'part delivered', 'part in place', 'not fully compliant',
    'deadline extended', 'deadlines extended', 'timescale extended', 'timescales extended', 'timescales revised',
    // A trajectory or target re-set is the old one given up: slippage, as a revised date is (also in REDATED_PHRASES).
    'trajectory revised', 'revised trajectory', 'new trajectory', 'trajectory reset', 'trajectory re set', 'trajectory rebased',
    'rebased trajectory', 'target revised', 'revised target', 'trajectory re profiled', 're profiled trajectory',
    'timescale revised', 'deadline revised', 'date revised', 'extension agreed', 'extension granted', 'extension approved',
    'extension requested', 'risk of non delivery', 'risk of not delivering', 'risk of not achieving',
    'little progress', 'minimal progress', 'slower than planned', 'slower than expected',
    'slower than anticipated', 'likely to slip', 'expected to slip', 'barriers to progress',
    'capacity issues', 'staffing issues', 'recruitment issues', 'workforce issues', 'funding issues',
    'capacity challenges', 'staffing challenges', 'recruitment challenges', 'workforce challenges', 'funding challenges',
    'issues with', 'challenges with', 'problems with', 'difficulties with', 'impacted by',
    // Something still waited for ("Sign-off awaited"), as "awaiting" is; see SUPPORTING_PHRASES.
    'awaited',
    // A risk logged against the action: it is not going to plan, unless the entry says how it stands.
    'added to risk register', 'added to the risk register', 'added to corporate risk register',
    'added to the corporate risk register', 'on the risk register', 'on risk register', 'on the corporate risk register',
    'placed on the risk register', 'entered on the risk register', 'logged on the risk register',
    // Money not (yet) found puts delivery at risk; money refused puts it off track (below).
    'funding not secured', 'funding not yet secured', 'funding not agreed', 'funding not yet agreed',
    'funding not confirmed', 'funding not yet confirmed', 'unfunded', 'not funded',
    'partially done', 'partly done', 'part done',
    // No progress on an open action is the work not moving, not work yet to begin: held up (STALL_PHRASES).
    'no progress', 'not progressed', 'not been progressed',
    'progress has been limited', 'progress has been slow', 'progress limited', 'progress slow', 'mixed progress',
    'variable progress', 'inconsistent progress', 'recruitment unsuccessful',
    'unsuccessful recruitment', 'no suitable candidates', 'no suitable candidate', 'unsuccessful', // "bid unsuccessful" is off track
    'recovery actions', 'recovery action plan', 'recovery action plan in place',
    // Put behind other work, and a plan's timeline redrawn (also in REDATED_PHRASES).
    'de prioritised', 'de prioritized', 'revised timeline', 'revised timelines',
    ...ASSURANCE_PHRASES.at_risk, ...PLAN_PHRASES.at_risk, ...RAID_PHRASES.at_risk, ...PLAIN_PHRASES.at_risk,
    ...SHORTFALL_PHRASES.at_risk, ...COURSE_PHRASES.at_risk, ...PENDING_PHRASES.at_risk, ...HELD_OPEN_PHRASES.at_risk,
    ...REPORT_PHRASES.at_risk, ...FACT_PHRASES.at_risk,
  ],
  off_track: [
    'off track', 'not on track', 'not on target', 'significant risk', 'stalled', 'blocked', 'missed',
    'not achieved', 'not delivered', 'over due', 'red', 'no further progress', // progress stopped is stalled (see STALL_PHRASES)
    'not on schedule', 'significant risks', 'at significant risk', 'significantly delayed', 'severely delayed',
    'seriously delayed', 'failed', 'not met', 'not be met', 'not be achieved', 'not be delivered',
    'unachievable', 'not achievable', 'not deliverable', 'amber red', 'red amber',
    'unlikely to be achieved', 'unlikely to be met', 'unlikely to be delivered', 'unlikely to be completed',
    'unlikely to complete', 'unlikely to deliver', 'unlikely to achieve', 'stuck', 'past due', 'off trajectory',
    'past deadline', 'past the deadline', 'past its deadline', 'passed deadline', 'beyond deadline',
    'unlikely to meet', 'likely to miss', 'will miss',
    'off schedule', 'date passed', 'deadline passed', 'target date passed', 'deadline missed',
    'significantly behind', 'well behind', 'far behind', 'severely behind', 'seriously behind',
    'significant concerns', 'serious concerns', 'major concerns',
    'business case rejected', 'business case declined', 'business case not approved', 'business case not supported',
    'bid rejected', 'bid unsuccessful', 'funding rejected', 'funding declined', 'funding refused', 'funding withdrawn',
    // Money refused in so many words, as "business case not approved" is.
    'funding not approved', 'funding not supported', 'funding not granted', 'bid not approved', 'bid not supported',
    // A risk rated at the top of a risk matrix, a target or standard broken.
    'critical risk', 'critical risks', 'at critical risk', 'breached', 'breach of target', 'target breach', 'in breach',
    // The work given up on or out of reach, and a plan missed ("should have started in Sept").
    'no longer deliverable', 'no longer achievable', 'no longer feasible', 'no longer viable', 'undeliverable',
    'not going to happen', 'not going to be achieved', 'not going to be met', 'not going to be delivered',
    'not going to be completed', 'recovery unlikely', 'unlikely to recover', 'recovery not expected', 'recovery not likely',
    'should have started', 'should have begun', 'should have commenced', 'should have been started',
    'should have completed', 'should have been completed', 'should have been delivered', 'should have been implemented',
    ...ASSURANCE_PHRASES.off_track, ...PLAN_PHRASES.off_track, ...PLAIN_PHRASES.off_track, ...HELD_OPEN_PHRASES.off_track, ...REPORT_PHRASES.off_track, ...FACT_PHRASES.off_track,
  ],
  not_started: [
    'not started', 'not yet started', 'has not commenced', 'work has not commenced', 'to start', 'not begun',
    'not yet begun', 'not commenced', 'not yet commenced', 'not been started', 'not yet been started',
    'yet to start', 'yet to begin', 'yet to commence', 'yet to be started', 'not yet under way',
    'not yet in progress', 'to commence',
    'not yet progressed', 'not due to start', 'not due to begin', 'not due to commence',
    'to begin', 'will start', 'will begin', 'will commence',
    'starting in', 'commencing in', 'not yet live', 'not live',
    // Nothing yet arranged or built: the work has not begun (round 34).
    'not yet scheduled', 'not yet been scheduled', 'not yet developed', 'not yet been developed', 'no work yet',
    'no work started', 'no work has started', 'no work begun', 'will mobilise', 'will mobilize',
    // Nothing done on it ("Not implemented", "Not actioned" are negated completions: status/resolve.ts).
    ...ASSURANCE_PHRASES.not_started, ...PLAIN_PHRASES.not_started, ...COURSE_PHRASES.not_started, ...REPORT_PHRASES.not_started,
  ],
};
// Events, retractions and names that merely hold a status word are in ./statusEvents.
export { EVENT_PHRASES, IGNORED_PHRASES, NOT_YET_DUE_PHRASES, RETRACTION_PHRASES } from './statusEvents';
