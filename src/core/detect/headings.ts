import { isChildRef } from './rowKinds';

/**
 * The group headings carried down a tracker's rows. A heading numbered under the one carried
 * ("1.1 | Triage" under "1 | Safe") heads a part of that group, so both are kept: the group as
 * the actions' objective and the part as their ambition, as a board's Table One nests them.
 * Any other heading starts a group of its own.
 * @example
 * const h = new Headings(); h.read('Safe', '1'); h.read('Triage', '1.1'); [h.heading, h.sub] // ['Safe', 'Triage']
 */
export class Headings {
  heading: string | null = null;
  /** The cell (A1) the heading carried was read from, for naming it in a warning. */
  cell = '';
  sub: string | null = null;
  /** The ref of the heading carried ("1" for "1 | Safe"); empty when it had none. */
  private ref = '';

  /** Reads a heading row's title, its ref ('' for none) and its cell. */
  read(title: string, ref: string, cell = ''): void {
    if (ref !== '' && this.ref !== '' && isChildRef(this.ref, ref)) {
      this.sub = title;
      return;
    }
    this.heading = title;
    this.cell = cell;
    this.ref = ref;
    this.sub = null;
  }
}
