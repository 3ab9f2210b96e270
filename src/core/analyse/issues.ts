import { a1, cellText, isErrorCell } from '../cells';
import { formatUk } from '../dates';
import type { RawAction, SourceCell } from '../detect/rows';
import type { Settings } from '../settings';
import type { AlignedSteps } from '../steps';
import type { CellValue, ColumnMap, Issue, Rating, Role, Severity, Timeframe } from '../types';

export interface StepContext {
  raw: RawAction;
  index: number;
  count: number;
  timeframe: Timeframe;
  text: string | null;
  row: number;
  rating: Rating;
  hasStatus: boolean;
  statusesGiven: boolean;
  settings: Settings;
}

/** Excel's limit on characters in a cell: text this long was probably cut off on the way in. */
const CELL_LIMIT = 32_767;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}"`;
}

/** Collects a sheet's data-quality problems, each naming its cell (SPEC 9). */
export class IssueSink {
  readonly issues: Issue[] = [];

  constructor(
    private readonly sheet: string,
    private readonly columns: ColumnMap,
  ) {}

  add(severity: Severity, role: Role | number, row: number, code: string, message: string): void {
    const col = typeof role === 'number' ? role : (this.columns[role] ?? this.columns.action ?? 0);
    this.issues.push({ sheet: this.sheet, cell: a1(col, row), severity, code, message });
  }

  alignment(aligned: AlignedSteps, raw: RawAction, row: number): void {
    const stepCount = aligned.steps.length;
    if (aligned.extraTimeframes > 0) {
      this.add('warning', 'timeframe', raw.cells.timeframe?.[0]?.row ?? row, 'extra_timeframes', `This cell has ${aligned.extraTimeframes} more time frame(s) than the ${stepCount} next step(s); the extra ones are ignored.`);
    }
    if (aligned.extraStatuses > 0) {
      this.add('warning', 'status', raw.cells.status?.[0]?.row ?? row, 'extra_statuses', `This cell has ${aligned.extraStatuses} more status entr(ies) than the ${stepCount} next step(s); the extra ones are ignored.`);
    }
  }

  badOverride(raw: RawAction, text: string): void {
    this.add('warning', 'rag_override', raw.cells.rag_override?.[0]?.row ?? raw.rows[0] ?? 0, 'invalid_override', `RAG override ${quote(text)} is not Red, Amber, Green, Complete or Not rated, so it is ignored.`);
  }

  numberProblem(_raw: RawAction, role: 'progress' | 'confidence', cell: SourceCell, problem: string | null): void {
    const what = `${role} value ${quote(cellText(cell.value))}`;
    if (problem === 'out_of_range') this.add('error', role, cell.row, 'percent_out_of_range', `The ${what} is outside 0–100%; it is not used.`);
    else if (problem === 'not_a_number') this.add('warning', role, cell.row, 'not_a_number', `The ${what} is not a percentage or High/Medium/Low; it is not used.`);
    else this.add('warning', role, cell.row, 'number_as_text', `The ${what} is a number stored as text; it is read as a number, but Excel will not total it.`);
  }

  /** Formula errors and over-long text anywhere in the tracker's rows. */
  scanCells(rows: readonly (readonly CellValue[])[], from: number, to: number, skip: ReadonlySet<number>): void {
    for (let r = from; r <= to; r++) {
      (rows[r] ?? []).forEach((value, c) => {
        if (isErrorCell(value)) this.add('warning', c, r + 1, 'formula_error', `This cell shows ${value.code}; it is read as blank. Fix the formula it comes from.`);
        else if (typeof value === 'string' && value.length >= CELL_LIMIT && !skip.has(c)) {
          this.add('warning', c, r + 1, 'cell_at_limit', `This cell holds ${value.length.toLocaleString('en-GB')} characters, Excel's limit; its text may have been cut off.`);
        }
      });
    }
  }
}

/**
 * Warnings about one step: a time frame that cannot be read, a step that cannot be rated
 * for want of a date, a date outside 2000–2100, a step left without a status though due.
 * @example // stepIssues(sink, { ...context, timeframe: { kind: 'unparseable', ... } })
 */
export function stepIssues(sink: IssueSink, s: StepContext): void {
  const label = s.count > 1 ? `Step ${s.index + 1} of ${s.count}` : 'This action';
  const { timeframe } = s;
  if (timeframe.kind === 'unparseable' && s.text !== null) {
    sink.add('warning', 'timeframe', s.row, 'unparseable_timeframe', `${label}: time frame ${quote(s.text)} is not a date this tool can read; write it like "End of Nov 22", "Q3 2023/24" or "14/12/2022".`);
  } else if (s.rating === 'not_rated' && timeframe.end === null && timeframe.kind !== 'unparseable') {
    const given = s.text === null ? 'has no time frame' : `has time frame ${quote(s.text)}`;
    sink.add('warning', 'timeframe', s.row, 'undated', `${label} ${given}, so it cannot be rated; set a date when one is agreed.`);
  }
  const end = timeframe.end;
  if (end !== null && (end < '2000-01-01' || end > '2100-12-31')) {
    sink.add('warning', 'timeframe', s.row, 'date_out_of_range', `${label}: date ${formatUk(end)} is before 2000 or after 2100; check the year.`);
  }
  if (end !== null && end < s.settings.asOf && !s.hasStatus && s.statusesGiven && s.rating !== 'complete') {
    sink.add('warning', 'status', s.row, 'overdue_without_status', `${label} was due ${formatUk(end)} but has no status entry of its own; add one so the board sees its position.`);
  }
}
