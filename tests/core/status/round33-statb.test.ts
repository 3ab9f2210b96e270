import { table } from './table';

/*
 * Round 33 (statb), from a fresh reviewer's misreads of facts stated plainly: an action closed by a decision or folded
 * into other work is closed, as "Withdrawn" is; an event in the past with its date or occasion is the work done; bad
 * news told as facts is at risk or off track; tracker shorthand is read as a whole cell; a year-to-date count is the
 * year on the way; a wait that gates the start is at risk.
 */

describe('G: closed by a decision or by merging', () => {
  table([
    ['Not proceeding - agreed at ELG 12/10; close', 'complete'],
    ['Not proceeding - decision taken at QSC 3/11', 'complete'],
    ['Decision not to proceed', 'complete'],
    ['Agreed not to pursue - close', 'complete'],
    ['Merged with 2.1', 'complete'],
    ['Merged into action 4.3', 'complete'],
    ['Now reported through the Workforce Committee; remove from this plan', 'complete'],
    ['Now monitored via the Digital Board', 'complete'],
    ['Handed over to Estates BAU planned maintenance regime from 1 Oct', 'complete'],
    // Not a decision to close: as before.
    ['Not proceeding', 'off_track'],
    ['Not proceeding as planned due to staffing', 'off_track'],
    ['Not proceeding; funding not agreed', 'off_track'],
    ['Handover to BAU planned for March once embedded', 'unknown'],
  ]);
});

describe('F: an event in the past with its date or occasion is done', () => {
  table([
    ['Diabetic eye screening backlog cleared Oct 26', 'complete'],
    ['Waiting list now cleared', 'complete'],
    ['Band 2/3 HCA back pay: all claims settled and paid in October payroll', 'complete'],
    ['Contract novated to new provider', 'complete'],
    ['Section 106 / planning condition discharged by the council', 'complete'],
    ['Community hospital (Millbrook) reopened to admissions 1 Nov after refurbishment', 'complete'],
    ['The new discharge lounge opened on 7 September and is seeing 30 patients a day', 'complete'],
    ['Service operating from new premises since 2 Nov', 'complete'],
    ['Staff awards ceremony held 20 Nov', 'complete'],
    ['Annual conference held 3 Oct', 'complete'],
    ['Paper taken to Audit and Risk Committee 10/11 and noted', 'complete'],
    ['All PCNs submitted capacity and access improvement plans by the 30/06 deadline', 'complete'],
    ['All PGDs reviewed and re-authorised by MMC - all now in date', 'complete'],
    ['Declarations of interest: 100% of decision-makers declared', 'complete'],
    ['Sent 14/11.', 'complete'],
    ['Letter sent to all GPs 3 Dec', 'complete'],
    // A start, a count of events, a window open, a deadline, a negation, a part: not the work done.
    ['Kick-off held 15/11', 'on_track'],
    ['12 clinics held; 640 vaccinated to date', 'unknown'],
    ['Consultation opened 1 Dec, closes 31 Jan', 'unknown'],
    ['Signed off by 30 June', 'unknown'],
    ['To be sent 14/11', 'unknown'],
    ['Not sent 14/11', 'unknown'],
    ['Meeting to be held 20 Nov', 'unknown'],
    ['Records held on Datix', 'unknown'],
    ['Backlog cleared for 3 of 5 specialties', 'unknown'],
    ['All wards asked to submit returns by Jan', 'unknown'],
    ['All services have aligned involvement partners.', 'unknown'],
    ['Open since June.', 'unknown'],
    ['Reopened', 'unknown'],
  ]);
});

describe('E: bad news stated as facts', () => {
  table([
    ['Go-live date of 1 Oct passed without go-live; no new date set', 'off_track'],
    ['Deadline of 30 Sept passed without sign-off', 'off_track'],
    ['Landlord has withdrawn the offer of the site', 'off_track'],
    ['Funding has been withdrawn by the ICB', 'off_track'],
    ['Incumbent supplier served notice to terminate; no replacement in place', 'off_track'],
    ['Forecast outturn deficit of £14m against breakeven plan', 'off_track'],
    ['Lift replacement will not go ahead this year - capital allocation withdrawn', 'off_track'],
    ["Didn't happen", 'off_track'],
    ['Won’t take place this year', 'off_track'],
    ['Out of area placements: 23 active against trajectory of zero by March', 'off_track'],
    ['Order comms integration testing: 14 defects open, 3 severity 1', 'at_risk'],
    ['Defects list at handover still has 64 items open; retention held', 'at_risk'],
    ['Key member of project team left in September; replacement not yet appointed', 'at_risk'],
    ['Community paediatrics waiting list increased to 1,940 (from 1,710)', 'at_risk'],
    ['Delivery confidence low', 'at_risk'],
    ['Delivery confidence high', 'on_track'],
    ['Business case returned by NHSE for further information', 'at_risk'],
    ['ERIC return queried by NHSE - resubmission required', 'at_risk'],
    ['Contractor went into administration in March; re-tender under way', 'at_risk'],
    ['Should be complete by end Jan - however contractor has gone into administration', 'unknown'],
    ['Month 7 position: £0.3m favourable to plan', 'on_track'],
    // Not bad news: as before.
    ['Inspection passed without issues', 'unknown'],
    ['Breach notice served on contractor', 'at_risk'],
    ['Business case returned to NHSE', 'unknown'],
  ]);
});

describe('J: tracker shorthand, as a whole cell or its last word', () => {
  table([
    ['Comp.', 'complete'],
    ['Comp. 12/11', 'complete'],
    ['Fire risk assessments for all inpatient areas Comp.', 'complete'],
    ['O/T', 'on_track'],
    ['In prog', 'on_track'],
    ['N/S', 'not_started'],
    ['O/D', 'off_track'],
    ['Approx 50% through', 'on_track'],
    // Short forms as often other things (round 20), and a bare share (round 10): unread, as before.
    ['OT', 'unknown'],
    ['IP', 'unknown'],
    ['NS', 'unknown'],
    ['75%', 'unknown'],
    // Inside words or sentences, and a prototype name: nothing.
    ['Competition launched', 'complete'],
    ['OT assessment', 'unknown'],
    ['constructor', 'unknown'],
  ]);
});

describe('H and L: a year to date, a gated wait', () => {
  table([
    ['CIP: £6.1m delivered YTD against £5.8m plan', 'on_track'],
    ['Structured medication reviews: 1,860 completed YTD against plan of 1,700', 'on_track'],
    ['Community MH transformation Phase 2 awaiting ICB funding decision before mobilising', 'at_risk'],
    ['Awaiting board approval before starting', 'at_risk'],
    ['Awaiting funding decision', 'at_risk'],
  ]);
});
