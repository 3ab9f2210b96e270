import { cellText, isBlank, isErrorCell } from '../cells';
import type { CellValue } from '../types';
import { REVISED_HEADER_WORDS, REVISED_TIMEFRAME_HEADERS } from '../vocabulary/columns';
import type { HeaderReading } from './columns';
import { matchRole, normaliseHeader } from './headers';

const REVISED = REVISED_TIMEFRAME_HEADERS.map((h) => normaliseHeader(h));
const REVISED_WORDS = new Set(REVISED_HEADER_WORDS);

function isRevisedHeader(text: string): boolean {
  const norm = normaliseHeader(text);
  if (REVISED.some((words) => norm === words || norm.startsWith(`${words} `))) return true;
  const space = norm.indexOf(' ');
  return space > 0 && REVISED_WORDS.has(norm.slice(0, space)) && matchRole(norm.slice(space + 1))?.role === 'timeframe';
}

/**
 * A header reading with a "Revised target date" column beside the time frame column read as
 * its revision (`revisedTimeframe`) rather than reported as a duplicate time frame column.
 * `texts` are the header row's cells as text.
 * @example pairRevisedTimeframe(readHeader(['Action', 'Target date', 'Revised target date']), ['Action', 'Target date', 'Revised target date']).revisedTimeframe // 2
 */
export function pairRevisedTimeframe(reading: HeaderReading, texts: readonly string[]): HeaderReading {
  const winner = reading.columns.timeframe;
  if (winner === undefined) return reading;
  const candidates = [winner, ...reading.duplicates.filter(([role]) => role === 'timeframe').map(([, , loser]) => loser)];
  const revised = candidates.find((c) => isRevisedHeader(texts[c] ?? ''));
  const main = candidates.find((c) => !isRevisedHeader(texts[c] ?? ''));
  if (revised === undefined || main === undefined) return reading;
  const duplicates = reading.duplicates
    .filter(([role, , loser]) => role !== 'timeframe' || (loser !== main && loser !== revised))
    .map(([role, w, loser]): [typeof role, number, number] => [role, role === 'timeframe' ? main : w, loser]);
  return { ...reading, columns: { ...reading.columns, timeframe: main }, duplicates, revisedTimeframe: revised };
}

/**
 * A row with its revised date read into its time frame cell, as a revision the time-frame
 * parser knows ("End of Jan 24 revised to 30/04/2024"), so the later date is the deadline and
 * the step counts as re-dated; the row itself when the revised cell is blank or repeats the date.
 * @example withRevisedDate(['Plan', 'End of Jan 24', '30/04/2024'], 1, 2) // ['Plan', 'End of Jan 24 revised to 30/04/2024', '30/04/2024']
 * @example withRevisedDate(['Plan', '30/04/2024', '30/04/2024'], 1, 2) // ['Plan', '30/04/2024', '30/04/2024']
 */
export function withRevisedDate(row: readonly CellValue[], timeframe: number, revised: number): readonly CellValue[] {
  const to = row[revised];
  if (isBlank(to) || isErrorCell(to)) return row;
  const from = row[timeframe];
  const revision = cellText(to).trim();
  // A forecast that still says the baseline date moves nothing: read as a revision it would count as slippage.
  if (!isBlank(from) && cellText(from).trim() === revision) return row;
  const out = [...row];
  out[timeframe] = isBlank(from) ? revision : `${cellText(from).trim()} revised to ${revision}`;
  return out;
}
