import { readStatus } from '../../../src/core/status';
import { table } from './table';

/* Work done in part: a share of the people reached, the first of a series, work left after a completion. */

describe('a share of the people or places reached beside a completion word is progress', () => {
  table([
    ['Training delivered to 60% of staff', 'on_track'],
    ['Implemented in over 80% of practices', 'on_track'],
    ['Delivered to 4 out of 6 teams', 'on_track'],
    ['Achieved 60% of milestones', 'on_track'],
    ['85% of staff trained', 'on_track'],
    ['Delivered to 100% of staff', 'complete'],
    ['Delivered to all teams', 'complete'],
  ]);
});

describe('after a target word a percentage is the level reached, not a share of the work', () => {
  table([
    ['Target met (87%)', 'complete'],
    ['Target achieved - 96%', 'complete'],
    ['Completed (75%)', 'on_track'],
  ]);
});

describe('the first of a series heading the clause is work on the way, a first phase or stage too; a compound name is not', () => {
  table([
    ['First meeting held', 'on_track'],
    ['Initial meeting held 3/10/23', 'on_track'],
    ['Initial scoping complete', 'on_track'],
    ['First cohort completed', 'on_track'],
    ['The first two audits are complete', 'on_track'],
    ['Steering group established, first meeting held in May', 'on_track'],
    ['Update: first workshop held 12 Oct, further dates being arranged', 'on_track'],
    // A phase 1 names a phase 2 still to come; read complete, the action would close for good on a part
    // of it (SPEC 5.1 rule 2), where on track still shows it to the board. A later phase may be the last.
    ['First phase complete', 'on_track'],
    ['Phase 1 complete', 'on_track'],
    ['Stage one delivered', 'on_track'],
    ['Phase 1 (scoping) complete', 'on_track'],
    ['Completed phase 1', 'on_track'],
    ['Phase 3 complete', 'complete'],
    ['Phase 1 and 2 complete', 'complete'],
    ['Baseline audit done', 'on_track'],
    ['QI project launched. Baseline audit done.', 'on_track'],
    ['Baseline audit completed and actions implemented', 'complete'],
    ['Pilot complete', 'complete'],
    ['First aid training completed', 'complete'],
    ['First Contact Practitioners in place', 'complete'],
    ['Despite initial delays the programme was delivered', 'complete'],
    ['11/10 - initial meeting held\n14/11 - plan signed off by ELG', 'complete'],
  ]);
});

describe('work left after a completion in the same entry is work under way', () => {
  table([
    ["Complete for adults; children's outstanding", 'on_track'],
    ['Pilot completed - roll out to follow', 'on_track'],
    ['Survey completed; report to follow', 'on_track'],
    ['In place at RLH; Whipps Cross and Newham to follow', 'on_track'],
    ['Completed at two sites; third site outstanding', 'on_track'],
    ['Completed except for Newham site', 'on_track'],
    ["Implemented, apart from the children's pathway", 'on_track'],
    ['Implemented in 3 wards, remaining wards by end of Q4', 'on_track'],
    ['Rolled out to ED and AMU; roll out to remaining areas planned for Q1 24/25', 'on_track'],
    ['Training complete; SOP still to be finalised', 'on_track'],
    ['Complete for medicine division; surgery division to complete by March', 'on_track'],
    ['Training complete for nursing staff; medical staff to be completed by Q4', 'on_track'],
    ['Phase 1 complete; phase 2 to start in April', 'on_track'],
    ['Phase 1 complete; phase 2 not yet started', 'on_track'],
    ['First two audits complete; third delayed due to staffing', 'at_risk'],
  ]);
});

describe('nothing left, only the paperwork of closing left, or a completion after the work left, is complete', () => {
  table([
    ['Complete - no actions outstanding', 'complete'],
    ['Completed - nothing outstanding', 'complete'],
    ['All actions complete, none outstanding', 'complete'],
    ['Complete. No remaining actions', 'complete'],
    ['Complete - evidence to follow', 'complete'],
    ['Complete, sign-off outstanding', 'complete'],
    ['Completed; formal closure to follow at QSC', 'complete'],
    ['Complete - to be signed off at next QSC', 'complete'],
    ['Complete – all remaining actions closed', 'complete'],
    ['Remaining actions transferred to BAU; action closed', 'complete'],
    ['Report to follow\nComplete', 'complete'],
    ['Still to be completed\nCompleted 14/2', 'complete'],
    ['Post filled; work to begin in January', 'not_started'],
    ['Outstanding', 'unknown'],
    ['Two actions outstanding', 'unknown'],
    ['Still to start', 'not_started'],
  ]);
});

describe('an event held at a frequency is a routine going on', () => {
  table([
    ['Meetings held monthly', 'on_track'],
    ['Sessions held regularly with the network', 'on_track'],
    ['Meeting held 12 Oct', 'complete'],
  ]);
});

describe('not always, not consistently or not completely done is done in part', () => {
  table([
    ['Target not consistently achieved', 'at_risk'],
    ['Not completely implemented', 'at_risk'],
    ['Not yet achieved', 'unknown'],
    ['Not achieved', 'off_track'],
  ]);
});

describe('more words: approval in principle, testing, bodies set up, money found, recruitment that failed', () => {
  table([
    ['Strategy approved in principle; final version to Board in Jan', 'on_track'],
    ['Agreed in principle', 'on_track'],
    ['System in testing - go live Feb', 'on_track'],
    ['Being piloted on two wards', 'on_track'],
    ['Being embedded across divisions', 'on_track'],
    ['Embedding', 'on_track'],
    ['Continuing to promote the passport', 'on_track'],
    ['Quarterly meetings established and continuing', 'on_track'],
    ['Continuing uncertainty about funding', 'unknown'],
    ['Complete; continuing to monitor', 'complete'],
    ['Steering group established in March 2023', 'complete'],
    ['Well established practice across the trust', 'unknown'],
    ['Funding secured', 'complete'],
    ['Funding not yet secured', 'at_risk'],
    ['All staff trained', 'complete'],
    ['Staff trained; roll-out delayed', 'at_risk'],
    ['Staff to be trained in January', 'unknown'],
    ['Now live', 'complete'],
    ['Not yet live', 'not_started'],
    ['Cannot proceed until funding confirmed', 'at_risk'],
    ['Post advertised twice with no suitable candidates', 'at_risk'],
    ['Mixed progress across divisions', 'at_risk'],
    ['Progress has been limited due to operational pressures', 'at_risk'],
  ]);
});

describe('a moved deadline with no status word still reads as re-dated, and at risk as a deferral does', () => {
  it.each(['Deadline moved to March due to capacity', 'Target date extended to 31/03/24'])('%s', (text) => {
    expect(readStatus(text)).toEqual({ status: 'at_risk', completedText: null, redated: true, goAhead: false });
  });
});
