import { datedStarts } from '../steps/datedLog';
import { latestLast, opensWithDate } from '../steps/updateLog';

/*
 * A board paper is read on paper: a 700-character update in one table cell makes a row a page
 * long and pushes the other exceptions off it. The summary's tables show the start of long
 * text, cut at a word, and the tracker keeps the whole of it.
 */

/** The most characters of workbook text a summary table shows, by field: an action, the board's own words, is cut only when very long. */
export const CLIP = { action: 600, update: 400, reason: 300, step: 200 } as const;

/**
 * Text cut to at most `max` characters at a word boundary, ending "…" when anything was left out.
 * @example clip('Agree the terms of reference with partners', 20) // 'Agree the terms of…'
 * @example clip('Done', 20) // 'Done'
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.search(/\s\S*$/);
  // A cut far back would waste the room; a word longer than that is broken instead.
  const cut = space > max * 0.6 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.\-–]+$/, '')}…`;
}

/**
 * Where an entry of an update log may start: each line, and each sentence that opens with a
 * date ("… in September. Update 06/11/23: drafted"), as updates pasted into one paragraph do.
 */
function entryStarts(text: string): number[] {
  const starts: number[] = [];
  const breaks = /\n\s*|[.;!?]\s+/g;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    const at = m.index + m[0].length;
    if (at < text.length && (m[0].startsWith('\n') || opensWithDate(text.slice(at, at + 40)))) starts.push(at);
  }
  return starts;
}

/**
 * The latest update as a board table shows it (SPEC 6.4: the latest update, not the log). In a
 * log of dated entries, only the newest entry is shown, "… " in front to say earlier ones were
 * left out; the newest is the last one, or the first in a log written newest first. Any other
 * text that is too long is cut to `max` characters keeping its newest part: the last lines that
 * fit, as updates are appended, or the start of a single paragraph.
 * @example clipLatest('Update 02/10/23: pilot on three wards went well. Update 06/11/23: trajectory drafted', 400) // '… Update 06/11/23: trajectory drafted'
 * @example clipLatest('14/11/23: signed off\n12/10/23: drafted', 400) // '14/11/23: signed off …'
 * @example clipLatest('Sep 24: survey done. Aug 24: bid submitted.', 400) // 'Sep 24: survey done. …'
 * @example clipLatest('Agree the terms of reference with partners', 20) // 'Agree the terms of…'
 */
export function clipLatest(text: string, max: number): string {
  const dated = datedStarts(text);
  // Told by the entries, not the lines, as a log pasted into one paragraph has one line.
  const entries = dated.map((at, i) => text.slice(at, dated[i + 1]));
  const newestFirst = entries.length >= 2 && latestLast(entries) !== entries;
  if (dated.length >= 2 && newestFirst) return `${clip(text.slice(0, dated[1]).trimEnd(), max - 2)} …`;
  if (dated.length >= 2 || (dated.length === 1 && (dated[0] ?? 0) > 0)) return `… ${clip(text.slice(dated[dated.length - 1]).trim(), max - 2)}`;
  if (text.length <= max) return text;
  const starts = entryStarts(text);
  if (starts.length === 0 || newestFirst) return clip(text, max);
  const room = max - 2;
  const from = starts.find((at) => text.length - at <= room);
  return from === undefined ? `… ${clip(text.slice(starts[starts.length - 1] ?? 0), room)}` : `… ${text.slice(from).trimEnd()}`;
}

/** Where a kind of problem has a plainer name than its code. */
const KINDS: Readonly<Record<string, string>> = {
  undated: 'No usable date',
  unparseable_timeframe: 'Time frame not understood',
  overdue_without_status: 'Overdue with no update',
  extra_timeframes: 'More time frames than steps',
  extra_statuses: 'More statuses than steps',
  duplicate_column: 'Two columns for one role',
  formula_error: 'Formula error in a cell',
  invalid_override: 'RAG override not understood',
  no_confidence: 'No confidence figure',
  no_header_row: 'No header row found',
  header_looks_like_data: 'Header row looks like data',
  closure_conflict: 'Marked complete, update says not done',
  no_tracker: 'No tracker found',
  number_as_text: 'Number stored as text',
  cell_at_limit: 'Cell full (text may be cut off)',
  table_totals_row: 'Table totals row left out',
  hidden_rows: 'Hidden or filtered-out rows',
  hidden_sheet: 'Hidden sheet left out',
  archive_sheet: 'Archive sheet left out',
  archive_section: 'Closed actions left out',
  protected_sheet: 'Protected sheet not written',
  second_tracker: 'Second table beside the tracker',
  merged_header: 'Header cells merged',
  date_out_of_range: 'Date before 2000 or after 2100',
  number_as_date: 'Date shown as a number',
  percent_out_of_range: 'Percentage below 0 or above 100',
  not_a_number: 'Not a number',
  // The header's missing roles, named as the rest of the paper names them ("time frame", two words).
  missing_timeframe: 'No time frame column',
  missing_lead: 'No lead column',
  missing_status: 'No status column',
  history_row_unreadable: 'RAG History row not readable',
  blank_action: 'Action text left blank',
  status_conflict: 'Status says open, update says complete',
  rating_conflict: "Lead's RAG contradicts the update",
  commentary_conflict: 'Status milder than the commentary',
  progress_conflict: '100% complete but reported at risk',
  assurance_gap: 'Complete, evidence not yet assured',
  late_start: 'Start date passed, not started',
  override_conflict: 'Override better than dates and update',
  lone_completion: 'One update closes steps not yet due',
};

/**
 * A data-quality kind in words for a board reader; a code with no plainer name is spelt out.
 * @example issueKind('undated') // 'No usable date'
 * @example issueKind('missing_timeframe') // 'No time frame column'
 * @example issueKind('some_new_problem') // 'Some new problem'
 */
export function issueKind(code: string): string {
  const known = KINDS[code];
  if (known !== undefined) return known;
  return capitalised(code.replace(/_/g, ' ').trim());
}

/**
 * Text with its first letter in capitals, as a table cell starts ("warning" → "Warning").
 * @example capitalised('warning') // 'Warning'
 */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
