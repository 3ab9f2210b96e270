import type { CellValue } from '../types';
import { COMPLETION_HEADERS } from '../vocabulary/columns';
import { MONTH_WORDS } from '../vocabulary/timeframe';
import type { HeaderReading } from './columns';
import { normaliseHeader, withoutHint } from './normalise';

/*
 * Columns that record the day an action was finished: the lead who fills in "Date completed"
 * often leaves the status saying "In progress", and the date is the more deliberate of the two.
 */

const COMPLETION = new Set(COMPLETION_HEADERS.map(normaliseHeader));
const NUMERIC_DATE = /^\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})\s*$/;
const WORDED_DATE = new RegExp(`^\\s*(\\d{1,2}(st|nd|rd|th)?\\s+)?(${Object.keys(MONTH_WORDS).join('|')})\\.?\\s+\\d{2,4}\\s*$`, 'i');
/** Excel's day numbers for 2000 and 2100 (SPEC 9's plausible years): a bare number between them is a date left unformatted. */
const SERIALS = [36526, 73051] as const;

/**
 * A header reading with its completion columns (COMPLETION_HEADERS) listed as `completed`: the
 * status column and further status columns so named, and unmapped ones (a "Date completed"
 * names no role), which are read beside the status from now on. `texts` are the header's cells.
 * @example completionColumns(readHeader(['Action', 'Status', 'Date completed']), ['Action', 'Status', 'Date completed']).completed // [2]
 */
export function completionColumns(reading: HeaderReading, texts: readonly string[]): HeaderReading {
  const taken = new Set<number>([...Object.values(reading.columns), ...Object.values(reading.outputs)]);
  const statusLike = new Set<number>([...reading.extraStatus, ...(reading.columns.status === undefined ? [] : [reading.columns.status])]);
  const completed = texts.flatMap((text, col) => ((statusLike.has(col) || !taken.has(col)) && COMPLETION.has(normaliseHeader(withoutHint(text))) ? [col] : []));
  if (completed.length === 0) return reading;
  const extraStatus = [...new Set([...reading.extraStatus, ...completed.filter((c) => !taken.has(c))])].sort((a, b) => a - b);
  return { ...reading, extraStatus, completed };
}

/**
 * True when a cell holds a date: a date cell, a day number in Excel's range, or a date typed as text.
 * @example isDateCell('08/11/2024') // true
 * @example isDateCell('In progress') // false
 */
export function isDateCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined || typeof value === 'boolean') return false;
  if (typeof value === 'number') return value >= SERIALS[0] && value <= SERIALS[1];
  if (typeof value !== 'string') return value.kind === 'date';
  return NUMERIC_DATE.test(value) || WORDED_DATE.test(value);
}

/**
 * A row with each date in a completion column read as "Completed", which every status reader
 * takes as an explicit completion; the row itself when none holds a date, so most rows are not copied.
 * @example withCompletion(['Fit sinks', 'In progress', { kind: 'date', iso: '2024-11-08' }], [2]) // ['Fit sinks', 'In progress', 'Completed']
 */
export function withCompletion(row: readonly CellValue[], completed: readonly number[]): readonly CellValue[] {
  let out: CellValue[] | null = null;
  for (const col of completed) if (isDateCell(row[col])) (out ??= [...row])[col] = 'Completed';
  return out ?? row;
}
