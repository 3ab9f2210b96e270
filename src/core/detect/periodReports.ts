import { cellText, isBlank, severalSentences, wordCount } from '../cells';
import { readStatus, wholeEntryStatus } from '../status';
import { TIMELINE_MARKS, TIMELINE_NO_MARKS } from '../vocabulary/periodColumns';
import type { CellValue } from '../types';
import type { PeriodColumn } from './milestones';
import type { HeaderReading } from './reading';

/*
 * Columns headed by a period alone ("Q1 (Apr–Jun)" … "Q4 (Jan–Mar)") hold either what is due
 * that period (a forward plan's milestones) or what was reported that period (a quarterly action
 * plan's updates). Headers cannot tell them apart; the cells can. A milestone is named as a thing
 * to deliver ("Business case approved", "Go live"); an update reports how it went: a figure
 * against a trajectory ("51% end Dec", "26 of 40"), work under way or held up ("being scoped",
 * "Awaiting decision", "Not started"), or an account of more than one sentence.
 */

/** Rows under the header looked at, as periodContent does: bounded on any sheet. */
const SAMPLE_ROWS = 50;
/** A long entry is an account of progress, not a milestone's name. */
const ACCOUNT_WORDS = 10;
/** A measure reported: a percentage, or a count out of a total ("12 of 40", "3 out of 5"). */
const FIGURE = /\d\s?%|\b\d+\s+(?:of|out of)\s+\d+\b/i;
/** A position measured against the plan ("against a trajectory of 6", "ahead of target"): a report, where a milestone sets the target. */
const MEASURED = /\b(?:against|ahead of|behind|in line with|above|below)\s+(?:the\s+|a\s+|our\s+)?(?:trajectory|target|plan)\b/i;
const WORD = /\p{L}{3,}/u;
const MARKS = new Set([...TIMELINE_MARKS, ...TIMELINE_NO_MARKS]);
/** Status classes a milestone is never named by: work going on, held up or not begun. */
const REPORTED = new Set(['on_track', 'at_risk', 'off_track', 'not_started']);

/** How a period column's cell reads: a report of progress, a name of something to deliver, or neither. */
type Reading = 'report' | 'name' | 'neither';

/**
 * How one period cell reads. A bare rating ("Green", "G", "Delayed") is neither: a grid of a
 * rating a period is no account of progress to read in place of the status. A milestone
 * named by its go-ahead ("Business case approved") reads on track yet is still a name.
 * @example periodCellReading('32% – on track.') // 'report'
 * @example periodCellReading('Business case approved') // 'name'
 * @example periodCellReading('G') // 'neither'
 */
export function periodCellReading(value: CellValue): Reading {
  const text = cellText(value).trim();
  if (typeof value === 'boolean' || MARKS.has(text.toLowerCase()) || !/\S/.test(text)) return 'neither';
  if (FIGURE.test(text) || MEASURED.test(text) || severalSentences(text) || wordCount(text) >= ACCOUNT_WORDS) return 'report';
  if (wholeEntryStatus(text) !== undefined && wordCount(text) < 2) return 'neither';
  const read = readStatus(text);
  if (REPORTED.has(read.status) && !read.goAhead) return 'report';
  return WORD.test(text) ? 'name' : 'neither';
}

/**
 * True when the filled cells of period columns (`cols`) read mostly as reports of progress
 * rather than names of milestones (periodCellReading). Beside a time frame column of its own
 * (`dated`) the sheet has its deadline already, so a third of them reporting is enough: a
 * quarterly update column holds a short "Audit tool agreed" as often as a long account.
 * @example readsAsUpdates([['Action', 'Q1', 'Q2'], ['Open SDEC', '12 of 40 trained', 'In progress']], 0, [1, 2], false) // true
 */
export function readsAsUpdates(rows: readonly (readonly CellValue[])[], header: number, cols: readonly number[], dated: boolean): boolean {
  let reports = 0;
  let names = 0;
  const end = Math.min(rows.length, header + 1 + SAMPLE_ROWS);
  for (let r = header + 1; r < end; r++) {
    for (const col of cols) {
      const value = rows[r]?.[col] ?? null;
      if (isBlank(value)) continue;
      const reading = periodCellReading(value);
      if (reading === 'report') reports += 1;
      else if (reading === 'name') names += 1;
    }
  }
  return reports > 0 && (dated ? 2 * reports >= names : reports > names);
}

/**
 * A header reading whose bare period columns (`periods`) hold reports of progress, with them
 * read as its dated updates: the first stands for the status, a row's latest filled one read in
 * its place (latestUpdate), and any status column of its own (a lead's BRAG) read beside it.
 * Undefined when they hold anything else, or the sheet has dated updates already.
 * @example periodUpdates({ ...reading, periods: [{ col: 2, period: 'Q1' }, { col: 3, period: 'Q2' }] }, [['Action', 'Lead', 'Q1', 'Q2'], ['Open SDEC', 'COO', '40% recruited', 'Delayed']], 0)?.updates // [2, 3]
 */
export function periodUpdates(reading: HeaderReading, rows: readonly (readonly CellValue[])[], header: number): HeaderReading | undefined {
  const { periods, ...rest } = reading;
  if (periods === undefined || reading.updates !== undefined) return undefined;
  const cols = periods.map((p: PeriodColumn) => p.col);
  const first = cols[0];
  if (first === undefined || !readsAsUpdates(rows, header, cols, rest.columns.timeframe !== undefined)) return undefined;
  const own = rest.columns.status;
  const extraStatus = [...rest.extraStatus, ...(own === undefined ? [] : [own])].filter((c) => !cols.includes(c)).sort((a, b) => a - b);
  return { ...rest, columns: { ...rest.columns, status: first }, extraStatus, updates: cols, roleCount: rest.roleCount + (own === undefined ? 1 : 0) };
}
