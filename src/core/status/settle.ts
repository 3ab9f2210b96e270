import type { StatusClass } from '../types';
import type { EntryReading } from './reading';
import { dateFollows } from './dateFollows';
import { scheduledAfter } from './scheduled';
import { closureSought, decisionSought } from './sought';
import { decisionToCome } from './preparatory';
import { waitsAfter } from './waits';
import { partStep } from './partStep';
import { closes, windowClosedAt } from './partDone';
import { levelAgainstTarget } from './target';
import { forecastOf } from './forecast';
import { partShareAfter } from './stepBeside';
import { missedPlan } from './missed';
import { waitsOnFormality } from './denial';

/*
 * The rules that read an entry as a whole once its phrases are scanned (readEntry): what follows the
 * deciding phrase (a wait, further work set for later, a decision still to come) and which of the
 * phrases found decides, a class phrase before a supporting one, before an event.
 */

const HELD = /^held\b/i;
/** How far back from a completion's end its words are read for a closure ("Proposed for closure", "Transferred to"). */
const CLOSING_REACH = 24;

/**
 * True when the completion ending at `end` closes the action ("Closed", "Transferred to the ICB"), so work going
 * on after it is the work's new home, not more of it to come (status/toCome.ts).
 * @example closedAt('Closed - being taken forward in the CQC plan', 6) // true
 */
export function closedAt(text: string, end: number): boolean {
  return end > 0 && closes(text.slice(Math.max(0, end - CLOSING_REACH), end));
}

/** What the scan of an entry found: the latest phrase of each kind and where it ends, and the marks it left. */
export interface Scan {
  text: string;
  status: StatusClass | null;
  end: number;
  support: StatusClass | null;
  supportEnd: number;
  event: StatusClass | null;
  eventEnd: number;
  /** Where the last completion that is a step (a plan in place, an approval) ends, or -1. */
  stepEnd: number;
  /** Where the last plan for the work in place ends, or -1 ("implementation plan in place"). */
  planEnd: number;
  /** Where the last completion word read as part of the work done ends, or -1 ("Phase 1 complete", "85% of staff trained"). */
  partEnd?: number;
  goAheadEnd: number;
  redated: boolean;
  stall: boolean;
  retracted: boolean;
  cause: StatusClass | null;
  /** True when the entry says nothing is wrong ("No issues", "Not delayed"), read only where nothing else gives a class. */
  reassured?: boolean;
}

/**
 * The reading of an entry from what its scan found.
 * @example
 * settle({ text: 'Submitted to QSC for approval', status: null, end: -1, support: null, supportEnd: -1, event: 'complete',
 *   eventEnd: 16, stepEnd: -1, planEnd: -1, goAheadEnd: -1, redated: false, stall: false, retracted: false, cause: null }).status // 'on_track'
 */
export function settle(scan: Scan): EntryReading {
  const { text, end, supportEnd, eventEnd, stepEnd, planEnd, goAheadEnd, redated, stall, retracted, cause } = scan;
  let { status, support, event } = scan;
  // A wait after a step ("Business case approved; awaiting funding") holds up the work it lets go ahead.
  // After a window closed ("Consultation closed; awaiting analysis of responses") the wait is the next part of the work.
  if (status === 'complete' && end === stepEnd && waitsAfter(text, end)) status = windowClosedAt(text, end) ? 'on_track' : 'at_risk';
  // Further work set for later after a part done: "Guideline approved; teaching sessions planned for January".
  // After a step (a plan in place, an approval, an event) a report back counts: "further update due January".
  if (status === 'complete' && scheduledAfter(text, end, end === stepEnd, closedAt(text, end))) status = 'on_track';
  // A preparatory step done with its paper still to go to a named meeting: "Data collection complete. Paper to Dec Board".
  if (status === 'complete' && decisionToCome(text, end, text.slice(end))) status = 'on_track';
  // A plan for the work in place is a step towards it ("Agreed at ELT; implementation plan in place"), as a part done
  // is beside another part's share short of the whole ("Estates works complete; nursing establishment 60% filled").
  if (status === 'complete' && (end === planEnd || partShareAfter(text, end))) status = 'on_track';
  if (status === null && support === null && event === 'complete' && scheduledAfter(text, eventEnd, true, closedAt(text, eventEnd))) event = 'on_track';
  if (status === null && support === 'complete' && scheduledAfter(text, supportEnd, supportEnd === stepEnd, closedAt(text, supportEnd))) support = 'on_track';
  // A rising measure short of its target ("Compliance 78% against 90% target", "Trained 85% of staff against
  // 95% target") is at risk, where nothing else in the entry rates it, or only a share of the work done does.
  // A step done beside a level short of its target ("Compliance 72% (target 85%) - improvement plan in place") is the level's to rate.
  const stepDone =
    status === null ? support === 'complete' && supportEnd === stepEnd : (status === 'complete' || status === 'on_track') && (end === stepEnd || end === planEnd);
  const measured = status === null ? support === null || stepDone : (status === 'on_track' && end === (scan.partEnd ?? -2)) || stepDone;
  const level = measured ? levelAgainstTarget(text) : null;
  if (level !== null && ((status === null && support === null) || level === 'at_risk')) return { status: level, matched: true, redated, text, end: -1, weak: false };
  if (status !== null) return { status, matched: true, redated, text, end, weak: false, stall, goAhead: status === 'on_track' && end === goAheadEnd, step: status === 'complete' && end === stepEnd };
  // "Not delayed, just awaiting sign off": the lead's word that nothing is wrong outranks a wait for paperwork.
  if (support === 'at_risk' && scan.reassured === true && waitsOnFormality(text, supportEnd)) support = 'on_track';
  if (support !== null) return { status: support, matched: true, redated, text, end: supportEnd, weak: false, goAhead: support === 'on_track' && supportEnd === goAheadEnd, step: support === 'complete' && supportEnd === stepEnd };
  // A paper sent for a decision still to come: "Submitted to QSC for approval in January", "Paper to ARC for closure".
  if (decisionSought(text) || closureSought(text)) return { status: 'on_track', matched: true, redated, text, end: -1, weak: false };
  // Only a milestone yields to the other entries: "Lead identified; first meeting held" says how the work stands.
  if (event !== null) return { status: event, matched: true, redated, text, end: eventEnd, weak: event === 'complete', goAhead: event === 'on_track' && eventEnd === goAheadEnd };
  // "Held 12 Oct" is an event too; "held" alone is not, as records are "held on Datix".
  if (HELD.test(text) && dateFollows(text, 4)) return { status: 'complete', matched: true, redated, text, end: 4, weak: true };
  if (partStep(text)) return { status: 'on_track', matched: true, redated, text, end: -1, weak: false };
  // "Was meant to go live in April", "Was due in March - not yet done": a plan in the past, not met.
  if (missedPlan(text)) return { status: 'off_track', matched: true, redated, text, end: -1, weak: false };
  // "Expected to complete by March": the lead forecasts the end of work under way (or a miss, negated).
  const forecast = forecastOf(text);
  if (forecast !== null) return { status: forecast, matched: true, redated, text, end: -1, weak: false };
  // "No slippage", "Not at risk": a word that the work goes as it should, which yields, as an event does, to any other entry's.
  if (scan.reassured === true) return { status: 'on_track', matched: true, redated, text, end: -1, weak: true };
  if (cause !== null) return { status: cause, matched: true, redated, text, end: -1, weak: false };
  return { status: 'unknown', matched: retracted, redated, text, end: -1, weak: false };
}
