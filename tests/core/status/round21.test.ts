import { table } from './table';

/*
 * Round 21, from reviewers' misreads: within one entry, a step of the work done (an approval, a sign-off, a plan in
 * place, a window closed, a letter issued) beside the writer's word that the work is behind, not started or short of
 * its target. The step is not the action done, so the negative stands, in either order. Dated updates are apart:
 * the latest entry decides (SPEC 4).
 */

describe('a step done after a negative in the same entry leaves the negative standing', () => {
  table([
    ['Behind programme – 31 of 96 complete. Capital bid approved at CPG.', 'at_risk'],
    ['Behind programme – capital bid approved', 'at_risk'],
    // Punctuation does not decide: a stop between them reads as the dash does.
    ['Behind programme. Funding approved', 'at_risk'],
    ['Delayed. Policy signed off at QSC', 'at_risk'],
    ['Recruitment delayed; business case approved at ELT', 'at_risk'],
    ['Overdue. Business case approved at ELT in November.', 'off_track'],
    ['At risk - policy approved at QSC', 'at_risk'],
    ['Amber - SOP approved at QSC', 'at_risk'],
    ['Not started - business case approved', 'not_started'],
    // A count of part done under a negative that opens the entry only measures it (as under a rating, round 7).
    ['Behind programme – 31 of 96 complete', 'at_risk'],
  ]);
});

describe('a negative after a step done in the same entry is the work\'s, not the step\'s history', () => {
  table([
    ['Capital bid approved at CPG - behind programme', 'at_risk'],
    ['Tender closed; behind schedule', 'at_risk'],
    ['Implementation plan in place; behind trajectory', 'at_risk'],
    ['Change request approved. Build not started', 'not_started'],
    ['Business case approved. Recruitment not started', 'not_started'],
    ['Policy approved; implementation not yet started', 'not_started'],
    ['Plan approved; delivery not yet begun', 'not_started'],
    // A window closed is no closure of the action: a target missed after it is missed (was off track before round 19).
    ['Survey closed - system RR 44%, target not met', 'off_track'],
    ['Survey closed. Target not met.', 'off_track'],
    ['Consultation closed; target not met', 'off_track'],
  ]);
});

describe('what a step does not overturn: a recovery, the work done, a later dated entry, a closure, a start set', () => {
  table([
    ['Delayed - now back on track', 'on_track'],
    ['Was delayed; now approved and complete', 'complete'],
    ['Sep 24: Behind. Nov 24: Completed and signed off', 'complete'],
    ['Delayed. Now complete.', 'complete'],
    // "Now" makes the step the news that ends the hold-up.
    ['Delayed awaiting approval; now approved', 'complete'],
    // Closed without delivery is no open work (the vocabulary's "closed not achieved").
    ['Closed - not achieved', 'complete'],
    ['Closed - target not met', 'complete'],
    ['Project closed - target not met', 'complete'],
    ['Approved at Board - complete', 'complete'],
    ['Capital bid approved', 'complete'],
    // A slippage in the step's own words is how it went.
    ['Policy signed off (slipped from Oct)', 'complete'],
    ['Approved late at Board', 'complete'],
    ['Signed off; risk remains on risk register', 'complete'],
    ['Business case approved; recruitment to start in April', 'on_track'],
    ['Phase 1 complete; phase 2 to start in April', 'on_track'],
    // A rating that does not open the entry yields to the count after it (round 7).
    ['Reviewer capacity limited, at risk; 212 of 480 reviews complete', 'on_track'],
    ['Behind programme; 96 of 96 complete', 'complete'],
    ['Green - plan approved', 'complete'],
  ]);
});

describe('a routine message sent is activity, not the action done, when it is the only completion', () => {
  table([
    ['91%; reminders issued', 'on_track'],
    ['Reminders issued', 'on_track'],
    ['Reminders have been issued', 'on_track'],
    ['Invitations issued; 120 booked', 'on_track'],
    ['Reminder emails issued to managers', 'on_track'],
    // Another completion still decides, and an issue of the work's own product may be the action.
    ['Reminders issued; audit complete', 'complete'],
    ['Audit complete; reminders issued', 'complete'],
    ['Guidance issued', 'complete'],
    // A newsletter, a bulletin or a communication may be the work's own product.
    ['Newsletter issued 2 June.', 'complete'],
    ['Policy issued to all staff', 'complete'],
    ['Off track - letters issued to all practices', 'off_track'],
  ]);
});

describe('a part done beside another part short of done is under way, or at risk when what it needs is missing', () => {
  table([
    ['Estates works complete; nursing establishment 60% filled', 'on_track'],
    ['Estates works complete; 60% of posts recruited to', 'on_track'],
    ['Estates works complete; 60% of staff trained', 'on_track'],
    ['Estates works completed, staffing not yet in place', 'at_risk'],
    ['Complete; staffing not yet in place', 'at_risk'],
    ['Estates works complete', 'complete'],
    // An outcome measured after the work done leaves it done (round 20); a full share is the whole.
    ['Complete; compliance 97%', 'complete'],
    ['Complete; 100% filled', 'complete'],
    // The rest still to do is under way, as before.
    ['Policy complete; training not yet delivered', 'on_track'],
    ['Action plan in place but not yet delivered', 'on_track'],
  ]);
});
