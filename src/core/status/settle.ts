import type { StatusClass } from '../types';
import type { EntryReading } from './reading';
import { dateFollows } from './dateFollows';
import { scheduledAfter } from './scheduled';
import { closureSought, decisionSought } from './sought';
import { waitsAfter } from './waits';
import { partStep } from './partStep';

/*
 * The rules that read an entry as a whole once its phrases are scanned (readEntry): what follows the
 * deciding phrase (a wait, further work set for later, a decision still to come) and which of the
 * phrases found decides, a class phrase before a supporting one, before an event.
 */

const HELD = /^held\b/i;

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
  goAheadEnd: number;
  redated: boolean;
  stall: boolean;
  retracted: boolean;
  cause: StatusClass | null;
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
  if (status === 'complete' && end === stepEnd && waitsAfter(text, end)) status = 'at_risk';
  // Further work set for later after a part done: "Guideline approved; teaching sessions planned for January".
  // After a step (a plan in place, an approval, an event) a report back counts: "further update due January".
  if (status === 'complete' && scheduledAfter(text, end, end === stepEnd)) status = 'on_track';
  // A plan for the work in place is a step towards it: "Agreed at ELT; implementation plan in place".
  if (status === 'complete' && end === planEnd) status = 'on_track';
  if (status === null && support === null && event === 'complete' && scheduledAfter(text, eventEnd, true)) event = 'on_track';
  if (status === null && support === 'complete' && scheduledAfter(text, supportEnd, supportEnd === stepEnd)) support = 'on_track';
  if (status !== null) return { status, matched: true, redated, text, end, weak: false, stall, goAhead: status === 'on_track' && end === goAheadEnd, step: status === 'complete' && end === stepEnd };
  if (support !== null) return { status: support, matched: true, redated, text, end: supportEnd, weak: false, goAhead: support === 'on_track' && supportEnd === goAheadEnd, step: support === 'complete' && supportEnd === stepEnd };
  // A paper sent for a decision still to come: "Submitted to QSC for approval in January", "Paper to ARC for closure".
  if (decisionSought(text) || closureSought(text)) return { status: 'on_track', matched: true, redated, text, end: -1, weak: false };
  // Only a milestone yields to the other entries: "Lead identified; first meeting held" says how the work stands.
  if (event !== null) return { status: event, matched: true, redated, text, end: eventEnd, weak: event === 'complete', goAhead: event === 'on_track' && eventEnd === goAheadEnd };
  // "Held 12 Oct" is an event too; "held" alone is not, as records are "held on Datix".
  if (HELD.test(text) && dateFollows(text, 4)) return { status: 'complete', matched: true, redated, text, end: 4, weak: true };
  if (partStep(text)) return { status: 'on_track', matched: true, redated, text, end: -1, weak: false };
  if (cause !== null) return { status: cause, matched: true, redated, text, end: -1, weak: false };
  return { status: 'unknown', matched: retracted, redated, text, end: -1, weak: false };
}
