import { cellText, isBlank, wordCount } from '../cells';
import { wholeEntryStatus } from '../status';
import { TIMELINE_MARKS } from '../vocabulary/periodColumns';
import type { CellValue } from '../types';
import type { HeaderReading } from './reading';

/** Rows under the header looked at: enough to tell names from marks, bounded on any sheet. */
const SAMPLE_ROWS = 50;
const MARKS = new Set(TIMELINE_MARKS);
/** A word of three letters or more: a milestone's name ("Go live", "Business case"), where a mark has none. */
const WORD = /\p{L}{3,}/u;

/** An account of progress rather than a milestone's name: a long sentence, or more than one ("Build complete. CT live in May."). */
const UPDATE_WORDS = 10;
const SENTENCES = /[.!?]\s+\p{Lu}/u;

type Content = 'name' | 'mark' | 'other';

function contentOf(value: CellValue): Content {
  if (value === true) return 'mark';
  const raw = cellText(value).trim();
  const text = raw.toLowerCase();
  if (MARKS.has(text)) return 'mark';
  // A month's "On track" or "Complete" is a status a month, not a milestone called that.
  if (wholeEntryStatus(raw) !== undefined) return 'other';
  return WORD.test(text) && wordCount(raw) < UPDATE_WORDS && !SENTENCES.test(raw) ? 'name' : 'other';
}

/**
 * A header reading whose bare period columns (`periods`, see barePeriods) are told apart by what
 * they hold under the header: names ("Business case approved" under Q1) make them milestones, each
 * a step due by the end of its period, as "Q1 milestone" columns are; marks ("X", a tick) or nothing
 * at all (a Gantt chart shaded by hand) make them a `timeline`, which gives no deadline the engine
 * can read, so the missing time frame is warned of by name. Anything else (a RAG letter or a
 * status a month, a quarter's account of progress) leaves them unread.
 * @example periodContent({ ...reading, periods: [{ col: 2, period: 'Q1' }, { col: 3, period: 'Q2' }] }, [['Action', 'Lead', 'Q1', 'Q2'], ['Open UTC', 'COO', 'Business case', 'Build']], 0).milestones?.length // 2
 */
export function periodContent(reading: HeaderReading, rows: readonly (readonly CellValue[])[], header: number): HeaderReading {
  const { periods, ...rest } = reading;
  if (periods === undefined) return reading;
  const counts: Record<Content, number> = { name: 0, mark: 0, other: 0 };
  const end = Math.min(rows.length, header + 1 + SAMPLE_ROWS);
  for (let r = header + 1; r < end; r++) {
    for (const { col } of periods) {
      const value = rows[r]?.[col] ?? null;
      if (!isBlank(value)) counts[contentOf(value)] += 1;
    }
  }
  if (counts.name > counts.mark && counts.name > counts.other) return { ...rest, milestones: periods };
  if (counts.mark >= counts.other) return { ...rest, timeline: periods.map((p) => p.col) };
  return rest;
}
