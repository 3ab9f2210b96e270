import { readStatus } from '../../../src/core/status';
import { table } from './table';

/*
 * Round 6, part 2: internal-audit trackers, CQC action plans, board assurance frameworks, EPRR and
 * workforce plans, and the log wording that already read right or is left unread on purpose.
 */

describe('evidence and assurance that close an action, and what falls short of it', () => {
  table([
    ['Evidence submitted; awaiting CQC review', 'complete'],
    ['Evidence uploaded to the portal', 'complete'],
    ['Evidence provided to Internal Audit', 'complete'],
    ['Assurance received', 'complete'],
    ['Verified by Internal Audit', 'complete'],
    ['Risk accepted', 'complete'],
    ['Risk accepted - see ARC minutes 12/03', 'complete'],
    ['Handed over to the People Directorate', 'complete'],
    ['Further evidence requested by Internal Audit', 'at_risk'],
    ['Limited assurance received', 'at_risk'],
    ['Substantially compliant', 'at_risk'],
    ['EPRR: substantially compliant (2023/24)', 'at_risk'],
    ['Controls in place; gaps in assurance identified', 'at_risk'],
    ['Gaps in control identified', 'at_risk'],
  ]);
});

describe('evidence or assurance called short of enough is no closure: a doubt reaches into the phrase', () => {
  table([
    ['No evidence submitted', 'unknown'],
    ['Insufficient evidence provided', 'unknown'],
    ['Limited evidence provided', 'unknown'],
    ['Lack of evidence submitted', 'unknown'],
    ['Partial evidence submitted', 'unknown'],
    ['Insufficient assurance provided', 'unknown'],
  ]);
});

describe('audit wording that already read right', () => {
  table([
    ['Implemented - awaiting evidence', 'complete'],
    ['Evidence submitted to CQC', 'complete'],
    ['Closed – risk accepted by the Audit Committee', 'complete'],
    ['Recommendation implemented; follow-up audit Q3', 'complete'],
    ['Recommendation partially implemented', 'at_risk'],
    ['Not implemented', 'not_started'], // an audit grade: nothing done on it (round 10)
    ['MUST DO: Complete - evidence in folder 3', 'complete'],
    ['Should do: in progress', 'on_track'],
    ['Action complete; awaiting CQC re-inspection to confirm', 'complete'],
  ]);
});

describe('an audit tracker’s new target date is a deadline moved', () => {
  it.each(['Revised target date 30/06/25', 'Revised target date: 31/03/25', 'New target date agreed', 'Date changed from Dec to March'])(
    '%s',
    (text) => {
      expect(readStatus(text)).toEqual({ status: 'at_risk', completedText: null, redated: true, goAhead: false });
    },
  );

  it.each(['Implementation date revised to 30/09/25', 'Overdue - revised date agreed 30/06/25', 'Not complete - revised date 31/03'])(
    '%s (already read so)',
    (text) => {
      expect(readStatus(text)).toEqual({ status: 'at_risk', completedText: null, redated: true, goAhead: false });
    },
  );
});

describe('workforce and procurement steps, and tolerances', () => {
  table([
    ['Out to advert', 'on_track'],
    ['Out to tender', 'on_track'],
    ['Draft received', 'on_track'],
    ['12/09: chased lead; 03/10: draft received', 'on_track'],
    ['Draft submitted to ELG for approval', 'on_track'],
    ['Advert closed, interviews 14/11', 'unknown'],
    ['Fully recruited', 'complete'],
    ['Not fully recruited', 'at_risk'],
    ['Within tolerance', 'on_track'],
  ]);
});

describe('ratings with a note, pauses, closures and dated logs that already read right', () => {
  table([
    ['Green - on track', 'on_track'],
    ['G - on track', 'on_track'],
    ['Amber (at risk)', 'at_risk'],
    ['Red (off track)', 'off_track'],
    ['A/G - minor slippage', 'at_risk'],
    ['Red - not started', 'off_track'],
    ['Blue - closed', 'complete'],
    ['Green/Complete', 'complete'],
    ['Completed within tolerance', 'complete'],
    ['Paused pending ICB review', 'at_risk'],
    ['On hold pending ICB decision', 'at_risk'],
    ['Started but paused due to IA', 'at_risk'],
    ['Closed - merged with action 12', 'complete'],
    ['Superseded - see action 4.3', 'complete'],
    ['Withdrawn - no longer a priority for the ICB', 'complete'],
    ['Complete pending evidence', 'complete'],
    ['Complete subject to ratification at QSC', 'complete'],
    ['Slippage against milestone 3', 'at_risk'],
    ['At risk of slipping', 'at_risk'],
    ['On track, albeit with some risk', 'at_risk'],
    ['Not yet complete - on track for March', 'on_track'],
    ['Not yet due - deadline March 2025', 'unknown'], // open, the deadline not yet come (round 10)
    ['Overdue - chased 12/03, no response', 'off_track'],
    ['Jan: on track. Feb: on track. Mar: slipped to May', 'at_risk'],
    ['Sept - Red; Oct - Amber; Nov - Green', 'on_track'],
    ['Q1 - green; Q2 - amber (staffing); Q3 - red', 'off_track'],
    ['12/09/24 Draft SOP to ELG; 10/10/24 SOP approved; 14/11/24 training started', 'on_track'],
  ]);
});

describe('left unread on purpose: no status, or two readings a programme manager would ask about', () => {
  table([
    ['No update provided', 'unknown'],
    // Round 15: a lead chasing with no answer is held up (a PMO reviewer's reading), as "awaiting" is.
    ['Chased x3 - no response', 'at_risk'],
    ['Nothing to report', 'unknown'],
    ['Due next month', 'unknown'],
    ['Scheduled for Q4', 'unknown'],
    ['Pending ICB decision', 'unknown'],
    ['Dependent on ICB decision', 'unknown'],
    ['Withdrawn by ICB', 'unknown'],
    ['Stood down due to COVID', 'at_risk'], // Round 16: stood down for a reason is paused, as "on hold" is; "Stood down" alone stays closed.
    ['Terms of reference agreed', 'unknown'],
    ['Management response agreed', 'unknown'],
    ['All posts recruited to', 'unknown'],
    // Round 33: an event held on its date is the step done ("Staff awards ceremony held 20 Nov"); the debrief is its aftermath.
    ['Exercise held 14/03; debrief report due April', 'complete'],
  ]);
});
