import { HEADING_LABELS } from '../vocabulary/columns';
import { namesStatusOnly } from './archive';
import { normaliseHeader } from './normalise';
import { isOutline, outlineChild } from './outline';
import { isChildRef } from './rowKinds';

const LABELS = new Set(HEADING_LABELS.map(normaliseHeader));
/** A heading's label and the name after it: "Strategic objective" and "Urgent and Emergency Care", split at a colon or a spaced dash. */
const LABELLED = /^([^:–—-]{1,40}?)\s*(?::|\s[-–—])\s*(\S.*)$/s;

/**
 * A group heading's name: without a leading label that is only a grouping word and a colon or dash
 * ("Strategic objective: Urgent and Emergency Care"), which names the column, not the group. A
 * numbered label ("Objective 2: Reduce waits") is how the board refers to the group, and is kept,
 * as is any other heading.
 * @example headingName('Strategic objective: Urgent and Emergency Care') // 'Urgent and Emergency Care'
 * @example headingName('Objective 2: Reduce waits') // 'Objective 2: Reduce waits'
 */
export function headingName(title: string): string {
  const m = LABELLED.exec(title);
  return m !== null && LABELS.has(normaliseHeader(m[1] ?? '')) ? (m[2] ?? title).trim() : title;
}

/**
 * The group headings carried down a tracker's rows. A heading numbered under the one carried
 * ("1.1 | Triage" under "1 | Safe") heads a part of that group, so both are kept: the group as
 * the actions' objective and the part as their ambition, as a board's Table One nests them.
 * A heading deeper still ("1.1.1" under "1.1") is a part of that part: the ambition stays the
 * second level. A heading naming only a status ("CLOSED ACTIONS") is a divider, and ends the
 * group carried. Any other heading starts a group of its own.
 * @example
 * const h = new Headings(); h.read('Safe', '1'); h.read('Triage', '1.1'); [h.heading, h.sub] // ['Safe', 'Triage']
 */
export class Headings {
  heading: string | null = null;
  /** The cell (A1) the last heading row was read from, for naming it in a warning. */
  cell = '';
  /** The last heading row's title, a divider's ("CLOSED ACTIONS") included: an archive section is known by it. */
  title: string | null = null;
  sub: string | null = null;
  /** The ref of the heading carried ("1" for "1 | Safe"); empty when it had none. */
  private ref = '';
  /** The ref of the part carried ("1.1" for "1.1 | Triage"); empty when none or it had none. */
  private subRef = '';

  /** Reads a heading row's title, its ref ('' for none) and its cell; the group goes by the title's name (headingName). */
  read(written: string, ref: string, cell = ''): void {
    const title = headingName(written);
    if (ref !== '' && this.subRef !== '' && outlineChild(this.subRef, ref)) return;
    // "OPEN ACTIONS" | "CLOSED ACTIONS" divide an action log by status: the rows under them are in no group.
    if (namesStatusOnly(title)) {
      [this.heading, this.sub, this.ref, this.subRef, this.title, this.cell] = [null, null, '', '', title, cell];
      return;
    }
    this.title = title;
    if (ref !== '' && this.ref !== '' && isChildRef(this.ref, ref)) {
      this.sub = title;
      this.subRef = ref;
      return;
    }
    this.heading = title;
    this.cell = cell;
    this.ref = ref;
    this.sub = null;
    this.subRef = '';
  }

  /**
   * Reads an action's outline number ("1.3"): a plan's task numbered outside the part carried
   * (a milestone at "1.3" after "1.2 | Equipment" and its tasks) is in neither that part nor, if
   * outside the group too ("2"), that group. Refs that are no outline numbers leave both.
   * @example
   * const h = new Headings(); h.read('Build', '1'); h.read('Equipment', '1.2'); h.task('1.3'); [h.heading, h.sub] // ['Build', null]
   */
  task(ref: string): void {
    // Plain assignments and no closure: this runs for every action row.
    if (outside(this.ref, ref)) {
      this.heading = null;
      this.cell = '';
      this.ref = '';
    }
    if (this.heading === null || outside(this.subRef, ref)) {
      this.sub = null;
      this.subRef = '';
    }
  }
}

/** True when outline number `ref` is outside the heading numbered `over` (both outline numbers, and not under it). */
function outside(over: string, ref: string): boolean {
  return isOutline(over) && isOutline(ref) && !outlineChild(over, ref);
}
