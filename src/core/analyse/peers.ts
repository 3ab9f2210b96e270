import type { StatusClass, StepStatus } from '../types';
import { NOT_APPLICABLE_WORDS } from '../vocabulary/columns';

/*
 * A trust-wide tracker's parts (RowLayout.peers: one status column per directorate, division or
 * site) read together: the action is done only when every part it applies to says so, and is as
 * late or at risk as its worst part. A board that sees Complete for work a division has yet to
 * finish has been told the one thing it must not be.
 */

/** How bad an open status is for the whole action: one part off track is the action off track; one not started holds it back more than one under way. */
const OPEN_RANK: Readonly<Record<StatusClass, number>> = { complete: 0, unknown: 0, on_track: 1, not_started: 2, at_risk: 3, off_track: 4 };

/**
 * The worse of two statuses by OPEN_RANK, either possibly none; none when neither is open.
 * @example worseOpen('on_track', 'at_risk') // 'at_risk'
 * @example worseOpen('complete', null) // null
 */
export function worseOpen(a: StatusClass | null, b: StatusClass | null): StatusClass | null {
  const ra = a === null ? 0 : OPEN_RANK[a];
  const rb = b === null ? 0 : OPEN_RANK[b];
  return ra === 0 && rb === 0 ? null : ra >= rb ? a : b;
}

const NOT_APPLICABLE = NOT_APPLICABLE_WORDS.map((w) => w.toLowerCase());

/** A part's cell saying the action does not apply to it ("N/A", "Not applicable - no maternity unit on site"). */
function notApplicable(text: string): boolean {
  const t = text.trim().toLowerCase();
  return NOT_APPLICABLE.some((w) => t === w || (t.startsWith(w) && ' -:;,('.includes(t.charAt(w.length))));
}

/** What the parts of one group say on a row, besides the status column when it is one of them. */
export interface PartsReport {
  /** Every part counted has said complete or that the action does not apply to it: none is open or silent. */
  finished: boolean;
  /** Some part counted has said complete. */
  someFinished: boolean;
  /** The worst open status a part counted gives (worseOpen), null when none gives one. */
  worst: StatusClass | null;
  /** True when the status column's own part says the action does not apply to it ("N/A"). */
  statusLeftOut: boolean;
}

/**
 * A group of parts' cells on one row, tallied as they are read: a blank part has not reported,
 * so it is open; "N/A" leaves the part out; a sentence is read as a status column's would be.
 * @example const t = new PartTally(); t.add('Complete', parsers.status('Complete')); t.add(undefined, undefined); t.finished // false
 */
export class PartTally implements PartsReport {
  finished = true;
  someFinished = false;
  worst: StatusClass | null = null;
  statusLeftOut = false;
  filled = false;
  redated = false;

  /** One part's latest entry (`text`) and its reading, both undefined when the cell is blank. */
  add(text: string | undefined, reading: StepStatus | undefined): void {
    if (text === undefined || reading === undefined) {
      this.finished = false;
      return;
    }
    this.filled = true;
    this.redated ||= reading.redated;
    if (reading.status === 'complete') this.someFinished = true;
    else if (reading.status !== 'unknown' || !notApplicable(text)) {
      this.finished = false;
      this.worst = worseOpen(this.worst, reading.status);
    }
  }

  /** Notes the status column's cell (`text`, null when blank), when it is one of this group's parts. */
  status(text: string | null): void {
    this.statusLeftOut = text !== null && notApplicable(text);
  }

  /**
   * The group's status read as one column beside the status (a group the status column is not in):
   * complete when every part has finished, else its worst open status, on track when the parts not
   * finished say nothing classed, or null when no part has reported on this row.
   */
  said(): StatusClass | null {
    if (!this.filled) return null;
    if (this.finished && this.someFinished) return 'complete';
    return this.worst ?? (this.someFinished ? 'on_track' : null);
  }
}

/**
 * A step's status when the status column is one part's (`narrative`, that part's) and `parts` are
 * the others': complete only when it and every other part are (or say "N/A", one at least having
 * finished); otherwise the worst open status among them; on track when some part has finished and
 * the rest have not said (a blank part has not reported, so the action is not done, though under way).
 * @example withParts('complete', { finished: false, someFinished: false, worst: 'on_track', statusLeftOut: false }) // 'on_track'
 * @example withParts('complete', { finished: true, someFinished: true, worst: null, statusLeftOut: false }) // 'complete'
 */
export function withParts(narrative: StatusClass, parts: PartsReport): StatusClass {
  const done = narrative === 'complete' || (narrative === 'unknown' && parts.statusLeftOut && parts.someFinished);
  if (done && parts.finished) return 'complete';
  return worseOpen(narrative, parts.worst) ?? (narrative === 'complete' || parts.someFinished ? 'on_track' : narrative);
}
