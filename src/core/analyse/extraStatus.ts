import { isProse, wordCount } from '../cells';
import type { SheetAction } from '../detect/rows';
import { parseRatingWord } from '../rating';
import type { Rating, StatusClass } from '../types';
import { withGroups, type Groups } from './extraGroups';
import { NO_FLAGS, type StatusFlags } from './flagColumns';
import { colourHoldsOpen } from './blueScale';
import type { OpenFlag } from './heldOpen';
import type { Parsers } from './parsers';
import { PartTally, type PartsReport } from './peers';
import { readCells } from './roles';
import { tickStatus } from './tickStatus';

const LEAD_RATING_STATUS: Record<Rating, StatusClass> = {
  complete: 'complete',
  green: 'on_track',
  amber: 'at_risk',
  red: 'off_track',
  not_rated: 'unknown',
};

/** What an action's extra status columns say: most sheets have none. */
export interface ExtraStatus {
  closed: boolean;
  leadStatus: StatusClass | null;
  /** The class of a RAG colour the lead gave ("R", "Amber"), or the worst part's of a group of parts beside the status: a milder narrative does not overrule it. */
  leadColour: StatusClass | null;
  /** The latest entry written as a sentence in the rightmost such column (Action.update). */
  update: string | null;
  /** What the other parts say, when the status column is one part's of a trust-wide tracker (RowLayout.peers; see withParts). */
  parts: PartsReport | null;
  /** True when a part's column says the action was re-dated: slippage, whichever part it is in. */
  redated: boolean;
  /** The last entry of an explicit status column that does not say complete nor give a colour ("On track", "Open"): see heldStatus. */
  open?: OpenFlag;
  /** The flag that closed the action ("Complete", "Y"), and its cell: an update reporting the work not done refutes it (refutedClosure). */
  closedBy?: OpenFlag;
  /** Set only when that flag stands against an update that reads complete (see heldStatus): the status it gives instead. */
  held?: StatusClass;
  /** The lead's colour word in an explicit status column (`flags`), and that column: see ratingConflict. */
  rated?: Rating;
  ratedAt?: number;
  /** Set only when the last sentence in these columns (a commentary) reads at risk or off track, and its cell: see commentaryWorse. */
  told?: OpenFlag;
  /** The worst risk a task tool's tick box ("At Risk" TRUE) or label ("Blocked") flags (tickStatus): like a lead's colour, a milder status does not overrule it. */
  ticked?: StatusClass;
  /** Set only when the action's "% complete" is above 0% and below 100% (progressStarted): the work is under way. */
  started?: boolean;
}

/** What a sheet without extra status columns says of every action: one object for them all. */
export const NO_EXTRA_STATUS: ExtraStatus = { closed: false, leadStatus: null, leadColour: null, update: null, parts: null, redated: false };

/** The index of the peer group holding column `col` (a handful of columns, searched without allocating), or -1. */
function groupOf(groups: Groups, col: number): number {
  for (let g = 0; g < groups.length; g++) if (groups[g]?.includes(col) === true) return g;
  return -1;
}

/** Words in an entry short enough to be a flag ("Closed", "Yes - complete"), not a sentence. */
const FLAG_WORDS = 4;

/**
 * True for an entry short enough to be a flag ("Closed", "On track"), not a sentence.
 * @example isFlag('Yes - complete') // true
 */
export const isFlag = (entry: string): boolean => wordCount(entry) <= FLAG_WORDS;

/**
 * Reads the extra status-like columns (Open/Closed, Complete?, a lead's RAG, comments): an
 * explicit completion in any of them ("Closed", "Complete") closes the action; a colour word is
 * the lead's own status. A sentence there ("Process in place from November") is the lead's
 * status too, even when it reads as complete: it counts only where the status column says nothing,
 * or where it reports a risk (`told`) that a status flag beside it ("On track") says nothing of;
 * and it is the update a board paper quotes beside a status column of words ("On track"). A
 * colour the lead gave (leadColour) is their own assessment: a milder narrative does not overrule it.
 * Columns of one `peers` group (one per directorate or site) are read together (PartTally): with
 * the status column among them they are `parts`; else the group is one column, which closes the
 * action only when every part has finished, and otherwise gives its worst part's status. The
 * last entry of an explicit status column (`flags`, see flagColumns) that is no colour nor closure
 * (`open`: "On track", "Open") may hold open an action its update calls complete (heldStatus); a
 * colour word there (`rated`) is checked against the status the action is rated on (ratingConflict);
 * where that column's scale has Blue for complete ("BRAG"), its Green, Amber or Red beside an update
 * reading complete is such a flag too, as "On track" is. Tick and label columns (StatusFlags.ticks) are `ticked`.
 * A column rating the evidence's assurance (RoleColumns.assurance) is none of these; a compliance
 * level (StatusFlags.levels) is read only for a closure.
 * @example extraStatus(action, parsers) // { closed: true, leadStatus: null, leadColour: null, update: null, parts: null, redated: false } for "Closed"
 */
export function extraStatus(raw: SheetAction, parsers: Parsers, peers?: Groups, flags: StatusFlags = NO_FLAGS): ExtraStatus {
  let closed = false;
  let leadStatus: StatusClass | null = null;
  let leadColour: StatusClass | null = null;
  let update: string | null = null;
  let openText: string | null = null;
  let openStatus: StatusClass = 'unknown';
  let openAt = -1;
  let openRow = 0;
  let rated: Rating | undefined;
  let ratedAt: number | undefined;
  let told: OpenFlag | undefined;
  let closedBy: OpenFlag | undefined;
  // A one-row action's cells come straight from its row, as gathering them would list them.
  const single = raw.rows.length === 1;
  const columns = raw.extraColumnList;
  const count = single ? columns.length : raw.extraStatus.length;
  const tallies = peers === undefined ? null : peers.map(() => new PartTally());
  // An assurance rating ("Assurance RAG") rates the evidence, not the delivery: checked only against a Complete rating (assuranceGap).
  const { assurance } = raw.roles;
  for (let j = 0; j < count; j++) {
    if (assurance.length > 0 && assurance.includes(columns[j] ?? -1)) continue;
    // A tick column is read by its header's meaning (tickStatus): its "Yes" is no closure.
    if (flags.ticks.some((t) => t.col === columns[j])) continue;
    const value = single ? raw.at(columns[j] ?? -1) : undefined;
    const cells = !single ? raw.extraStatus[j] : value === null || value === undefined ? undefined : [{ value, row: raw.rows[0] ?? 0 }];
    const read = readCells(cells, false, parsers.statuses);
    const { texts } = read;
    const last = texts[texts.length - 1];
    const tally = tallies === null || peers === undefined ? undefined : tallies[groupOf(peers, columns[j] ?? -1)];
    if (tally !== undefined) tally.add(last, read.whole()?.reading);
    if (last === undefined) continue;
    const level = flags.levels.length === 0 ? undefined : flags.levels.find((l) => l.col === columns[j]);
    if (isProse(last) && level === undefined) update = last;
    if (tally !== undefined) continue;
    const word = parseRatingWord(last);
    const status = word !== null ? LEAD_RATING_STATUS[word] : parsers.status(last).status;
    // A compliance level is why the action exists, not how it is going: only "Fully compliant" counts, as a closure.
    if (level !== undefined && !(level.closes && status === 'complete' && isFlag(last))) continue;
    if (status === 'complete' && isFlag(last)) {
      closed = true;
      closedBy = { text: last, status, col: columns[j] ?? -1, row: cells?.[cells.length - 1]?.row ?? 0 };
    } else if (status !== 'unknown') leadStatus = status;
    // A commentary reporting a risk (rare) is kept, until a later sentence says otherwise; words are counted only then.
    const risk = status === 'at_risk' || status === 'off_track';
    if (word === null && (risk || (told !== undefined && status !== 'unknown')) && !isFlag(last)) told = risk ? { text: last, status, col: columns[j] ?? -1, row: cells?.[cells.length - 1]?.row ?? 0 } : undefined;
    if (word !== null) {
      if (status !== 'unknown' && status !== 'complete') leadColour = status;
      if (flags.cols.includes(columns[j] ?? -1)) {
        rated = word;
        ratedAt = columns[j];
        if (flags.blueScale && colourHoldsOpen(word, raw, parsers)) [openText, openStatus, openAt, openRow] = [last, status, j, cells?.[cells.length - 1]?.row ?? 0];
      }
    } else if (status !== 'complete' && flags.cols.includes(columns[j] ?? -1)) {
      openText = last;
      openStatus = status;
      openAt = j;
      openRow = cells?.[cells.length - 1]?.row ?? 0;
    }
  }
  // Made once, for the last such column: most rows never ask whether it holds them open.
  const open = openText === null ? undefined : { text: openText, status: openStatus, col: columns[openAt] ?? -1, row: openRow };
  const ticked = flags.ticks.length === 0 ? undefined : tickStatus(raw, flags.ticks, parsers);
  const read: ExtraStatus = { closed, leadStatus, leadColour, update, parts: null, redated: false, open, rated, ratedAt, told, ticked, closedBy };
  return tallies === null || peers === undefined ? read : withGroups(read, raw, peers, tallies);
}
