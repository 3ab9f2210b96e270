import { a1 } from '../cells';
import type { SheetAction } from '../detect/rows';
import { ratingLabel } from '../rating';
import type { Rating, StatusClass } from '../types';
import { isFlag, type ExtraStatus } from './extraStatus';
import { quote, type IssueSink } from './issues';
import { STATUS_WORDS } from './ratingConflict';
import { worseByLead } from './stepStatus';

/*
 * SPEC 2.2 reads every status-like column. A status flag picked from a dropdown ("On Track") is
 * often left as it was while the commentary beside it moves on ("At risk - national framework
 * supplier withdrew"): a board paper printing Green beside "At risk" tells the board nothing is
 * wrong. So the worse of the two stands (givenStatus), whichever of them is the mapped status
 * column, and the lead is asked to correct whichever is out of date.
 */


/** A flag's status that a commentary's risk can be worse than: a flag saying nothing or done is no contradiction. */
const milder = (status: StatusClass): boolean => status === 'on_track' || status === 'not_started' || status === 'at_risk';

/** A commentary's status that outranks a milder flag. */
const risky = (status: StatusClass): boolean => status === 'at_risk' || status === 'off_track';

/**
 * Warns, at a short status flag's cell, when the commentary beside it reports worse (SPEC 2.2): a
 * status cell reading `said` (its text `text`) beside an extra column's sentence reporting a risk
 * (ExtraStatus.told), or a status cell's sentence reporting a risk beside an explicit status
 * column's flag (ExtraStatus.open). The rating (`rating`) has followed the worse; an override
 * sets it by hand, following neither.
 * @example // commentaryWorse(sink, raw, extra, 'on_track', 'On Track', 'amber', null): "The status "On Track" (J31) reads as on track, but …"
 */
export function commentaryWorse(sink: IssueSink, raw: SheetAction, extra: ExtraStatus, said: StatusClass, text: string | undefined, rating: Rating, override: Rating | null): void {
  if (override !== null || extra.closed || text === undefined) return;
  const { told, open } = extra;
  // The cheap tests first: most rows with a flag column agree with their update.
  const byCommentary = told !== undefined && milder(said) && worseByLead(said, told.status) !== said && isFlag(text);
  const byUpdate = !byCommentary && open !== undefined && risky(said) && milder(open.status) && worseByLead(open.status, said) !== open.status && isFlag(open.text) && !isFlag(text);
  if (!byCommentary && !byUpdate) return;
  const follows = `so the rating follows the worse${rating === 'not_rated' ? '' : ` (${ratingLabel(rating)})`}; correct whichever is out of date.`;
  // A later dated update read in the first's place (RawAction.statusFrom) is named by its own cell.
  const col = raw.statusFrom ?? raw.roles.status;
  const row = raw.cellsAt(raw.roles.status)?.[0]?.row ?? raw.rows[0] ?? 0;
  if (byCommentary && told !== undefined) {
    sink.add('warning', col, row, 'commentary_conflict', `The status ${quote(text)} reads as ${STATUS_WORDS[said]}, but the commentary beside it (${a1(told.col, told.row)}) reads as ${STATUS_WORDS[told.status]}, ${follows}`);
  } else if (open !== undefined) {
    sink.add('warning', open.col, open.row, 'commentary_conflict', `The status ${quote(open.text)} reads as ${STATUS_WORDS[open.status]}, but the update beside it (${a1(col, row)}) reads as ${STATUS_WORDS[said]}, ${follows}`);
  }
}
