import { isProse } from '../cells';
import { readConfidence } from '../rollup/confidence';
import { wholeEntryStatus } from '../status';
import type { CellValue, Role } from '../types';
import { level, noGroup } from './groupNames';
import type { HeaderReading } from './columns';
import { periodContent } from './timeline';
import { pairStepDates } from './stepDates';
import { stepDatesBesideEnd } from './actionEnd';
import { eachRowOwn } from './eachRowOwn';
import { figure, forecastAlone, measureStatus, mostly } from './measures';

const FIGURE_ROLES: readonly Role[] = ['progress', 'confidence'];
const GROUP_ROLES: readonly Role[] = ['objective', 'ambition'];

/** Text no figure can be read from: a sentence, not a percentage or High/Medium/Low. */
const sentence = (value: CellValue): boolean => typeof value === 'string' && readConfidence(value).problem === 'not_a_number';

/** A flag ("Open", "Closed", "Yes", "Green"), not a status in words ("Partially implemented"). */
const flag = (value: CellValue): boolean => typeof value === 'string' && wholeEntryStatus(value.trim()) !== undefined;

/**
 * A status column of flags (Open/Closed, a colour) beside a column of sentences read with it:
 * the sentences are the update, as a board's action log has them, and the flags are read beside
 * them (an explicit closure still closes the action). So the summary's "Latest update" quotes
 * the update, not "Open".
 */
function narrativeFirst(reading: HeaderReading, rows: readonly (readonly CellValue[])[], header: number): HeaderReading {
  const status = reading.columns.status;
  if (status === undefined || reading.updates !== undefined || !mostly(rows, header, status, flag)) return reading;
  const narrative = reading.extraStatus.find((col) => mostly(rows, header, col, isProse));
  if (narrative === undefined) return reading;
  const extraStatus = [...reading.extraStatus.filter((col) => col !== narrative), status].sort((a, b) => a - b);
  return { ...reading, columns: { ...reading.columns, status: narrative }, extraStatus };
}

/**
 * A status-like column of sentences left of the action, with another right of it, is the
 * situation the action answers (a GIRFT or NICE gap analysis's "Current position" before its
 * "Action required"), not the progress made on it: read as the update, "ERAS in place but
 * length of stay 4.2 days" would mark the action complete. It is left unread, and the columns
 * right of the action hold the status.
 */
function contextBeforeAction(reading: HeaderReading, rows: readonly (readonly CellValue[])[], header: number): HeaderReading {
  const { action, status } = reading.columns;
  if (action === undefined || status === undefined || reading.updates !== undefined) return reading;
  const all = [status, ...reading.extraStatus];
  const context = all.filter((col) => col < action && mostly(rows, header, col, isProse));
  const kept = all.filter((col) => !context.includes(col)).sort((a, b) => a - b);
  if (context.length === 0 || !kept.some((col) => col > action)) return reading;
  const next = context.includes(status) ? (kept.find((col) => mostly(rows, header, col, isProse)) ?? kept[0] ?? status) : status;
  return { ...reading, columns: { ...reading.columns, status: next }, extraStatus: kept.filter((col) => col !== next) };
}

/** The reading with `role` unmapped. */
function without(reading: HeaderReading, role: Role): HeaderReading {
  const columns = { ...reading.columns };
  delete columns[role];
  return { ...reading, columns, roleCount: Object.keys(columns).length };
}

/**
 * A role's column whose cells are not what the role holds (`wrong`) is left unmapped, its next
 * rival taking its place, and as a rival it is not reported. A time frame column of figures is
 * a measure's target ("Target" beside "Baseline" in an operational plan): read as dates its 0.78
 * would be a day in 1900. An objective column of levels (High/Medium/Low, 1-3) rates each action,
 * as an audit tracker's "Priority" does beside the "Audit" report that groups them: grouped by
 * it, the summary would list "High" as an objective.
 */
function unlike(reading: HeaderReading, role: Role, wrong: (col: number) => boolean): HeaderReading {
  const duplicates = reading.duplicates.filter(([r, , loser]) => r !== role || !wrong(loser));
  const out = duplicates.length === reading.duplicates.length ? reading : { ...reading, duplicates };
  const col = out.columns[role];
  if (col === undefined || !wrong(col)) return out;
  const next = out.duplicates.find(([r]) => r === role)?.[2];
  const rest = without(out, role);
  if (next === undefined) return rest;
  return { ...rest, columns: { ...rest.columns, [role]: next }, roleCount: rest.roleCount + 1, duplicates: rest.duplicates.filter(([, , loser]) => loser !== next) };
}

/**
 * A header reading checked against what its columns hold, in the first rows under the header:
 * a progress or confidence column of sentences is the status update instead (or beside it,
 * when there is one), as boards head their update column "Progress" as often as they head a
 * percentage so; and an objective column of levels (High/Medium/Low, 1-3) is a priority
 * rating, not an objective, so another objective column takes its place, or none (unlike), as does a
 * grouping column with a sentence of its own on every row (eachRowOwn), and an action column of levels is none either. A
 * status column of flags beside a column of sentences gives way to the sentences (narrativeFirst),
 * one of sentences left of the action is its context (contextBeforeAction), a status column of figures
 * gives way to another (measureStatus), a time frame column of figures is no date (unlike) and a forecast
 * date paired with it stands alone (forecastAlone), and columns headed by a period alone are milestones or a timeline
 * by what they hold (periodContent). Of two date columns beside the steps, the one dating them gives the steps' dates and the other,
 * the action's end, is the time frame column (stepDatesBesideEnd); of two step-like columns, the one the dates line up with is the next steps (pairStepDates).
 * @example narrativeColumns(readHeader(['Action', 'Progress']), [['Action', 'Progress'], ['Publish', 'Draft shared with ELG']], 0).columns // { action: 0, status: 1 }
 */
export function narrativeColumns(reading: HeaderReading, rows: readonly (readonly CellValue[])[], header: number): HeaderReading {
  let out = pairStepDates(stepDatesBesideEnd(reading, rows, header), rows, header);
  for (const role of FIGURE_ROLES) {
    const col = out.columns[role];
    if (col === undefined || !mostly(rows, header, col, sentence)) continue;
    out = without(out, role);
    if (out.columns.status === undefined) out = { ...out, columns: { ...out.columns, status: col }, roleCount: out.roleCount + 1 };
    else out = { ...out, extraStatus: [...out.extraStatus, col].sort((a, b) => a - b) };
  }
  out = unlike(out, 'objective', (col) => mostly(rows, header, col, noGroup));
  // A question or requirement per row (eachRowOwn) is no group either: the sheet's headings group its rows.
  for (const role of GROUP_ROLES) out = unlike(out, role, (col) => eachRowOwn(rows, header, col, out.columns.action));
  // A column of levels names no action ("Priority" of High/Medium beside a risk's owner and date): no action, so no tracker.
  out = unlike(out, 'action', (col) => mostly(rows, header, col, level));
  const read = narrativeFirst(contextBeforeAction(measureStatus(out, rows, header), rows, header), rows, header);
  return periodContent(forecastAlone(unlike(read, 'timeframe', (col) => mostly(rows, header, col, figure))), rows, header);
}
