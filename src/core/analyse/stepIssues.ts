import { PLACEHOLDER } from '../steps';
import { formatUk, monthEnd, nhsQuarter, parts } from '../dates';
import type { Settings } from '../settings';
import type { IsoDate, Step } from '../types';
import type { RawAction } from '../detect/rows';
import { isErrorCell } from '../cells';
import { missingDay } from '../timeframe/impossible';
import { monthFirst } from '../timeframe/monthFirst';
import { isSerialText } from '../timeframe/serial';
import { endOfYearReadings } from '../timeframe/endOfYear';
import { entryRow, type Split } from './entries';
import { quote, type IssueSink } from './issues';

/** What the warnings about a step need to know of its action; one per action, shared by its steps. */
export interface StepSetting {
  /** How many steps the action has. */
  count: number;
  /** The action, and how many time-frame entries it has: their rows name the warnings' cells. */
  action: RawAction;
  timeframeCount: number;
  /** The action's first row, for a step without a time-frame entry. */
  row: number;
  /** True when the action has any status entry at all. */
  statusesGiven: boolean;
  /** True when the sheet has a status column, where an overdue action's blank cell is a gap to fill. */
  statusColumn: boolean;
  settings: Settings;
  /** The refresh's cached splitEntries: a spread action's warnings re-split its time-frame cells, which rows repeat. */
  split: Split;
}

/** How a warning names the step; built only for a warning, as most steps have none. */
function label(index: number, a: StepSetting): string {
  return a.count > 1 ? `Step ${index + 1} of ${a.count}` : 'This action';
}

/** The step as the object of a warning's sentence ("The time frame … of step 2 of 3 is …"). */
function subject(index: number, a: StepSetting): string {
  const named = label(index, a);
  return `${named.charAt(0).toLowerCase()}${named.slice(1)}`;
}

/**
 * Why a time frame is no date: a day its month lacks is named, a date written month first is
 * given back day first, and "end of year" is given both its readings, as asking for a format the
 * user already used would not help.
 */
function unreadable(text: string, asOf: IsoDate): string {
  const missing = missingDay(text, asOf);
  if (missing !== null) return `not a real date (${missing}); check the day.`;
  const dayFirst = monthFirst(text);
  if (dayFirst !== null) return `written month first, as US dates are; write the day first: "${dayFirst}".`;
  const year = endOfYearReadings(text, asOf);
  if (year !== null) return `unclear: it could be 31 December or the financial year's end, 31 March; write "${year.calendar}" or "${year.financial}".`;
  return `not a date this tool can read; write it like ${examples(asOf)}.`;
}

/**
 * Time frames to copy, dated at the end of asOf's month with the year in full: a two-digit year
 * more than three years from asOf reads as a day (SPEC 3), so a fixed "End of Nov 22" would mislead.
 */
function examples(asOf: IsoDate): string {
  const { year, month } = parts(asOf);
  const end = monthEnd(year, month);
  const [, mon = '', full = ''] = formatUk(end).split(' ');
  return `"End of ${mon} ${full}", "${nhsQuarter(end)}" or "${end.slice(8, 10)}/${end.slice(5, 7)}/${full}"`;
}

/** The row of the step's time-frame entry (a lone entry serves every step): the action's own row unless it spans several. */
function rowOf(index: number, a: StepSetting): number {
  if (a.action.rows.length === 1) return a.row;
  return entryRow(a.action.cells.timeframe, true, a.timeframeCount, a.timeframeCount === 1 ? 0 : index, a.row, a.split);
}

/** True when the action's time-frame cells hold a formula error: its 'formula_error' warning (scanCells) already says why the step has no date. */
function erroredTimeframe(a: StepSetting): boolean {
  return a.action.cells.timeframe?.some((cell) => isErrorCell(cell.value)) ?? false;
}

/**
 * Whether {@link stepIssues} has anything to say about a step: the same tests, without the
 * words, so the rows that have nothing to report (nearly all) cost no more than this.
 * @example stepWarns({ ...step, timeframe: { kind: 'tbc', start: null, end: null, redated: false }, rating: 'not_rated' }, true, '2022-11-03') // true
 */
export function stepWarns(step: Step, statusesGiven: boolean, asOf: string, statusColumn = false): boolean {
  const { kind, end } = step.timeframe;
  // A step done needs no date; an open one does, whether or not its status rated it (SPEC 5.1 rules 3 and 5).
  if (end === null) return step.rating !== 'complete' && (kind !== 'unparseable' || step.timeframeText !== null);
  if (kind === 'unparseable' && step.timeframeText !== null) return true;
  if (end < '2000-01-01' || end > '2100-12-31') return true;
  if (step.timeframeText !== null && isSerialText(step.timeframeText)) return true;
  return end < asOf && step.statusText === null && (statusesGiven || statusColumn) && step.rating !== 'complete';
}

/**
 * Warnings about one step (0-based `index`): a time frame that cannot be read (or names a day
 * its month does not have), a step that cannot be rated for want of a date, a date outside
 * 2000–2100, a step left without a status though due. A step without a date is warned of
 * whenever it is open, though its status may have rated it Amber or Red. A step whose time-frame cell shows a
 * formula error is not also called undated: the formula error is warned of at the cell.
 * @example // stepIssues(sink, { ...step, timeframe: { kind: 'unparseable', ... } }, 0, setting)
 */
export function stepIssues(sink: IssueSink, step: Step, index: number, a: StepSetting): void {
  const { timeframe, timeframeText: text } = step;
  const end = timeframe.end;
  if (timeframe.kind === 'unparseable' && text !== null && step.rating !== 'complete') {
    sink.add('warning', 'timeframe', rowOf(index, a), 'unparseable_timeframe', `The time frame ${quote(text)} of ${subject(index, a)} is ${unreadable(text, a.settings.asOf)}`);
  } else if (step.rating !== 'complete' && end === null && timeframe.kind !== 'unparseable') {
    // A dash keeps a step's place in the cell (PLACEHOLDER): it gives no time frame to quote.
    const none = text === null || text === PLACEHOLDER;
    // A step its status rated Amber or Red ("TBC" beside "At risk") still lacks the date that would show how late it is.
    const unrated = step.rating === 'not_rated' ? 'cannot be rated' : 'cannot be rated by date';
    // Where a Gantt chart gives the time frames, none means no month marked: said at the chart, not the action.
    if (none && sink.charted) sink.unmarked(rowOf(index, a), subject(index, a), unrated);
    else if (text !== null || !erroredTimeframe(a)) sink.add('warning', 'timeframe', rowOf(index, a), 'undated', `${label(index, a)} ${none ? 'has no time frame' : `has time frame ${quote(text)}`}, so it ${unrated}; set a date when one is agreed.`);
  }
  if (end !== null && (end < '2000-01-01' || end > '2100-12-31')) {
    sink.add('warning', 'timeframe', rowOf(index, a), 'date_out_of_range', `The date ${formatUk(end)} of ${subject(index, a)} is before 2000 or after 2100; check the year.`);
  }
  // A lone entry serving every step is one cell: said once, at the first step.
  if (end !== null && text !== null && (index === 0 || a.timeframeCount > 1) && isSerialText(text)) {
    const subjectWords = a.timeframeCount > 1 ? ` of ${subject(index, a)}` : '';
    sink.add('warning', 'timeframe', rowOf(index, a), 'number_as_date', `The time frame ${quote(text)}${subjectWords} is a number, not a date: it is read as ${formatUk(end)}, but the sheet shows the number. Format the cell as a date so everyone reading it sees the day.`);
  }
  if (end !== null && end < a.settings.asOf && step.statusText === null && (a.statusesGiven || a.statusColumn) && step.rating !== 'complete') {
    // An overdue action whose status cell is blank is the update a board most needs: it is Red with nothing said.
    const gap = a.statusesGiven ? 'has no status entry of its own' : 'has no update in its status column';
    sink.add('warning', a.action.statusFrom ?? 'status', rowOf(index, a), 'overdue_without_status', `${label(index, a)} was due ${formatUk(end)} but ${gap}; add one so the board sees its position.`);
  }
}
