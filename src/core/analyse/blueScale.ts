import type { SheetAction } from '../detect/rows';
import type { Rating } from '../types';
import type { Parsers } from './parsers';

/*
 * A council or programme plan rated on a BRAG scale marks finished work Blue. There a lead who
 * leaves Green beside an update reading complete ("Summer edition issued 2 June.", "highlight
 * report in place") is saying the action goes on: one round done, or a report in place that must
 * keep running. Rated Complete, it would drop out of the board's view while still open. On a plain
 * RAG scale Green is the best a lead can give finished work, so this holds only on a BRAG scale.
 */

/** The colours that say open on a scale with Blue for complete. */
const OPEN_COLOURS: ReadonlySet<Rating> = new Set<Rating>(['green', 'amber', 'red']);

/**
 * True when `word`, a lead's colour in an explicit status column whose scale has Blue for complete
 * (StatusFlags.blueScale), holds open an action whose status cell (its last entry) reads complete:
 * extraStatus then gives it as the `open` flag heldStatus reads, as it gives "On track".
 * @example colourHoldsOpen('green', raw, parsers) // true where the update reads "Summer edition issued 2 June."
 * @example colourHoldsOpen('complete', raw, parsers) // false
 */
export function colourHoldsOpen(word: Rating, raw: SheetAction, parsers: Parsers): boolean {
  if (!OPEN_COLOURS.has(word)) return false;
  const cells = raw.cellsAt(raw.roles.status);
  const last = cells?.[cells.length - 1]?.value;
  return typeof last === 'string' && parsers.status(last).status === 'complete';
}
