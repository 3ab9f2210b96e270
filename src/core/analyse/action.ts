import type { SheetAction } from '../detect/rows';
import { parseRatingWord, rateAction } from '../rating';
import type { Settings } from '../settings';
import { extraEntries, needsLineUpOf, stepCount } from '../steps';
import type { Action, CellValue, Step } from '../types';
import { numberCell, textOf } from './cells';
import { commentaryWorse } from './commentary';
import { extraStatus, NO_EXTRA_STATUS } from './extraStatus';
import { linedUp } from './entries';
import { loneCompletion } from './loneCompletion';
import { loneStep } from './loneStep';
import { heldClosed, refutedClosure } from './heldClosed';
import { allComplete, heldOpen, heldStatus } from './heldOpen';
import { milestoneEntries } from './milestones';
import { metMilestones } from './pastMilestones';
import type { IssueSink } from './issues';
import type { Parsers } from './parsers';
import { progressClosed, progressStarted } from './progressDone';
import { assuranceGap } from './assuranceGap';
import { overrideConflict } from './overrideConflict';
import { ratingConflict, updateSays } from './ratingConflict';
import { readStep } from './readStep';
import { NO_FACTS, type SheetFacts } from './sheetFacts';
import { readCells, type ReadEntries, type RoleReader } from './roles';
import { stepIssues, stepWarns, type StepSetting } from './stepIssues';
import { subActions } from './subActions';

const trim = (s: string): string => s.trim();

/** A role's entries read from its cell in column `col` (`value`, as SheetAction.at gives it), or from the column's cells over the action's rows. */
function entriesOf<R>(raw: SheetAction, col: number, value: CellValue | undefined, joinRevisions: boolean, reader: RoleReader<R>): ReadEntries<R> {
  if (value === null) return reader.cell('');
  if (typeof value === 'string') return reader.cell(value);
  return readCells(raw.cellsAt(col), joinRevisions, reader);
}

/**
 * Turns a raw action into a rated action with its steps, reporting problems to the sink.
 * Cells are read from the action's row by column (SheetAction.at), and gathered only for an
 * action spread over several rows.
 * @example
 * // buildAction(raw, settings, parsers, sink).rating // 'green'
 */
export function buildAction(raw: SheetAction, settings: Settings, parsers: Parsers, sink: IssueSink, sheet: SheetFacts = NO_FACTS): Action {
  const { flags, raised, fractions } = sheet;
  const row = raw.rows[0] ?? 0;
  const cols = raw.roles;
  const actionCell = raw.at(cols.action);
  const ambitionCell = raw.at(cols.ambition);
  // An action column left blank on this row gives way to the ambition column.
  const hasAction = actionCell === undefined ? raw.cellsAt(cols.action) !== undefined : actionCell !== null;
  let actionText = (hasAction ? textOf(raw, cols.action, actionCell, parsers.plain) : textOf(raw, cols.ambition, ambitionCell, parsers.plain)) ?? '';
  const milestones = cols.milestones.length > 0 ? milestoneEntries(raw, cols.milestones, parsers, actionText) : null;
  let nextSteps = milestones?.nextSteps ?? entriesOf(raw, cols.next_steps, raw.at(cols.next_steps), false, parsers.nextSteps);
  // A plan's milestone row (its own ref, lead and date under a deliverable) writes its one milestone, not the action: that names it.
  const named = hasAction || actionText !== '' || milestones !== null || nextSteps.texts.length !== 1 ? null : (nextSteps.texts[0] ?? null);
  if (named !== null) actionText = named;
  const unnamed = named === null && !hasAction && cols.action >= 0;
  let timeframes = milestones?.timeframes ?? entriesOf(raw, cols.timeframe, raw.at(cols.timeframe), true, parsers.timeframes);
  if (raised !== null && milestones === null) timeframes = raised.anchor(raw, timeframes);
  let statuses = entriesOf(raw, cols.status, raw.at(cols.status), false, parsers.statuses);
  // Without next steps, an action cell listing its sub-actions beside as many dates lists its steps.
  if (timeframes.placed > 1 && nextSteps.texts.length === 0 && milestones === null && typeof actionCell === 'string') nextSteps = subActions(actionCell, timeframes, statuses, parsers) ?? nextSteps;
  if (needsLineUpOf(nextSteps, timeframes, statuses)) ({ nextSteps, timeframes, statuses } = linedUp({ nextSteps, timeframes, statuses }, parsers));
  const count = stepCount(nextSteps.texts.length);
  const extraTimeframes = extraEntries(timeframes.placed, count);
  const extraStatuses = extraEntries(statuses.placed, count);
  if (extraTimeframes > 0 || extraStatuses > 0) sink.alignment(raw, row, count, extraTimeframes, extraStatuses);
  else if (count === 1 && timeframes.texts.length > 1) loneStep(raw, row, timeframes, sink);
  const overrideText = textOf(raw, cols.rag_override, raw.at(cols.rag_override), trim);
  const override = overrideText === null ? null : parseRatingWord(overrideText);
  if (overrideText !== null && override === null) sink.badOverride(raw, overrideText);
  const flagged = raw.hasExtraColumns() || flags.ticks.length > 0 ? extraStatus(raw, parsers, raw.peers, flags) : NO_EXTRA_STATUS;
  // An explicit closure beside an update reporting the work not done or at risk does not stand (refutedClosure).
  const refuted = flagged.closed ? refutedClosure(flagged, statuses.whole()?.reading.status, statuses.texts.at(-1)) : null;
  const extra = refuted === null ? flagged : { ...flagged, closed: false };
  // A milestone plan's one update speaks for the plan: its milestones past are met when it is kept.
  if (milestones !== null) statuses = metMilestones(statuses, timeframes, count, extra, settings.asOf, parsers, milestones.nextSteps.texts);
  // Sized up front: the array is kept in the report, and growing it would leave slack.
  const steps = new Array<Step>(count);
  const statusesGiven = statuses.texts.length > 0;
  let setting: StepSetting | null = null;
  for (let i = 0; i < count; i++) steps[i] = readStep(i, count, nextSteps, timeframes, statuses, actionText, extra, override, parsers, settings.asOf);
  const progress = numberCell(raw, 'progress', raw.at(cols.progress), sink, fractions.has(cols.progress));
  // A "% complete" of 100% closes the action (progressClosed); a Table One's progress per ambition is carried through as given.
  const done = progress === 1 && cols.action >= 0 ? progressClosed(raw, progress, steps, extra, sink) : null;
  if (done !== null) for (let i = 0; i < count; i++) steps[i] = readStep(i, count, nextSteps, timeframes, statuses, actionText, done, override, parsers, settings.asOf);
  // A "% complete" part of the way says the work is under way, where its status says nothing (progressStarted).
  const started = done === null && cols.action >= 0 ? progressStarted(progress, steps, extra) : null;
  if (started !== null) for (let i = 0; i < count; i++) steps[i] = readStep(i, count, nextSteps, timeframes, statuses, actionText, started, override, parsers, settings.asOf);
  // A flag column saying open ("On track") beside an update that reads complete stands (heldStatus), unless 100% says done.
  const held = progress !== 1 && extra.open !== undefined && allComplete(steps) ? heldStatus(extra) : null;
  if (held !== null && extra.open !== undefined) {
    const kept = { ...extra, held };
    for (let i = 0; i < count; i++) steps[i] = readStep(i, count, nextSteps, timeframes, statuses, actionText, kept, override, parsers, settings.asOf);
    if (!allComplete(steps)) heldOpen(sink, raw, row, extra.open);
  }
  for (let i = 0; i < count; i++) {
    const step = steps[i];
    if (step !== undefined && stepWarns(step, statusesGiven, settings.asOf, cols.status >= 0)) {
      setting ??= { count, action: raw, timeframeCount: timeframes.texts.length, row, statusesGiven, statusColumn: cols.status >= 0, settings, split: parsers.timeframes.split };
      stepIssues(sink, step, i, setting);
    }
  }
  const verdict = rateAction(steps, settings);
  // One update closing steps some still to come is rated so (SPEC 2.3), and questioned; a milestone plan's one update is meant for the plan.
  if (count > 1 && milestones === null && statuses.texts.length === 1 && verdict.rating === 'complete') loneCompletion(sink, raw, row, steps, statuses, settings.asOf);
  // A hand-set rating much better than the rules' is kept, and said (overrideConflict): rated again without it, with the same facts.
  const used = held !== null && extra.open !== undefined ? { ...extra, held } : (started ?? done ?? extra);
  if (override !== null) {
    // A loop, not steps.map: a closure here would move the variables it reads into a heap context on every call.
    const unset = new Array<Step>(count);
    for (let i = 0; i < count; i++) unset[i] = readStep(i, count, nextSteps, timeframes, statuses, actionText, used, null, parsers, settings.asOf);
    overrideConflict(sink, row, override, rateAction(unset, settings));
  }
  if (refuted !== null && verdict.rating !== 'complete') heldClosed(sink, raw, refuted, extra, statuses.whole()?.reading.status, statuses.texts.at(-1) ?? '');
  // A standard already met, with nothing to do and no date (a DSPT or BAF row), needs no action written.
  if (unnamed && !(verdict.rating === 'complete' && nextSteps.texts.length === 0 && timeframes.texts.length === 0)) sink.missingAction(row);
  // A lead's colour the update contradicts is shown to the committee, though the update is rated.
  if (extra.rated !== undefined) ratingConflict(sink, raw, extra, updateSays(statuses, count), verdict.status, verdict.rating, override);
  // A status flag the commentary beside it says worse than is shown to the committee, as the worse is rated.
  if (extra.told !== undefined || extra.open !== undefined) commentaryWorse(sink, raw, extra, statuses.whole()?.reading.status ?? 'unknown', statuses.whole()?.text, verdict.rating, override);
  // Work reported done whose evidence a committee has not yet seen assured is pointed out, not re-rated.
  if (raw.roles.assurance.length > 0) assuranceGap(sink, raw, verdict.rating);
  return {
    row,
    rows: raw.rows,
    ref: textOf(raw, cols.ref, raw.at(cols.ref), trim),
    action: actionText,
    lead: textOf(raw, cols.lead, raw.at(cols.lead), parsers.lead),
    objective: textOf(raw, cols.objective, raw.at(cols.objective), parsers.plain) ?? raw.heading,
    ambition: hasAction || named !== null ? (textOf(raw, cols.ambition, ambitionCell, parsers.plain) ?? raw.subHeading) : actionText || null,
    strategy: textOf(raw, cols.strategy, raw.at(cols.strategy), parsers.plain),
    rating: verdict.rating,
    focus: verdict.focus,
    reason: verdict.reason,
    status: verdict.status,
    nextDue: verdict.nextDue,
    trend: null,
    confidence: numberCell(raw, 'confidence', raw.at(cols.confidence), sink, fractions.has(cols.confidence)),
    progress,
    update: extra.update,
    steps,
  };
}
