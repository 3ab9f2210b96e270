import { cellText, isProse, wordCount } from '../cells';
import type { SheetAction } from '../detect/rows';
import { parseRatingWord } from '../rating';
import { readConfidence } from '../rollup';
import type { CellValue, Rating, StatusClass } from '../types';
import { joinedText } from './entries';
import type { IssueSink } from './issues';
import type { Parsers } from './parsers';
import { readCells } from './roles';

/*
 * An action's single-valued cells: its texts, its extra status columns and its numbers, each
 * read from the action's row when it has one, else from its gathered cells.
 */

/**
 * The plain text of a role's cell in column `col` (`value`, as SheetAction.at gives it:
 * undefined for an action over several rows, whose cells are joined), or null for none.
 * @example textOf(action, action.roles.lead, action.at(action.roles.lead), stripMarkup) // 'THT Programme Manager'
 */
export function textOf(raw: SheetAction, col: number, value: CellValue | undefined, strip: (s: string) => string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') return joinedText(raw.cellsAt(col), strip);
  const text = strip(value);
  return text === '' ? null : text;
}

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
  /** The class of a RAG colour the lead gave ("R", "Amber"), which a milder narrative does not overrule. */
  leadColour: StatusClass | null;
  /** The latest entry written as a sentence in the rightmost such column (Action.update). */
  update: string | null;
}

/** What a sheet without extra status columns says of every action: one object for them all. */
export const NO_EXTRA_STATUS: ExtraStatus = { closed: false, leadStatus: null, leadColour: null, update: null };

/** Words in an entry short enough to be a flag ("Closed", "Yes - complete"), not a sentence. */
const FLAG_WORDS = 4;

const isFlag = (entry: string): boolean => wordCount(entry) <= FLAG_WORDS;

/**
 * Reads the extra status-like columns (Open/Closed, Complete?, a lead's RAG, comments): an
 * explicit completion in any of them ("Closed", "Complete") closes the action; a colour word is
 * the lead's own status. A sentence there ("Process in place from November") is the lead's
 * status too, even when it reads as complete: it counts only where the status column says nothing;
 * and it is the update a board paper quotes beside a status column of words ("On track"). A
 * colour the lead gave (leadColour) is their own assessment: a milder narrative does not overrule it.
 * @example extraStatus(action, parsers) // { closed: true, leadStatus: null, leadColour: null, update: null } for "Closed"
 */
export function extraStatus(raw: SheetAction, parsers: Parsers): ExtraStatus {
  let closed = false;
  let leadStatus: StatusClass | null = null;
  let leadColour: StatusClass | null = null;
  let update: string | null = null;
  // A one-row action's cells come straight from its row, as gathering them would list them.
  const single = raw.rows.length === 1;
  const columns = raw.extraColumnList;
  const count = single ? columns.length : raw.extraStatus.length;
  for (let j = 0; j < count; j++) {
    const value = single ? raw.at(columns[j] ?? -1) : undefined;
    const cells = !single ? raw.extraStatus[j] : value === null || value === undefined ? undefined : [{ value, row: raw.rows[0] ?? 0 }];
    const { texts } = readCells(cells, false, parsers.statuses);
    const last = texts[texts.length - 1];
    if (last === undefined) continue;
    if (isProse(last)) update = last;
    const word = parseRatingWord(last);
    const status = word !== null ? LEAD_RATING_STATUS[word] : parsers.status(last).status;
    if (status === 'complete' && isFlag(last)) closed = true;
    else if (status !== 'unknown') leadStatus = status;
    if (word !== null && status !== 'unknown' && status !== 'complete') leadColour = status;
  }
  return { closed, leadStatus, leadColour, update };
}

/**
 * A progress or confidence cell as a fraction, reporting one that cannot be used or is a
 * number stored as text. `value` is the cell as SheetAction.at gives it.
 * @example numberCell(action, 'confidence', '80%', sink) // 0.8
 */
export function numberCell(raw: SheetAction, role: 'progress' | 'confidence', value: CellValue | undefined, sink: IssueSink): number | null {
  if (value === null) return null;
  // A one-row action's cell is its row's; an action over several rows takes its first.
  const cell = value === undefined ? raw.cellsAt(raw.roles[role])?.[0] : { value, row: raw.rows[0] ?? 0 };
  if (!cell) return null;
  const v = cell.value;
  const input = typeof v === 'number' ? v : typeof v === 'string' ? v : cellText(v);
  const read = readConfidence(input);
  if (read.problem !== null || (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v))) sink.numberProblem(raw, role, cell, read.problem);
  return read.value;
}
