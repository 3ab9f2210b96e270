/*
 * An assurance or evidence column rates the evidence that work was done, not the work (detect/assurance.ts):
 * it never sets the status, but an action rated Complete whose evidence is not yet assured is pointed out.
 */
import { cellText } from '../cells';
import type { SheetAction } from '../detect/rows';
import { parseRatingWord, ratingLabel } from '../rating';
import type { Rating } from '../types';
import { NO_EVIDENCE_PHRASES } from '../vocabulary/columns';
import { quote, type IssueSink } from './issues';

const NO_EVIDENCE = NO_EVIDENCE_PHRASES.map((p) => ` ${p} `);

/** What an assurance cell says against a Complete rating: its colour when Red or Amber, or that the evidence is missing; else null. */
function assuranceShortfall(text: string): string | null {
  const colour = parseRatingWord(text.trim());
  if (colour === 'red' || colour === 'amber') return `its assurance rating is ${ratingLabel(colour)}`;
  const padded = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
  return NO_EVIDENCE.some((p) => padded.includes(p)) ? `its evidence reads ${quote(text)}` : null;
}

/**
 * Warns, at the cell of a column rating the evidence an action was done (RoleColumns.assurance,
 * "Assurance RAG"), when the action is rated Complete but that rating is Red or Amber, or the
 * evidence is said to be missing ("Evidence not provided"): the work is reported done, but the
 * committee has not yet seen it assured, which a board paper showing it Complete would hide. The
 * assurance never changes the rating (SPEC 2.2: the lead's status is the delivery's).
 * @example // assuranceGap(sink, raw, 'complete'): "This action is rated Complete, but its assurance rating is Red: …"
 */
export function assuranceGap(sink: IssueSink, raw: SheetAction, rating: Rating): void {
  if (rating !== 'complete') return;
  for (const col of raw.roles.assurance) {
    const cell = raw.cellsAt(col)?.at(-1);
    const said = cell === undefined ? null : assuranceShortfall(cellText(cell.value));
    if (cell === undefined || said === null) continue;
    sink.add('warning', col, cell.row, 'assurance_gap', `This action is rated Complete, but ${said}: its evidence is not yet assured. Have the evidence assured, or record why the action is complete without it.`);
    return;
  }
}
