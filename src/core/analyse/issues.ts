import { a1, cellText, counted, isErrorCell } from '../cells';
import type { PeriodColumn } from '../detect/milestones';
import type { RawAction, SourceCell } from '../detect/rows';
import { formatUk } from '../dates';
import { entryRow } from './entries';
import type { CellValue, ColumnMap, Issue, IsoDate, Role, Severity } from '../types';


/** Excel's limit on characters in a cell: text this long was probably cut off on the way in. */
const CELL_LIMIT = 32_767;

/**
 * Cell text quoted in a warning: whitespace collapsed, cut at 60 characters.
 * @example quote('End of\nNov 22') // '"End of Nov 22"'
 */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}"`;
}

/** A chart period's label that names a quarter ("Q1 2025/26", "Quarter 3"); any other is a month ("Apr 2024", "Month 4"). */
const QUARTER = /^(?:q[1-4]|quarter)\b/i;

/** A Gantt chart read as the time frames: its first and last columns, and whether it marks months or quarters. */
interface Chart {
  first: number;
  last: number;
  period: 'month' | 'quarter';
}

/** Collects a sheet's data-quality problems, each naming its cell (SPEC 9). */
export class IssueSink {
  readonly issues: Issue[] = [];
  /** The Gantt chart whose marks are the sheet's time frames (RowLine), or null: an action with none is warned of there. */
  private readonly chart: Chart | null;

  constructor(
    private readonly sheet: string,
    private readonly columns: ColumnMap,
    chart: readonly PeriodColumn[] = [],
  ) {
    const cols = chart.map((p) => p.col);
    this.chart = cols.length === 0 ? null : { first: Math.min(...cols), last: Math.max(...cols), period: chart.every((p) => QUARTER.test(p.period.trim())) ? 'quarter' : 'month' };
  }

  add(severity: Severity, role: Role | number, row: number, code: string, message: string): void {
    this.issues.push({ sheet: this.sheet, cell: this.cellAt(role, row), severity, code, message });
  }

  /** The cell a warning about `role` on `row` is put at, for a message that names it ("The update (F12) says …"). */
  cellAt(role: Role | number, row: number): string {
    return a1(typeof role === 'number' ? role : (this.columns[role] ?? this.columns.action ?? 0), row);
  }

  /** True when a Gantt chart's marks are the sheet's time frames: a step with none then has no period marked (see unmarked). */
  get charted(): boolean {
    return this.chart !== null;
  }

  /**
   * A step the Gantt chart gives no period (code 'undated', as any step with no date), `subject`
   * naming it ("this action", "step 2 of 3"). The sheet shows no time frame column to look in,
   * so the warning is put at the step's row of the chart, names its cells, and says to mark them.
   * `unrated` says what the missing date costs: the rating, or only the rating by date.
   */
  unmarked(row: number, subject: string, unrated = 'cannot be rated'): void {
    if (this.chart === null) return;
    const { first, last, period } = this.chart;
    this.add('warning', first, row, 'undated', `No ${period} is marked for ${subject} in the Gantt chart (${a1(first, row)}:${a1(last, row)}), so it ${unrated}; mark the ${period}s it runs in, or add a due date column.`);
  }

  /**
   * An ambition-level row (a Table One) is rated from the board's confidence figure, not from
   * dates: a missing time frame is no problem there, a missing confidence is. So the row's
   * "undated" warnings (added since `mark`) are dropped, and a row that could not be rated
   * says what it lacks.
   */
  ambitionRated(mark: number, row: number, rated: boolean): void {
    for (let i = this.issues.length - 1; i >= mark; i--) if (this.issues[i]?.code === 'undated') this.issues.splice(i, 1);
    if (!rated) this.add('warning', 'confidence', row, 'no_confidence', 'This ambition has no confidence figure, so it cannot be rated; add the confidence in delivery (a percentage, or High/Medium/Low).');
  }

  /**
   * Time frames and statuses beyond a row's last step (see extraEntries), each warned of at the
   * cell holding the first extra entry: over continuation rows, the row that entry came from.
   */
  alignment(raw: RawAction, row: number, stepCount: number, extraTimeframes: number, extraStatuses: number): void {
    if (extraTimeframes > 0) {
      const at = entryRow(raw.cells.timeframe, true, stepCount + extraTimeframes, stepCount, row);
      this.add('warning', 'timeframe', at, 'extra_timeframes', `This cell has ${counted(extraTimeframes, 'more time frame')} than the ${counted(stepCount, 'next step')}; the extra ones are ignored.`);
    }
    if (extraStatuses > 0) {
      const at = entryRow(raw.cells.status, false, stepCount + extraStatuses, stepCount, row);
      // A later dated update read as the status (RawAction.statusFrom) is the cell that holds the entries.
      this.add('warning', raw.statusFrom ?? 'status', at, 'extra_statuses', `This cell has ${counted(extraStatuses, 'more status entry', 'more status entries')} than the ${counted(stepCount, 'next step')}; the extra ones are ignored.`);
    }
  }

  /**
   * A row's only step given several dates, rated against the latest (SPEC 2.3: more entries than
   * steps), at the cell of its second: over continuation rows, the one that added a date.
   */
  loneStepDates(raw: RawAction, row: number, dates: number, end: IsoDate): void {
    const cells = raw.cells.timeframe;
    const at = entryRow(cells, true, dates, 1, row);
    const said = at === (cells?.[0]?.row ?? row) ? `This cell has ${dates} time frames for` : `This cell adds to the time frames (${dates} in all) of`;
    this.add('warning', 'timeframe', at, 'extra_timeframes', `${said} the action's one step, so it is rated against the latest, ${formatUk(end)}. Put each date beside its own next step to rate them separately.`);
  }

  /** A date among a lone step's time frames that it is not rated against (SPEC 2.3: more entries than steps), at its own cell. */
  unusedDate(row: number, text: string, date: IsoDate, dates: number, end: IsoDate): void {
    this.add('warning', 'timeframe', row, 'extra_timeframes', `The time frame ${quote(text)} (${formatUk(date)}) is not used: the action's one step has ${dates} time frames and is rated against ${formatUk(end)}. Put each date beside its own next step to rate them separately.`);
  }

  /**
   * An action whose action cell is blank on every row (a row of its own group, lead and dates
   * that never had its text written in): rated all the same, but nobody can tell what it is.
   */
  missingAction(row: number): void {
    this.add('warning', 'action', row, 'blank_action', 'This action has no action text, so it is rated by its other cells but cannot be named; write the action in this cell.');
  }

  badOverride(raw: RawAction, text: string): void {
    this.add('warning', 'rag_override', raw.cells.rag_override?.[0]?.row ?? raw.rows[0] ?? 0, 'invalid_override', `RAG override ${quote(text)} is not Red, Amber, Green, Complete or Not rated, so it is ignored.`);
  }

  numberProblem(_raw: RawAction, role: 'progress' | 'confidence', cell: SourceCell, problem: string | null): void {
    const what = `${role} value ${quote(cellText(cell.value))}`;
    if (problem === 'out_of_range') this.add('error', role, cell.row, 'percent_out_of_range', `The ${what} is outside 0–100%; it is not used.`);
    else if (problem === 'fraction_above_one') {
      // The column's other numbers are fractions, so this one is read as one too: say what that makes it.
      const percent = `${Math.round(Number(cellText(cell.value)) * 100).toLocaleString('en-GB')}%`;
      this.add('error', role, cell.row, 'percent_out_of_range', `The ${what} is ${percent}, as this column's other numbers are fractions (0.8 for 80%): outside 0–100%, so it is not used.`);
    }
    else if (problem === 'not_a_number') this.add('warning', role, cell.row, 'not_a_number', `The ${what} is not a percentage or High/Medium/Low; it is not used.`);
    else this.add('warning', role, cell.row, 'number_as_text', `The ${what} is a number stored as text; it is read as a number, but Excel will not total it.`);
  }

  /** Formula errors and over-long text anywhere in the tracker's rows. */
  scanCells(rows: readonly (readonly CellValue[])[], from: number, to: number, skip: ReadonlySet<number>): void {
    for (let r = from; r <= to; r++) {
      const row = rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (typeof value === 'string') {
          if (value.length < CELL_LIMIT || skip.has(c)) continue;
          this.add('warning', c, r + 1, 'cell_at_limit', `This cell holds ${value.length.toLocaleString('en-GB')} characters, Excel's limit; its text may have been cut off.`);
        } else if (isErrorCell(value)) this.add('warning', c, r + 1, 'formula_error', `This cell shows ${value.code}; it is read as blank. Fix the formula it comes from.`);
      }
    }
  }
}
