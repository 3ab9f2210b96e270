import { readStatus } from '../../../src/core/status';
import { table } from './table';

/*
 * Round 10: wording from realistic NHS finance, audit-recommendation and CQC action-plan trackers
 * that read as a false Complete or as not started. Where SPEC 4 is silent, a comment says why the
 * class is the one a programme manager writing a board paper expects.
 */

describe('an amount delivered against a plan, or year to date, is part of the target: work on the way', () => {
  table([
    ['£2.3m delivered YTD against £9.2m plan', 'on_track'],
    ['£2.3m delivered against £9.2m plan', 'on_track'],
    ['CIP: £1.2m achieved against £3m target', 'on_track'],
    ['Savings delivered: £2.1m against £2.5m target', 'on_track'],
    ['450 procedures delivered YTD', 'on_track'],
    ['1,200 assessments completed FYTD', 'on_track'],
  ]);
});

describe('a rating leading the entry outranks an amount or count done after it', () => {
  table([
    ['Off track – £5.1m identified, £2.3m delivered YTD. Recovery plan to Dec Board.', 'off_track'],
    ['Red – £2.3m delivered', 'off_track'],
    ['At risk - 96 reviews completed', 'at_risk'],
  ]);
});

describe('a plan for doing the work in place is a step towards it; a completion denied after a part done leaves the rest to do', () => {
  // "Policy in place" and "Action plan in place" stay complete (rounds 5 and 7): the thing itself, or
  // the plan answering a finding that the action asks for. A plan, timeline or business case for
  // delivering the work only says the work is organised.
  table([
    ['Agreed at ELT; implementation plan in place', 'on_track'],
    ['Delivery plan in place', 'on_track'],
    ['Implementation timeline in place', 'on_track'],
    ['Project plan and timeline in place', 'on_track'],
    ['Action plan in place but not yet delivered', 'on_track'],
    ['Implemented but not yet embedded', 'on_track'],
    ['Complete – not yet embedded', 'on_track'],
    ['Training delivered to all staff; not yet embedded in practice', 'on_track'],
    ['Policy approved but not yet implemented', 'on_track'],
  ]);
});

describe('not yet due says only that the deadline has not come: open, nothing said of progress', () => {
  // Read as "Open" is (unknown), not as not started: the work may be well under way. SPEC 5.1 then
  // rates it by its date: Green while the deadline is far, Amber within the amber window (rule 6), as
  // an audit committee wants a recommendation due next month with no update flagged. On track would
  // hide it Green; "Open – within timescale" stays on track, as the lead says the work keeps to time.
  table([
    ['Open - not yet due', 'unknown'],
    ['Open – not yet due (June 2025)', 'unknown'],
    ['Done\nNot yet due', 'unknown'],
    ['Open - not yet due - awaiting evidence', 'at_risk'],
    ['Complete; not yet due for review', 'complete'],
  ]);
});

describe('an audit grade of nothing done is not started', () => {
  table([
    ['Not yet implemented', 'not_started'],
    ['Recommendation not implemented', 'not_started'],
    ['Has not been implemented', 'not_started'],
    ['Not actioned', 'not_started'],
    ['Not yet actioned - owner on leave', 'not_started'],
    ['No action taken', 'not_started'],
    ['No action taken to date', 'not_started'],
  ]);
});

describe('a paper sent for a decision still to come is on its way; the decision is the outcome', () => {
  table([
    ['Submitted to QSC for approval in January', 'on_track'],
    ['Paper going to ELT on 14 Jan for sign-off', 'on_track'],
    ['Presented to ELT for approval on 5 Dec', 'on_track'],
    ['Business case submitted to ICB for funding decision', 'on_track'],
    ['Policy submitted for ratification', 'on_track'],
    ['Draft to ELT for approval', 'on_track'],
    ['With Chief Nurse for sign-off', 'on_track'],
    ['For approval at January Board', 'on_track'],
    ['Workshop held; paper to Board for approval in March', 'on_track'],
  ]);

  it('is no go-ahead', () => {
    expect(readStatus('Submitted to QSC for approval in January')).toEqual({ status: 'on_track', completedText: null, redated: false, goAhead: false });
  });
});

describe('audit and CQC tracker closures', () => {
  table([
    // Management accepting the risk instead of acting closes the recommendation in audit practice, as
    // "Risk accepted" alone already did; "tolerated" is the same treatment in risk-management words.
    ['Risk accepted by the Audit Committee', 'complete'],
    ['Management have accepted the risk', 'complete'],
    ['The Audit Committee accepted the risk at its March meeting', 'complete'],
    ['Risk tolerated', 'complete'],
    ['Not implemented – risk accepted', 'complete'],
    ['Fully met', 'complete'],
    ['Merged with recommendation 4', 'complete'],
    ['Accepted for closure at ARC', 'complete'],
  ]);
});
