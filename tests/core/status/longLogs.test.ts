import { classifyStatus } from '../../../src/core/status';
import { joinStatuses } from '../../../src/core/steps/align';
import { splitEntries } from '../../../src/core/steps/entries';
import { table } from './table';

/* Long status entries as real trackers hold them (round 4), part 1: the class a board secretary gives each. */

describe('long entries and update logs, newest last', () => {
  table([
    ['Guideline approved at Maternity Guidelines Group in October. Teaching sessions planned for January to embed the change.', 'on_track'],
    ['LocSSIP approved by the Theatres Safety Group. Compliance audit due December, results to QSC in January.', 'on_track'],
    ['Analyst training complete for all divisional BI leads. First SPC-based IPR scheduled for the January Board.', 'on_track'],
    ['Procurement complete and contract awarded to preferred supplier. Implementation kick-off 20/11/23 with go-live planned for April 2024.', 'on_track'],
    ['Pilot on Ward 7 completed successfully; wider roll-out to medicine wards due to start in February 2024.', 'on_track'],
    ['Action complete - new escalation policy approved at QSC 14/09/23. Review date September 2026.', 'complete'],
    ['Audit completed and actions implemented. Re-audit scheduled for Q3 2024 to provide assurance.', 'complete'],
    ['Complete - evidence to follow to the December meeting.', 'complete'],
    ['All training delivered. Propose closure at the next Patient Safety Group.', 'complete'],
    ['Action complete. Monitoring via QSC quarterly through the integrated quality report.', 'complete'],
    ['Completed October 2023 (was due September). Ongoing monitoring through the divisional governance meeting.', 'complete'],
    ['Update Oct 23: Scoping meeting held with clinical leads.\nUpdate Nov 23: Draft pathway circulated for comment.\nUpdate Dec 23: Pathway approved by Division. Complete.', 'complete'],
    ['Update Aug 24: On track, data collection under way.\nUpdate Oct 24: Delayed due to analyst vacancy - now expected December.', 'at_risk'],
    ['12/09/23 - initial meeting held with estates.\n10/10/23 - quotes obtained, awaiting capital approval.\n14/11/23 - capital bid rejected; escalated to Exec.', 'off_track'],
    ['Jul 24: Amber - recruitment challenges.\nSep 24: Post holder started 2/9/24, backlog being cleared.\nNov 24: Back on track, 3 of 5 wards now live.', 'on_track'],
    ['Update 03/10: no progress since last meeting due to winter pressures.\nUpdate 07/11: work restarted, group meeting fortnightly.', 'on_track'],
    ['Oct 2022 - Not started.\nNov 2022 - Started; lead identified.\nDec 2022 - Slipped to March 2023 due to industrial action.', 'at_risk'],
    ['Update 01/06/24: complete\nUpdate 15/07/24: reopened following serious incident - further actions required.', 'on_track'], // reopened work under way (round 25)
    ['Q1: on track\nQ2: on track\nQ3: compliance 87% vs 95% target - amber\nQ4: 96% achieved, target met', 'complete'],
    ['Update Oct 24: Audit tool agreed and data collection started. Update Dec 24: Data collection complete for 3 of 5 wards; remaining wards by end of January.', 'on_track'],
    ['Update June: on track. Update August: slippage due to annual leave, now expected end of September. Update October: complete.', 'complete'],
    ['Update Sept: Amber as funding not yet confirmed. Update Nov: Funding confirmed by ICB; recruitment under way.', 'on_track'],
    ['Update 10/23: Progressing well. Update 12/23: Stalled - no clinical lead since the consultant left.', 'off_track'],
    ['RAG remains amber as the business case is still with the ICB; decision expected February.', 'at_risk'],
    ['Moved from amber to green this month following appointment of the project manager.', 'on_track'],
    ['Rated red: the trajectory has not been met for three consecutive months and recovery plan is not yet agreed.', 'off_track'],
    ['Previously red, now green - the backlog has been cleared and the service is meeting the 18 week standard.', 'on_track'],
    ['Green. Work progressing to plan; next update to the January Committee.', 'on_track'],
    ['Amber/Green - two of the four workstreams are ahead of plan, the other two slightly behind.', 'at_risk'],
    ['Overall status green, although estates work on the second theatre remains at risk.', 'at_risk'],
    ['Red - significant risk to delivery due to lack of funding. Escalated to Finance and Performance Committee.', 'off_track'],
    ['Not yet complete - final version of the strategy to be presented at Board in March.', 'unknown'],
    ['No concerns to report. Work remains on track for completion by year end.', 'on_track'],
    ['It has not been possible to recruit to the lead nurse post; the action is not on track.', 'off_track'],
    ['The action has not commenced because the national guidance has not yet been published.', 'not_started'],
    ['Action not completed by the original deadline of September; new deadline agreed as December 2023.', 'at_risk'],
    ['Not on track. Staffing remains the main issue and there is no date for the next phase.', 'off_track'],
    ['Work has not yet started but is not due to begin until April 2024.', 'not_started'],
    ['Draft completed and shared with the Medical Director. Awaiting comments before submission to ELG in January.', 'on_track'],
    ['Awaiting confirmation of funding from NHSE; risk that the posts cannot be recruited before year end.', 'at_risk'],
    ['Escalated to the Chief Nurse in November as divisions have not returned their self-assessments.', 'at_risk'],
    ['Awaiting IT: the e-form has been built but cannot go live until the EPR upgrade in Q2.', 'at_risk'],
    ['Complete, awaiting ratification at the January Policy Group.', 'complete'],
    ['Issue escalated to the ICB; the contract variation is still awaited three months on.', 'at_risk'],
    ['3 of 5 wards have implemented the new handover tool; the remaining 2 wards go live in November.', 'on_track'],
    ['Trajectory: 42 patients waiting over 52 weeks against a plan of 30; recovery actions agreed with the division.', 'at_risk'],
    ['Four of the six actions are complete; the last two are due by the end of March.', 'on_track'],
  ]);
});

describe('a dated log written newest first is read from its newest update, as a cell is (SPEC 4)', () => {
  it.each([
    ['14/11/23: Complete - pathway live on all wards.\n10/10/23: Delayed, awaiting IT build.\n12/09/23: In progress.', 'complete'],
    ['Update Dec 24: delayed to March 2025 due to funding.\nUpdate Oct 24: on track.', 'at_risk'],
    ['March 2024: Action complete, evidence uploaded.\nJanuary 2024: Awaiting final sign-off at Board.\nNovember 2023: Draft strategy out for consultation.', 'complete'],
  ])('reads "%s" as %s', (text, status) => {
    expect(classifyStatus(joinStatuses(splitEntries(text)))).toBe(status);
  });
});
