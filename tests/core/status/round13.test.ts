import { table } from './table';

/*
 * Round 13: a RAID-style programme plan. A response to a problem put in place is the problem handled,
 * not the work done, and a go-live plan's tests, gates and hypercare are steps towards the go-live.
 * A false Complete hides an open action (SPEC 5.1), so neither reads complete.
 */

describe('a rating heading the entry outranks a response to the problem put in place after it', () => {
  table([
    ['At risk – mitigation in place', 'at_risk'],
    ['Behind – controls in place', 'at_risk'],
    ['Delayed - escalation in place', 'at_risk'],
    ['Slipped – plan in place', 'at_risk'],
    ['Amber: mitigating actions now in place', 'at_risk'],
    ['Behind schedule - controls have been implemented', 'at_risk'],
  ]);
  // A completion of the work itself still decides: "Red – policy complete" (round 8).
});

describe('a response to a problem in place is under way, not done; the problem, when named, rates it', () => {
  table([
    ['Mitigation in place', 'on_track'],
    ['Controls in place', 'on_track'],
    ['Control measures in place', 'on_track'],
    ['Controls implemented', 'on_track'],
    ['Mitigating actions in place', 'on_track'],
    ['Supplier delay - mitigation in place', 'at_risk'],
    ['Staffing issues; controls in place', 'at_risk'],
  ]);
  // The thing itself in place is done: "Policy in place", "Process in place" (round 10), and so is
  // "Escalation policy in place", whose head is the policy.
  table([
    ['Policy in place', 'complete'],
    ['Process in place', 'complete'],
    ['Escalation policy in place', 'complete'],
    ['Mitigation in place - complete', 'complete'],
  ]);
});

describe('RAID wording', () => {
  table([
    // A risk or issue raised against the action: not going to plan, as one on the risk register is.
    ['Issue raised on RAID log', 'at_risk'],
    ['Risk raised', 'at_risk'],
    ['Dependency outstanding', 'at_risk'],
    // A dependency met or a risk mitigated lets the work go on.
    ['Dependency met', 'on_track'],
    ['Mitigated', 'on_track'],
    ['Risk mitigated', 'on_track'],
    // A test or gate passed, or a change board's go-ahead, lets the work proceed to go-live.
    ['Go/no-go passed', 'on_track'],
    ['UAT passed', 'on_track'],
    ['Gateway review passed', 'on_track'],
    ['Stage gate 3 approved', 'on_track'],
    ['CAB approved', 'on_track'],
    // Hypercare is the go-live still supported: open until it ends.
    ['Hypercare', 'on_track'],
    ['In hypercare until 14 Feb', 'on_track'],
    ['Hypercare exited', 'complete'],
  ]);
  // Already read as boards mean them, pinned here: on a RAID log the row is the risk or issue, so
  // closing it is done ("resolved", "closed" are SPEC 4 completions); cutover is the go-live itself.
  table([
    ['Blocked – awaiting supplier', 'off_track'],
    ['Slipped – new date TBC', 'at_risk'],
    ['Risk closed', 'complete'],
    ['Issue resolved', 'complete'],
    ['Escalated to SRO', 'at_risk'],
    ['Re-planned', 'at_risk'],
    ['Rebaselined', 'at_risk'],
    ['Go-live deferred', 'at_risk'],
    ['UAT in progress', 'on_track'],
    ['Cutover complete', 'complete'],
    ['Awaiting CAB approval', 'at_risk'],
  ]);
});
