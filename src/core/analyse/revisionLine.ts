import { opensLabel } from '../timeframe/labels';
import { DASHES } from '../timeframe/normalise';

/*
 * A time-frame cell's lines are separate dates, except a line revising the one above ("Revised:
 * End of Jan 23"), which is joined to it so the pair reads as one re-dated deadline. A revision
 * word that names a piece of work ("Revised SOP – May 25") is a label, its line a date of its own.
 */

/** Words that open a revision of the entry above ("revised to End of Jan 23"), not a new step's date. */
const REVISION_START = /^[(\s-]*(revised|new date|new deadline|moved|deferred|reorganised|reorganized|rescheduled|changed|extended|now)\b/i;


/**
 * True when an entry revises the date of the entry above it: it opens with a revision word that
 * applies to the date, not to a piece of work it names (opensLabel).
 * @example revisesAbove('Revised: End of Jan 23') // true
 * @example revisesAbove('Revised SOP – May 25') // false
 * @example revisesAbove('Audit – May 25') // false
 */
export function revisesAbove(entry: string): boolean {
  const m = REVISION_START.exec(entry);
  if (m === null) return false;
  return !opensLabel(entry.slice(m[0].length).replace(DASHES, '-').toLowerCase().trim());
}
