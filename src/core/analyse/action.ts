import type { SheetAction } from '../detect/rows';
import { parseRatingWord, rateAction } from '../rating';
import type { Settings } from '../settings';
import { entryIndex, extraEntries, needsLineUpOf, stepCount } from '../steps';
import type { Action, CellValue, Rating, StatusClass, Step, StepStatus } from '../types';
import { extraStatus, NO_EXTRA_STATUS, numberCell, textOf, type ExtraStatus } from './cells';
import { linedUp } from './entries';
import { milestoneEntries } from './milestones';
import type { IssueSink } from './issues';
import type { Parsers, StepText } from './parsers';
import { readCells, type ReadEntries, type RoleReader } from './roles';
import { stepIssues, stepWarns, type StepSetting } from './stepIssues';
import { doneInTimeframe, givenStatus, narrativeStatus } from './stepStatus';
import { ruleCode, type TimeframeReading } from './verdicts';

const trim = (s: string): string => s.trim();

/** A role's entries read from its cell in column `col` (`value`, as SheetAction.at gives it), or from the column's cells over the action's rows. */
function entriesOf<R>(raw: SheetAction, col: number, value: CellValue | undefined, joinRevisions: boolean, reader: RoleReader<R>): ReadEntries<R> {
  if (value === null) return reader.cell('');
  if (typeof value === 'string') return reader.cell(value);
  return readCells(raw.cellsAt(col), joinRevisions, reader);
}

type Statuses = ReadEntries<StepStatus>;

/** Warns of a lone step whose several dates (not one revised date) are read as one span to the last. */
function loneStep(raw: SheetAction, row: number, timeframes: ReadEntries<TimeframeReading>, sink: IssueSink): void {
  const tf = timeframes.whole()?.reading.timeframe;
  if (tf !== undefined && tf.kind === 'range' && !tf.redated && tf.end !== null) sink.loneStepDates(raw, row, timeframes.texts.length, tf.end);
}

/**
 * Reads and rates step `i` of an action's `count`, its entries lined up as SPEC 2.3 says (see
 * alignSteps): a row's only step takes every entry (ReadEntries.whole), else a lone entry
 * serves every step, else each step its own. The facts come one by one rather than in an
 * object, as this runs for every step of every row.
 */
function readStep(i: number, count: number, nextSteps: ReadEntries<StepText>, timeframes: ReadEntries<TimeframeReading>, statuses: Statuses, actionText: string, extra: ExtraStatus, override: Rating | null, parsers: Parsers, asOf: string): Step {
  const entry = nextSteps.readings[i];
  const text = entry?.text ?? parsers.stepText(actionText);
  let timeframeText: string | null = null;
  let reading: TimeframeReading | undefined;
  let statusText: string | null = null;
  let read: StepStatus | undefined;
  const t = entryIndex(timeframes.texts.length, count, i);
  if (t === 'all') {
    const whole = timeframes.whole();
    timeframeText = whole?.text ?? null;
    reading = whole?.reading;
  } else if (t !== null) {
    timeframeText = timeframes.texts[t] ?? null;
    reading = timeframes.readings[t];
  }
  const s = entryIndex(statuses.texts.length, count, i);
  if (s === 'all') {
    const whole = statuses.whole();
    statusText = whole?.text ?? null;
    read = whole?.reading;
  } else if (s !== null) {
    statusText = statuses.texts[s] ?? null;
    read = statuses.readings[s];
  }
  // A step the time-frame column gives nothing may date itself ("Agree ToR by end of Dec").
  const own = t === null ? parsers.ownDeadline(text) : null;
  if (own !== null) {
    timeframeText = own;
    reading = parsers.timeframeReading(own);
  }
  reading ??= parsers.timeframeReading('');
  read ??= parsers.status('');
  const narrative = narrativeStatus(read, text, parsers);
  const given = givenStatus(narrative, extra);
  const status: StatusClass = given === 'unknown' && timeframeText !== null && doneInTimeframe(timeframeText, reading.timeframe.end, asOf, parsers) ? 'complete' : given;
  const redated = read.redated || extra.redated;
  const code = ruleCode(status, override, redated, timeframeText === null);
  const rule = reading.ruleAt(code, timeframeText, status, redated, override);
  const reason = reading.reasonAt(code, rule, text, entry?.id ?? -1, i + 1, count);
  // Written out rather than spread: this object is made for every step of every row.
  return { text, timeframeText, timeframe: reading.timeframe, statusText, status, rating: rule.rating, focus: rule.focus, reason };
}

/**
 * Turns a raw action into a rated action with its steps, reporting problems to the sink.
 * Cells are read from the action's row by column (SheetAction.at), and gathered only for an
 * action spread over several rows.
 * @example
 * // buildAction(raw, settings, parsers, sink).rating // 'green'
 */
export function buildAction(raw: SheetAction, settings: Settings, parsers: Parsers, sink: IssueSink): Action {
  const row = raw.rows[0] ?? 0;
  const cols = raw.roles;
  const actionCell = raw.at(cols.action);
  const ambitionCell = raw.at(cols.ambition);
  // An action column left blank on this row gives way to the ambition column.
  const hasAction = actionCell === undefined ? raw.cellsAt(cols.action) !== undefined : actionCell !== null;
  if (!hasAction && cols.action >= 0) sink.missingAction(row);
  const actionText = (hasAction ? textOf(raw, cols.action, actionCell, parsers.plain) : textOf(raw, cols.ambition, ambitionCell, parsers.plain)) ?? '';
  const milestones = cols.milestones.length > 0 ? milestoneEntries(raw, cols.milestones, parsers, actionText) : null;
  let nextSteps = milestones?.nextSteps ?? entriesOf(raw, cols.next_steps, raw.at(cols.next_steps), false, parsers.nextSteps);
  let timeframes = milestones?.timeframes ?? entriesOf(raw, cols.timeframe, raw.at(cols.timeframe), true, parsers.timeframes);
  let statuses = entriesOf(raw, cols.status, raw.at(cols.status), false, parsers.statuses);
  if (needsLineUpOf(nextSteps, timeframes, statuses)) ({ nextSteps, timeframes, statuses } = linedUp({ nextSteps, timeframes, statuses }, parsers));
  const count = stepCount(nextSteps.texts.length);
  const extraTimeframes = extraEntries(timeframes.placed, count);
  const extraStatuses = extraEntries(statuses.placed, count);
  if (extraTimeframes > 0 || extraStatuses > 0) sink.alignment(raw, row, count, extraTimeframes, extraStatuses);
  else if (count === 1 && timeframes.texts.length > 1) loneStep(raw, row, timeframes, sink);
  const overrideText = textOf(raw, cols.rag_override, raw.at(cols.rag_override), trim);
  const override = overrideText === null ? null : parseRatingWord(overrideText);
  if (overrideText !== null && override === null) sink.badOverride(raw, overrideText);
  const extra = raw.hasExtraColumns() ? extraStatus(raw, parsers, raw.peers) : NO_EXTRA_STATUS;
  // Sized up front: the array is kept in the report, and growing it would leave slack.
  const steps = new Array<Step>(count);
  const statusesGiven = statuses.texts.length > 0;
  let setting: StepSetting | null = null;
  for (let i = 0; i < count; i++) {
    const step = readStep(i, count, nextSteps, timeframes, statuses, actionText, extra, override, parsers, settings.asOf);
    steps[i] = step;
    if (stepWarns(step, statusesGiven, settings.asOf, cols.status >= 0)) {
      setting ??= { count, action: raw, timeframeCount: timeframes.texts.length, row, statusesGiven, statusColumn: cols.status >= 0, settings };
      stepIssues(sink, step, i, setting);
    }
  }
  const verdict = rateAction(steps, settings);
  return {
    row,
    rows: raw.rows,
    ref: textOf(raw, cols.ref, raw.at(cols.ref), trim),
    action: actionText,
    lead: textOf(raw, cols.lead, raw.at(cols.lead), parsers.plain),
    objective: textOf(raw, cols.objective, raw.at(cols.objective), parsers.plain) ?? raw.heading,
    ambition: hasAction ? (textOf(raw, cols.ambition, ambitionCell, parsers.plain) ?? raw.subHeading) : actionText || null,
    strategy: textOf(raw, cols.strategy, raw.at(cols.strategy), parsers.plain),
    rating: verdict.rating,
    focus: verdict.focus,
    reason: verdict.reason,
    status: verdict.status,
    nextDue: verdict.nextDue,
    trend: null,
    confidence: numberCell(raw, 'confidence', raw.at(cols.confidence), sink),
    progress: numberCell(raw, 'progress', raw.at(cols.progress), sink),
    update: extra.update,
    steps,
  };
}
