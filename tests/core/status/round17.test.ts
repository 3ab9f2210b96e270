import { readStatus } from '../../../src/core/status';
import { respellStatus } from '../../../src/core/status/spelling';
import { table } from './table';

/*
 * Round 17: a compliance framework's rating alone in a cell (DSPT, CQC, IPC BAF), short status words
 * typed wrong, work set running with its next stage named, and the work's own dates extended.
 */

describe('a compliance value alone in a cell rates the standard, not the delivery', () => {
  // An improvement plan lists every open standard "Not met" until its action is done: open, so the dates
  // rate it (as "Open" does), not off track, which made 7 of a DSPT plan's 21 items Red whatever their update.
  table([
    ['Not met', 'unknown'],
    ['NOT MET', 'unknown'],
    ['Not met.', 'unknown'],
    ['Not yet met', 'unknown'],
    ['Not assured', 'unknown'],
    ['Met', 'complete'],
    ['Fully met', 'complete'],
    ['Compliant', 'complete'],
    ['Assured', 'complete'],
    ['Fully assured', 'complete'],
  ]);
});

describe('a partial or failed rating stays as a Compliance column reads it', () => {
  // SPEC 4's "partially" is at risk; "Not compliant" is the lead's formal judgement (analyse/stepStatus.ts formalWarning).
  table([
    ['Partially met', 'at_risk'],
    ['Partially compliant', 'at_risk'],
    ['Not compliant', 'off_track'],
    ['Non-compliant', 'off_track'],
  ]);
});

describe('a target or standard not met, said in a sentence, is off track', () => {
  table([
    ['Target not met', 'off_track'],
    ['4-hour standard not met in Q3', 'off_track'],
    ['Trajectory not met', 'off_track'],
    ['Standard not met', 'off_track'],
  ]);
});

describe('a short status word typed with one slip', () => {
  table([
    ['on trak', 'on_track'],
    ['On trck', 'on_track'],
    ['Doen', 'complete'],
    ['Ltae', 'at_risk'],
    ['Dely', 'at_risk'],
    ['At rsik', 'at_risk'],
    ['On hlod', 'at_risk'],
    ['compete', 'complete'],
    ['delyed', 'at_risk'],
    ['progresing', 'on_track'],
  ]);

  it.each(['Later', 'Tack', 'None', 'Date', 'Lathe', 'Risky', 'Dome', 'Stat'])('leaves the real word "%s" alone', (word) => {
    expect(respellStatus(word)).toBeNull();
  });
});

describe('work set running, with its next stage named, is under way', () => {
  table([
    ['Pilot live on two wards, evaluation in March', 'on_track'],
    ['Audit undertaken, report to QSC in March', 'on_track'],
    ['Audit carried out, report to QSC in March', 'on_track'],
    ['Went live 3 Feb, embedding', 'on_track'],
    ['Launched, evaluation in March', 'on_track'],
    ['Live in ED since January; rest of trust by March', 'on_track'],
    ['Soft launch completed, full roll-out April', 'on_track'],
    // Done work's evaluation checks it, as an audit does ("Complete; audit in 12 months").
    ['Pilot completed, evaluation in March', 'complete'],
    ['Audit undertaken', 'complete'],
    ['Live on all wards', 'complete'],
    // A go-live to come, or where people live, is no event.
    ['Expected to go live in April', 'on_track'],
    ['Planned to go live on 1 April', 'unknown'],
    ['Patients who live in the borough offered appointments', 'unknown'],
    ['Was meant to go live in April', 'off_track'],
  ]);
});

describe("the work's own dates extended are slippage; an extension that is the deliverable is not", () => {
  table([
    ['Closing date for applications extended', 'at_risk'],
    ['Consultation period extended to March', 'at_risk'],
    ['Timeline extended', 'at_risk'],
    ['Service extended to weekends', 'unknown'],
    ['Extended hours now in place', 'complete'],
    ['Deadline not extended', 'unknown'],
    ['Trial period of extended opening hours live', 'unknown'],
  ]);

  it('marks the entry re-dated, even where another phrase gives the class', () => {
    expect(readStatus('Timeline extended').redated).toBe(true);
    expect(readStatus('Timeline extended, recruitment in progress')).toMatchObject({ status: 'on_track', redated: true });
  });
});
