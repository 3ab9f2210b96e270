import { raisedColumn } from '../detect/raised';
import { startColumn } from '../detect/start';
import type { Detection } from '../detect/tracker';
import type { Settings } from '../settings';
import type { CellValue } from '../types';
import { withBlueCells } from './blueCells';
import { NO_FLAGS, statusFlags, type StatusFlags } from './flagColumns';
import { fractionColumns } from './numberScale';
import type { Parsers } from './parsers';
import { RaisedMeetings } from './raisedMeetings';

/** What a sheet's header and columns say of each of its actions: worked out once per sheet. */
export interface SheetFacts {
  /** The explicit status columns and tick boxes (statusFlags), where a lead's colour the update contradicts is warned of (ratingConflict). */
  readonly flags: StatusFlags;
  /** Dates a log's "Next meeting" from the meeting each action came from (RaisedMeetings). */
  readonly raised: RaisedMeetings | null;
  /** The progress and confidence columns whose numbers are fractions (fractionColumns). */
  readonly fractions: ReadonlySet<number>;
}

/** A sheet with none of these: what buildAction takes when given no facts. */
export const NO_FACTS: SheetFacts = { flags: NO_FLAGS, raised: null, fractions: new Set() };

/** The sheet's facts (SheetFacts), and the columns read beside the roles that say them: a plan's "Start" (lateStart) and a log's "Date raised" (-1 for none). */
export interface SheetReading extends SheetFacts {
  readonly start: number;
  readonly raisedAt: number;
}

/**
 * Works out a sheet's facts once, from its header `labels`, its detected columns and its rows
 * from the header (0-based `header`) to `lastIndex`; `own` are the product's own columns.
 * @example sheetFacts(rows, labels, detection, [], 0, 41, settings, parsers).fractions // Set {} (no progress typed as fractions)
 */
export function sheetFacts(
  rows: readonly (readonly CellValue[])[],
  labels: readonly string[],
  detection: Pick<Detection, 'columns' | 'extraStatus'>,
  own: readonly number[],
  header: number,
  lastIndex: number,
  settings: Settings,
  parsers: Parsers,
): SheetReading {
  const { columns } = detection;
  // The explicit status columns beside the status column: may hold an action open (heldStatus), and hold the lead's colour (ratingConflict); one whose cells say "B" is on a BRAG scale.
  const flags = withBlueCells(statusFlags(detection.extraStatus, labels), rows, header + 1, lastIndex);
  const raisedAt = raisedColumn(labels, columns, [...own, ...detection.extraStatus]);
  const raised = raisedAt < 0 ? null : new RaisedMeetings(rows, raisedAt, header + 1, lastIndex, settings, parsers);
  const { progress = -1, confidence = -1 } = columns;
  const fractions = fractionColumns(rows, [progress, confidence], header + 1, lastIndex);
  // A plan's "Start" beside its end date: work not started after it is pointed out (lateStart).
  return { flags, raised, fractions, start: startColumn(labels, columns), raisedAt };
}
