import { table } from './table';

/*
 * Round 20, from reviewers' misreads: a completion word for one occurrence of recurring or counted work, an outcome
 * measure after a completion, and small ones (a bare 100%, a closure question answered yes, a deadline missed).
 */

describe('one occurrence of recurring work done, with the next one set, or a count of units delivered, is under way', () => {
  table([
    ['Q2 review done 09/09/26. Q3 review scheduled for Dec SG.', 'on_track'],
    ['Q2 audit completed; next audit scheduled for March', 'on_track'],
    ['September audit completed. December audit booked for 12/12', 'on_track'],
    ['Q2 review has been completed; Q3 review in October', 'on_track'],
    ['4 cohorts delivered (58 managers)', 'on_track'],
    ['12 sessions have been delivered', 'on_track'],
    ['Training delivered to 3 cohorts', 'on_track'],
    ['3 out of 4 sessions delivered', 'on_track'],
  ]);
});

describe('work taken up again after a sign-off is under way', () => {
  table([
    ['DPIA signed off 20/10; rollout restarting', 'on_track'],
    ['DPIA signed off; work resuming in January', 'on_track'],
    ['Policy approved; implementation continuing', 'on_track'],
    ['Paused in summer; now recommencing', 'on_track'],
  ]);
});

describe('a one-off, the whole set, or a later occurrence also done stays complete', () => {
  table([
    // The latest completion decides, and nothing is set after it.
    ['Q2 review done 09/09/26. Q3 review done 10/12/26.', 'complete'],
    // A review after the work, with no occurrence of it done before, is routine (round 8).
    ['Complete - next review due December 2025', 'complete'],
    ['Annual review done; next review due 2027', 'complete'],
    ['Q2 review done; action closed', 'complete'],
    ['Complete; monitoring continues', 'complete'],
    ['Completed; BAU monitoring continues', 'complete'],
    ['All 4 cohorts delivered', 'complete'],
    ['Both workshops delivered', 'complete'],
    ['The 3 workshops delivered as planned', 'complete'],
    ['4 of 4 cohorts delivered', 'complete'],
    ['Training delivered to all 3 cohorts', 'complete'],
    ['Delivered 4/4 sessions', 'complete'],
    // A bare "Held <date>" may be the one event the action asked for: no general signal says otherwise.
    ['Held 10/09', 'complete'],
  ]);
});

describe('an outcome measure after a completion leaves it done; a level still counting is short of it', () => {
  table([
    // "Since April" says it has run a while: the action in place, not a step, so the measure is its outcome.
    ['In place since April; utilisation 81% (Aug)', 'complete'],
    ['In place since 1 May; uptake 64%', 'complete'],
    ['New rota in place since Q2; compliance 92% in October audit', 'complete'],
    ['Complete; compliance 97%', 'complete'],
    ['In place since April', 'complete'],
    // The words beside the figure, not the figure, say more is to come: "so far", "to date", "only".
    ['In place since April; utilisation only 41%', 'on_track'],
    ['In place since April; uptake 64% so far', 'on_track'],
    ['Implemented; uptake 64% so far', 'on_track'],
    ['Complete; 95% compliance to date', 'on_track'],
    ['Done – 64% uptake so far', 'on_track'],
    // With no time it has held since, "in place" may be a step on the way, after which any level is the work embedding (round 11).
    ['In place; utilisation 81%', 'on_track'],
    ['Improvement plan in place since April; next update January', 'on_track'],
  ]);
});

describe('a status cell holding only a full share is complete', () => {
  table([
    ['100%', 'complete'],
    ['100 %', 'complete'],
    ['100 per cent', 'complete'],
    ['100%.', 'complete'],
    // Read as "Complete - awaiting evidence" is: paperwork after the work done (was at risk, read as a step).
    ['100% - awaiting evidence', 'complete'],
    ['100 % complete', 'complete'],
    // A bare number may be a count, and a part share alone has no work named: unread.
    ['100', 'unknown'],
    ['50%', 'unknown'],
  ]);
});

describe('a closure question answered in one word: yes closes, no says nothing of the work (as "Completed: No")', () => {
  table([
    ['Recommendation to close: yes', 'complete'],
    ['Recommended to close: Y', 'complete'],
    ['Can be closed? Yes', 'complete'],
    ['Close: yes', 'complete'],
    ['Closed: yes', 'complete'],
    ['Recommendation to close: no', 'unknown'],
    ['Can be closed? N', 'unknown'],
    ['Not ready to close: yes', 'unknown'],
    ['Closing date: 31 March', 'unknown'],
  ]);
});

describe('a completion denied by its deadline is a deadline missed', () => {
  table([
    ['Not completed by deadline', 'off_track'],
    ['Not yet completed by the deadline', 'off_track'],
    ['Not complete by due date', 'off_track'],
    ['Not completed on time', 'off_track'],
    ['Not finished by the agreed date', 'off_track'],
    ['Not yet achieved by deadline', 'off_track'],
    // "Not implemented" alone is not begun; by a deadline it is a miss.
    ['Not implemented by the deadline', 'off_track'],
    ['Not fully implemented by the deadline', 'at_risk'],
    // A named date may be still to come, and a doubt says nothing: the dates decide.
    ['Not completed by 31 March', 'unknown'],
    ['No evidence it was completed by the deadline', 'unknown'],
    // Round 25 (reviewer11.test.ts): alone it is the work not done, at risk; "by 31 March" after it lets the dates decide.
    ['Not completed', 'at_risk'],
    ['Not yet achieved', 'unknown'],
    ['Not completed by deadline - new date agreed for March', 'at_risk'],
  ]);
});

describe('a wait after a window closed is the next part of the work', () => {
  table([
    ['Consultation closed; awaiting analysis of responses', 'on_track'],
    ['Survey closed; awaiting results', 'on_track'],
    ['Tender closed, awaiting evaluation', 'on_track'],
    ['Applications closed - awaiting shortlisting', 'on_track'],
    ['Consultation closed; awaiting ratification', 'complete'],
    ['Business case approved; awaiting funding', 'at_risk'],
    ['Action closed; awaiting evidence', 'complete'],
  ]);
});

describe('a history note of an earlier date after a completion leaves it complete', () => {
  table([
    ['Delivered (originally due Sept, deferred to Dec)', 'complete'],
    ['Delivered (originally due Sept)', 'complete'],
    ['Completed - originally due Sept, deferred to Dec', 'complete'],
    ['Complete (initially planned for March)', 'complete'],
    ['Complete; previously scheduled for Q1', 'complete'],
    // A clause opening "now" after the note is the same work's new date.
    ['Approved; implementation originally planned for Jan, now due March', 'on_track'],
    ['Guideline approved; teaching sessions planned for January.', 'on_track'],
    // After an approval (a step), the note's work is still to come: no false Complete.
    ['Approved; implementation originally planned for Jan', 'on_track'],
    ['Plan approved; recruitment originally planned for Q2', 'on_track'],
    ['Approved at Exec. Roll-out originally due Oct', 'on_track'],
  ]);
});

describe('a risk held on the register after a completion is no delivery at risk', () => {
  table([
    ['Complete; risk remains on risk register', 'complete'],
    ['Complete - risk remains on the risk register', 'complete'],
    ['Completed; residual risk remains, held on corporate risk register', 'complete'],
    ['Closed; risk transferred to the BAF', 'complete'],
    ['Complete; risk remains open', 'at_risk'],
    ['Complete; at risk of not being sustained', 'at_risk'],
    ['On track; risk on risk register', 'at_risk'],
    ['Delivered; risk of slippage in phase 2', 'at_risk'],
  ]);
});

describe('a negative set in a past period with "now" after it is a recovery, not mitigation', () => {
  table([
    // Round 19 made this at risk (mitigation); the delay is set in Q1 and "now" puts the work after it.
    ['Delayed in Q1, now progressing well', 'on_track'],
    ['Delayed in March; now in progress', 'on_track'],
    ['Overdue during the summer, now progressing', 'on_track'],
    ['Not on track in Q2, now underway', 'on_track'],
    ['Delayed in Q1, work ongoing', 'at_risk'],
    ['Delayed in Q1', 'at_risk'],
    ['Overdue - now in progress', 'off_track'],
    ['Delayed in the procurement stage, now in progress', 'at_risk'],
  ]);
});
