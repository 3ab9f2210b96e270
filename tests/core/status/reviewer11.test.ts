import { classifyStatus } from '../../../src/core/status';

/*
 * A reviewer's misreads (round 24, SPEC 4): false completes first (the worst misread: a Complete drops off the board's
 * exceptions), then problems read as none, then done work read Red or Amber. Each row is a phrase and the classes any
 * of which is right, for rows where two readings are fair ("re-audit planned" after a shortfall is at risk or on track).
 */
function accepts(rows: [string, string][]): void {
  it.each(rows)('reads "%s" as %s', (text, classes) => {
    expect(classes.split('|')).toContain(classifyStatus(text));
  });
}

describe('1: an audit done with the standard not met is not the action done', () => {
  accepts([
    ['Audit completed - 64% compliance. Action plan developed to address gaps.', 'at_risk|off_track'],
    ['Audit complete. Compliance 71% - re-audit in Q1 following further training', 'at_risk|on_track'],
    ['Audit completed - 58% compliance. Re-audit planned', 'at_risk|on_track'],
    ['Audit complete: 72% compliant. Further work required.', 'at_risk|on_track'],
    ['Audit completed - compliance 88% vs 95% standard', 'at_risk'],
    ['Audit complete – 98% compliance at RSH. PRH audit due March.', 'on_track'],
    // Controls: a result with the action closed, or a full result, is done.
    ['Audit complete - 98% compliance, action closed', 'complete'],
    ['Re-audit shows 100% compliance', 'complete'],
    ['Audit completed - compliance 97% vs 95% standard', 'complete'],
    ['Audit complete', 'complete'],
  ]);
});

describe('2: a completion by some of the places is under way', () => {
  accepts([
    ['Completed by 6 of 9 wards', 'on_track'],
    ['Completed by 4 of 6 teams', 'on_track'],
    ['Implemented in 4/6 wards', 'on_track'],
    ['Completed by 9 of 9 wards', 'complete'],
    ['Completed by all wards', 'complete'],
  ]);
});

describe('3: a sign-off with a further meeting still to approve is under way', () => {
  accepts([
    ['Signed off at DMT; to go to QSC for final approval', 'on_track'],
    ['Approved at Care Group; to Trust Board for final approval in April', 'on_track'],
    ['Ready to close - awaiting QSC approval', 'on_track'],
    ['Signed off by Division; awaiting Trust sign off at March PAG', 'on_track'],
    ['Signed off at DMT', 'complete'],
    ['Ready to close', 'complete'],
  ]);
});

describe('4: a pilot done with its evaluation still going to a meeting is under way', () => {
  accepts([
    [
      'Update 02/02/27: Pilot on Ward 12 completed successfully. Evaluation paper to March Quality Committee with recommendation for trust-wide roll out.',
      'on_track',
    ],
    ['Pilot on Ward 12 completed successfully', 'on_track|complete'],
  ]);
});

describe('5: a completion with something still open after it is under way', () => {
  accepts([
    ['Reported complete – evidence awaited', 'on_track|at_risk'],
    ['Datix closed but action remains open', 'on_track|unknown'],
    ['Done draft, to be reviewed by DoN', 'on_track'],
    ['Group established but has not yet met', 'on_track'],
    ['Meeting held with ICB 10/01/27 - further meeting needed to agree funding', 'on_track|at_risk'],
    ['Monthly audits in place - 3 consecutive months >95% required before closure (2 achieved)', 'on_track|at_risk'],
    ['Group established', 'complete'],
  ]);
});

describe('6: not completed, and not on track with its reason', () => {
  accepts([
    ['Not completed - lead on long term sick', 'off_track'],
    ['Not completed', 'at_risk|off_track'],
    // Left a retraction (unknown, the dates decide): beside a closing flag it is warned of as closure_conflict
    // (tests/core/analyse/heldClosed.test.ts), a warning an at-risk reading would change. See the round-25 report.
    ['Not complete – audit shows only 60%', 'unknown|at_risk|off_track'],
    ['Not complete: reopened by ELG', 'unknown'],
    ['Not completed by 31 March', 'unknown'],
    ['Not on track - no funding identified', 'off_track'],
    ['Not yet complete, expected by end Nov', 'on_track'],
  ]);
});

describe('7: a measure short of its target, or not sustained, is at risk', () => {
  accepts([
    ['Dec audit 100%, Jan audit 82% - not sustained', 'at_risk'],
    ['Spot checks show improvement but not yet at 95% target (currently 89%)', 'at_risk'],
    ['Training compliance 45% - significantly below target', 'at_risk|off_track'],
    ['Below target at 81%', 'at_risk'],
    ['Compliance 98% at RSH but 72% at PRH', 'at_risk'],
  ]);
});

describe('8: work reopened is under way, not complete', () => {
  accepts([
    ['Reopened Jan 27 following repeat incident', 'on_track|at_risk'],
    ['Nov 26 - Complete\nJan 27 - Re-opened following incident; SOP being revised', 'on_track|at_risk'],
  ]);
});

describe('9: people in post', () => {
  accepts([
    ['In post since Aug', 'complete'],
    ['Both posts appointed to; staff in post since Aug', 'complete'],
    ['All 3 vacancies recruited to and staff in post', 'complete'],
    ['Vacancy filled - new starter in post', 'complete'],
    ['Staff now in post', 'complete'],
    ['Nurse Consultant in post', 'complete'],
    ['Recruitment complete, post holders started Nov 26', 'complete'],
    ['Band 7 lead nurse appointed and started 04/01/27', 'complete'],
    ['Successful candidate started in post 05/01/27', 'complete'],
    ['Post holder commenced in role Jan 27', 'complete'],
    ['In post from 01/04/27', 'on_track'],
    ['New starter appointed; starts in May', 'on_track'],
    ['Appointed to post - starting 01/03/27', 'on_track'],
    ['Recruitment complete, post holders start Nov', 'on_track'],
    // The posts said filled: the start date is when the post holders took them up (the first phrase review's row).
    ['Recruitment complete, both posts filled and in post from 6 Sept', 'complete'],
    ['Vacancies filled; in post from 01/03/27', 'complete'],
  ]);
});

describe('10-11: an explicit completion or closure, and plain work done', () => {
  accepts([
    ['Completed. Business case approved at F&P Committee Nov 26 and posts funded.', 'complete'],
    ['ToR agreed at first meeting in Oct; group now meets monthly. Close.', 'complete'],
    ['Group established and meeting monthly', 'on_track'],
    ['Procedure updated and uploaded to the intranet.', 'complete'],
    ['Analysed, summarised and shared with the division', 'complete'],
  ]);
});

describe('12: a new date set after a miss, and waits that are the next step', () => {
  accepts([
    ['Deadline missed - now expected by end of April', 'at_risk'],
    ['Missed deadline - new date to be agreed', 'off_track'],
    ['Interviews held 10/01/27 - preferred candidate identified, awaiting pre-employment checks', 'on_track'],
    ['Audit undertaken Jan 27 - results awaited', 'on_track'],
    ['Awaiting completion of audit', 'on_track|unknown'],
  ]);
});

describe('variants and neighbours the rules must leave alone', () => {
  accepts([
    ['Audit complete - 76% compliance; improvement plan to address gaps', 'at_risk'],
    ['Audit complete - 100% compliance', 'complete'],
    ['Audit complete, re-audit planned Q3', 'complete'],
    ['Audit completed Dec 26 - 100% compliance across all 9 wards. Action closed.', 'complete'],
    ['Approved at DMT; to go to Board for final approval', 'on_track'],
    ['Decant plan approved, awaiting formal approval', 'complete'],
    ['Evidence submitted 28/10, awaiting LMNS sign off', 'complete'],
    ['Completed by 3 of 3 wards', 'complete'],
    ['DNA rate below target at 6%', 'unknown'],
    ['Achieved. Not sustained is a risk we will watch', 'complete'],
    ['Matron appointed, starting 01/06/27', 'on_track'],
    ['New matron started in post 03/02/27', 'complete'],
    ['1.5 FTE in post', 'on_track'],
    ['Both posts filled and staff in post', 'complete'],
    ['Starter now due to start 3 March', 'not_started'],
    ['Not started - falls lead recruited, starts January', 'not_started'],
    ['Overdue - lead now in post and progressing', 'off_track'],
    ['Propose this is reviewed once new lead in post', 'unknown'],
    ['Posts appointed to, start dates Jan and Feb. All staff now in post.', 'complete'],
    ['Deadline missed - now expected by end of June', 'at_risk'],
    ['Missed - awaiting new date', 'off_track'],
    ['Complete; risk remains open', 'at_risk'],
    ['Was re-opened', 'unknown'],
    ['Complete but now reopened', 'unknown'],
    ['Awaiting results of funding bid', 'at_risk'],
    ['Group set up; ToR agreed. Close.', 'complete'],
  ]);
});
