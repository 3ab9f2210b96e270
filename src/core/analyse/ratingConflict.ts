import { a1, cellText } from '../cells';
import type { SheetAction } from '../detect/rows';
import { parseRatingWord, ratingLabel } from '../rating';
import { NO_EVIDENCE_PHRASES } from '../vocabulary/columns';
import type { Rating, StatusClass } from '../types';
import type { ExtraStatus } from './extraStatus';
import { quote, type IssueSink } from './issues';

/*
 * SPEC 2.2 rates an action on its update where the lead's own colour says better ("G" beside "Not
 * on track") or on a completion the update reports ("R" beside "Completed"), and on the lead's
 * colour where it says worse than the update ("R" beside "On track"). Either way a committee
 * reading the two columns sees two stories, so a colour two steps or more from the update is
 * pointed out at its cell, with which of them the rating follows.
 */

/** How bad a colour or a status is, Complete to Red; a status that says nothing of progress has none. */
const COLOUR_STEP: Readonly<Record<Rating, number>> = { complete: 0, green: 1, amber: 2, red: 3, not_rated: -1 };
const STATUS_STEP: Readonly<Record<StatusClass, number>> = { complete: 0, on_track: 1, at_risk: 2, off_track: 3, not_started: -1, unknown: -1 };
const STATUS_WORDS: Readonly<Record<StatusClass, string>> = { complete: 'complete', on_track: 'on track', at_risk: 'at risk', off_track: 'off track', not_started: 'not started', unknown: 'unknown' };

/**
 * True when a lead's colour and the status an action is rated on are more than one step of
 * severity apart, either way: Green beside off track, Red beside complete or on track, not
 * Amber beside on track.
 * @example ratingsApart('green', 'off_track') // true
 * @example ratingsApart('amber', 'on_track') // false
 */
export function ratingsApart(colour: Rating, status: StatusClass): boolean {
  const [a, b] = [COLOUR_STEP[colour], STATUS_STEP[status]];
  return a >= 0 && b >= 0 && Math.abs(a - b) > 1;
}

/**
 * Warns, at the lead's colour in an explicit status column (ExtraStatus.rated), when it is more
 * than a step (ratingsApart) from what the update says: from `status`, the status the action is
 * rated on, which then follows the update; or, where the lead's worse colour overruled the update
 * (SPEC 2.2), from `said`, the update's own reading, and the rating (`rating`) follows the lead.
 * An override sets the rating by hand, following neither.
 * @example // ratingConflict(sink, raw, extra, 'off_track', 'off_track', 'red', null): "The lead's RAG "G" says Green, but …"
 */
export function ratingConflict(sink: IssueSink, raw: SheetAction, extra: ExtraStatus, said: StatusClass, status: StatusClass, rating: Rating, override: Rating | null): void {
  const { rated, ratedAt } = extra;
  if (rated === undefined || ratedAt === undefined || override !== null) return;
  const byUpdate = ratingsApart(rated, status);
  if (!byUpdate && !ratingsApart(rated, said)) return;
  const cells = raw.cellsAt(ratedAt);
  const cell = cells?.[cells.length - 1];
  const row = cell?.row ?? raw.rows[0] ?? 0;
  const text = typeof cell?.value === 'string' ? cell.value : ratingLabel(rated);
  const statusRow = raw.cellsAt(raw.roles.status)?.[0]?.row;
  // A later dated update read in the first's place (RawAction.statusFrom) is named by its own cell.
  const update = statusRow === undefined ? 'the update' : `the update (${a1(raw.statusFrom ?? raw.roles.status, statusRow)})`;
  const follows = byUpdate ? 'the update' : "the lead's RAG";
  sink.add('warning', ratedAt, row, 'rating_conflict', `The lead's RAG ${quote(text)} says ${ratingLabel(rated)}, but ${update} reads as ${STATUS_WORDS[byUpdate ? status : said]}, so the rating follows ${follows} (${ratingLabel(rating)}); correct whichever is out of date.`);
}

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
