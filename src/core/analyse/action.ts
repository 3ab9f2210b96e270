import { cellText } from '../cells';
import type { RawAction, SheetAction } from '../detect/rows';
import { parseRatingWord, rateAction } from '../rating';
import { readConfidence } from '../rollup';
import type { Settings } from '../settings';
import { extraEntries, stepCount } from '../steps';
import type { Action, Rating, StatusClass, Step, StepStatus } from '../types';
import { roleText } from './entries';
import type { Parsers } from './parsers';
import type { IssueSink } from './issues';
import { readCells, readRole, stepEntry, stepReading, type ReadEntries } from './roles';
import { stepIssues, type StepSetting } from './stepIssues';
import type { TimeframeReading } from './verdicts';

const LEAD_RATING_STATUS: Record<Rating, StatusClass> = {
  complete: 'complete',
  green: 'on_track',
  amber: 'at_risk',
  red: 'off_track',
  not_rated: 'unknown',
};

/**
 * Reads the extra status-like columns (Open/Closed, Complete?, a lead's RAG): an explicit
 * completion in any of them closes the action; a colour word is the lead's own status.
 */
function extraStatus(raw: RawAction, parsers: Parsers): { closed: boolean; leadStatus: StatusClass | null } {
  let closed = false;
  let leadStatus: StatusClass | null = null;
  for (const cells of raw.extraStatus) {
    const { texts } = readCells(cells, false, parsers.statuses);
    const last = texts[texts.length - 1];
    if (last === undefined) continue;
    const word = parseRatingWord(last);
    const status = word !== null ? LEAD_RATING_STATUS[word] : parsers.status(last).status;
    if (status === 'complete') closed = true;
    else if (status !== 'unknown') leadStatus = status;
  }
  return { closed, leadStatus };
}

const trim = (s: string): string => s.trim();
const NO_EXTRA_STATUS = { closed: false, leadStatus: null };

/** What the steps of one action share while they are read. */
interface ActionContext extends StepSetting {
  actionText: string;
  nextSteps: ReadEntries<string>;
  timeframes: ReadEntries<TimeframeReading>;
  statuses: ReadEntries<StepStatus>;
  closed: boolean;
  leadStatus: StatusClass | null;
  override: Rating | null;
  parsers: Parsers;
  sink: IssueSink;
}

/** Reads, rates and checks step `i` of an action, its entries lined up as SPEC 2.3 says (see alignSteps). */
function readStep(i: number, a: ActionContext): Step {
  const { parsers, count } = a;
  const text = a.nextSteps.readings[i] ?? parsers.stepText(a.actionText);
  const timeframeText = stepEntry(a.timeframes, count, i);
  const reading = stepReading(a.timeframes, count, i) ?? parsers.timeframeReading('');
  const statusText = stepEntry(a.statuses, count, i);
  const read = stepReading(a.statuses, count, i) ?? parsers.status('');
  const status: StatusClass = a.closed ? 'complete' : read.status === 'unknown' && a.leadStatus ? a.leadStatus : read.status;
  const verdict = reading.rate({ text, timeframeText, status, statusRedated: read.redated, override: a.override, index: i + 1, count });
  // Written out rather than spread: this object is made for every step of every row.
  const step: Step = { text, timeframeText, timeframe: reading.timeframe, statusText, status, rating: verdict.rating, focus: verdict.focus, reason: verdict.reason };
  stepIssues(a.sink, step, i, a);
  return step;
}

/**
 * Turns a raw action into a rated action with its steps, reporting problems to the sink.
 * @example
 * // buildAction(raw, settings, parsers, sink).rating // 'green'
 */
export function buildAction(raw: SheetAction, settings: Settings, parsers: Parsers, sink: IssueSink): Action {
  const row = raw.rows[0] ?? 0;
  // An action column left blank on this row gives way to the ambition column.
  const hasAction = raw.has('action');
  const actionText = roleText(raw, hasAction ? 'action' : 'ambition', parsers.plain) ?? '';
  const nextSteps = readRole(raw, 'next_steps', false, parsers.nextSteps);
  const timeframes = readRole(raw, 'timeframe', true, parsers.timeframes);
  const statuses = readRole(raw, 'status', false, parsers.statuses);
  const count = stepCount(nextSteps.texts.length);
  sink.alignment(raw, row, count, extraEntries(timeframes.texts.length, count), extraEntries(statuses.texts.length, count));
  const overrideText = roleText(raw, 'rag_override', trim);
  const override = overrideText === null ? null : parseRatingWord(overrideText);
  if (overrideText !== null && override === null) sink.badOverride(raw, overrideText);
  const { closed, leadStatus } = raw.hasExtraColumns() ? extraStatus(raw, parsers) : NO_EXTRA_STATUS;
  const context: ActionContext = {
    count, row, settings, action: raw, timeframeCount: timeframes.texts.length, statusesGiven: statuses.texts.length > 0,
    actionText, nextSteps, timeframes, statuses, closed, leadStatus, override, parsers, sink,
  };
  // Sized up front: the array is kept in the report, and growing it would leave slack.
  const steps = new Array<Step>(count);
  for (let i = 0; i < count; i++) steps[i] = readStep(i, context);
  const verdict = rateAction(steps, settings);
  return {
    row,
    rows: raw.rows,
    ref: roleText(raw, 'ref', trim),
    action: actionText,
    lead: roleText(raw, 'lead', parsers.plain),
    objective: roleText(raw, 'objective', parsers.plain) ?? raw.heading,
    ambition: hasAction ? roleText(raw, 'ambition', parsers.plain) : actionText || null,
    strategy: roleText(raw, 'strategy', parsers.plain),
    rating: verdict.rating,
    focus: verdict.focus,
    reason: verdict.reason,
    status: verdict.status,
    nextDue: verdict.nextDue,
    trend: null,
    confidence: numberCell(raw, 'confidence', sink),
    progress: numberCell(raw, 'progress', sink),
    steps,
  };
}

function numberCell(raw: SheetAction, role: 'progress' | 'confidence', sink: IssueSink): number | null {
  if (!raw.has(role)) return null;
  const cell = raw.cells[role]?.[0];
  if (!cell) return null;
  const value = cell.value;
  const input = typeof value === 'number' ? value : typeof value === 'string' ? value : cellText(value);
  const read = readConfidence(input);
  if (read.problem !== null || (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value))) sink.numberProblem(raw, role, cell, read.problem);
  return read.value;
}
