import { cellText } from '../cells';
import type { RawAction } from '../detect/rows';
import { parseRatingWord, rateAction, rateStep } from '../rating';
import { readConfidence } from '../rollup';
import type { Settings } from '../settings';
import { alignSteps, readStepText, stripMarkup } from '../steps';
import type { Action, Rating, StatusClass, Step } from '../types';
import { cellEntries, joinedText, type Entry } from './entries';
import type { Parsers } from './parsers';
import { stepIssues, type IssueSink } from './issues';

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
    const entries = cellEntries(cells, false);
    const last = entries[entries.length - 1];
    if (!last) continue;
    const word = parseRatingWord(last.text);
    const status = word !== null ? LEAD_RATING_STATUS[word] : parsers.status(last.text).status;
    if (status === 'complete') closed = true;
    else if (status !== 'unknown') leadStatus = status;
  }
  return { closed, leadStatus };
}

function rowOf(entries: readonly Entry[], index: number, fallback: number): number {
  return (entries[index] ?? entries[0])?.row ?? fallback;
}

/**
 * Turns a raw action into a rated action with its steps, reporting problems to the sink.
 * @example
 * // buildAction(raw, settings, parsers, sink).rating // 'green'
 */
export function buildAction(raw: RawAction, settings: Settings, parsers: Parsers, sink: IssueSink): Action {
  const row = raw.rows[0] ?? 0;
  const actionText = joinedText(raw.cells.action ?? raw.cells.ambition, stripMarkup) ?? '';
  const nextSteps = cellEntries(raw.cells.next_steps, false);
  const timeframes = cellEntries(raw.cells.timeframe, true);
  const statuses = cellEntries(raw.cells.status, false);
  const aligned = alignSteps(nextSteps.map((e) => e.text), timeframes.map((e) => e.text), statuses.map((e) => e.text), actionText);
  sink.alignment(aligned, raw, row);
  const overrideText = joinedText(raw.cells.rag_override, (s) => s.trim());
  const override = overrideText === null ? null : parseRatingWord(overrideText);
  if (overrideText !== null && override === null) sink.badOverride(raw, overrideText);
  const { closed, leadStatus } = extraStatus(raw, parsers);
  const steps: Step[] = aligned.steps.map((s, i) => {
    const stepText = readStepText(s.text);
    const timeframe = parsers.timeframe(s.timeframeText ?? '');
    const read = parsers.status(s.statusText ?? '');
    const status: StatusClass = closed ? 'complete' : read.status === 'unknown' && leadStatus ? leadStatus : read.status;
    const verdict = rateStep(
      { text: stepText.text, timeframe, timeframeText: s.timeframeText, status, statusRedated: read.redated, override, index: i + 1, count: aligned.steps.length },
      settings,
    );
    const tfRow = timeframes.length === 1 ? rowOf(timeframes, 0, row) : rowOf(timeframes, i, row);
    stepIssues(sink, { raw, index: i, count: aligned.steps.length, timeframe, text: s.timeframeText, row: tfRow, rating: verdict.rating, hasStatus: s.statusText !== null, statusesGiven: statuses.length > 0, settings });
    return { text: stepText.text, timeframeText: s.timeframeText, timeframe, statusText: s.statusText, status, ...verdict };
  });
  const verdict = rateAction(steps, settings);
  const confidence = numberCell(raw, 'confidence', sink);
  return {
    row,
    rows: raw.rows,
    ref: joinedText(raw.cells.ref, (s) => s.trim()),
    action: actionText,
    lead: joinedText(raw.cells.lead, stripMarkup),
    objective: joinedText(raw.cells.objective, stripMarkup) ?? raw.heading,
    ambition: raw.cells.action ? joinedText(raw.cells.ambition, stripMarkup) : actionText || null,
    strategy: joinedText(raw.cells.strategy, stripMarkup),
    ...verdict,
    trend: null,
    confidence,
    progress: numberCell(raw, 'progress', sink),
    steps,
  };
}

function numberCell(raw: RawAction, role: 'progress' | 'confidence', sink: IssueSink): number | null {
  const cell = raw.cells[role]?.[0];
  if (!cell) return null;
  const value = cell.value;
  const input = typeof value === 'number' ? value : typeof value === 'string' ? value : cellText(value);
  const read = readConfidence(input);
  if (read.problem !== null || (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value))) sink.numberProblem(raw, role, cell, read.problem);
  return read.value;
}
