import { cellText, isBlank, severalSentences, wordCount } from '../cells';
import { wholeEntryStatus } from '../status';
import { TIMELINE_MARKS, TIMELINE_NO_MARKS } from '../vocabulary/periodColumns';
import type { CellValue } from '../types';
import type { PeriodColumn } from './milestones';
import { periodUpdates } from './periodReports';
import type { HeaderReading } from './reading';

/** Rows under the header looked at: enough to tell names from marks, bounded on any sheet. */
const SAMPLE_ROWS = 50;
const MARKS = new Set(TIMELINE_MARKS);
const NO_MARKS = new Set(TIMELINE_NO_MARKS);
/** A word of three letters or more: a milestone's name ("Go live", "Business case"), where a mark has none. */
const WORD = /\p{L}{3,}/u;

/** An account of progress rather than a milestone's name: a long sentence, or more than one ("Build complete. CT live in May."). */
const UPDATE_WORDS = 10;

/** What a period column's cell holds; `unmarked` is a cell as good as blank (TIMELINE_NO_MARKS). */
type Content = 'name' | 'mark' | 'other' | 'unmarked';

function contentOf(value: CellValue): Content {
  if (typeof value === 'boolean') return value ? 'mark' : 'unmarked';
  const raw = cellText(value).trim();
  const text = raw.toLowerCase();
  if (MARKS.has(text)) return 'mark';
  if (NO_MARKS.has(text)) return 'unmarked';
  // A month's "On track" or "Complete" is a status a month, not a milestone called that.
  if (wholeEntryStatus(raw) !== undefined) return 'other';
  return WORD.test(text) && wordCount(raw) < UPDATE_WORDS && !severalSentences(raw) ? 'name' : 'other';
}

/**
 * True when a Gantt chart's cell says its action runs in the cell's period: a mark, or a name
 * ("Go live" in the month it is due). A status a month ("Complete"), a RAG letter or a dash says no more than a blank.
 * @example marksPeriod('X') // true
 * @example marksPeriod('-') // false
 */
export function marksPeriod(value: CellValue | undefined): boolean {
  if (value === undefined || isBlank(value)) return false;
  const content = contentOf(value);
  return content === 'mark' || content === 'name';
}

/**
 * The timeline a header reading has the engine read as each action's time frame (see TimelineRow):
 * one of marks, on a sheet with no time frame column of its own. Undefined for a chart shaded by
 * hand, whose missing time frame is warned of by name (headerIssues).
 * @example timelineRead({ ...reading, timeline: [{ col: 3, period: 'Q1' }], marked: true })?.length // 1
 */
export function timelineRead(reading: HeaderReading): readonly PeriodColumn[] | undefined {
  const { timeline, marked, columns } = reading;
  return marked === true && columns.timeframe === undefined && timeline !== undefined && timeline.length > 0 ? timeline : undefined;
}

/**
 * A header reading whose bare period columns (`periods`, see barePeriods) are told apart by what
 * they hold under the header: names ("Business case approved" under Q1) make them milestones, each
 * a step due by the end of its period, as "Q1 milestone" columns are; marks ("X", a tick) or nothing
 * at all (a Gantt chart shaded by hand) make them a `timeline`, whose marks, where there are any,
 * give each action its time frame (`marked`, see TimelineRow), on a sheet with no time frame column
 * of its own. Anything else (a RAG letter or a
 * status a month) leaves them unread. Reports of progress a period ("51% end Dec. On track") make
 * them the sheet's dated updates (periodUpdates), looked at first.
 * @example periodContent({ ...reading, periods: [{ col: 2, period: 'Q1' }, { col: 3, period: 'Q2' }] }, [['Action', 'Lead', 'Q1', 'Q2'], ['Open UTC', 'COO', 'Business case', 'Build']], 0).milestones?.length // 2
 */
export function periodContent(reading: HeaderReading, rows: readonly (readonly CellValue[])[], header: number): HeaderReading {
  const { periods, ...rest } = reading;
  if (periods === undefined) return reading;
  const updates = periodUpdates(reading, rows, header);
  if (updates !== undefined) return updates;
  // An unticked box or a dash is a blank: a chart of checkboxes is mostly unticked.
  const counts: Record<Content, number> = { name: 0, mark: 0, other: 0, unmarked: 0 };
  const end = Math.min(rows.length, header + 1 + SAMPLE_ROWS);
  for (let r = header + 1; r < end; r++) {
    for (const { col } of periods) {
      const value = rows[r]?.[col] ?? null;
      if (!isBlank(value)) counts[contentOf(value)] += 1;
    }
  }
  if (counts.name > counts.mark && counts.name > counts.other) return { ...rest, milestones: periods };
  // Beside a time frame column only milestones are read: a chart there draws the due date again.
  if (counts.mark >= counts.other && rest.columns.timeframe === undefined) return { ...rest, timeline: periods, ...(counts.mark > 0 ? { marked: true } : {}) };
  return rest;
}
