import type { PeriodColumn } from '../detect/milestones';
import type { SheetAction } from '../detect/rows';
import { NO_MILESTONE_WORDS } from '../vocabulary/periodColumns';
import { textOf } from './cells';
import type { Parsers, StepText } from './parsers';
import { readCells, type ReadEntries, type WholeEntry } from './roles';
import type { TimeframeReading } from './verdicts';

const asWritten = (text: string): string => text;

const NO_MILESTONE = new Set(NO_MILESTONE_WORDS);

/**
 * True when a milestone cell's entry says nothing is due that period ("N/A", "None.", "-"): the
 * column keeps its place in the row, but there is no milestone to make a step of.
 * @example noMilestone('N / A.') // true
 */
export function noMilestone(entry: string): boolean {
  return NO_MILESTONE.has(entry.trim().toLowerCase().replace(/\s*\/\s*/g, '/').replace(/[.!]+$/, '').replace(/\s+/g, ' '));
}

/** A row's steps and their time frames, read from its period milestone cells. */
export interface MilestoneEntries {
  nextSteps: ReadEntries<StepText>;
  timeframes: ReadEntries<TimeframeReading>;
}

/**
 * A row's period milestones (RowLayout.milestones) as its next steps, each with its column's
 * period as its time frame, in sheet order: "UTC 1 open" under "Q3 milestone" is a step due by
 * the end of Q3. A cell of several entries gives a step each, all due in its period; one that
 * says nothing is due ("N/A", "-", "None") gives none. Beside a time frame column ("Target
 * date") the row's date there is the action's overall deadline (byDeadline), `action` naming the
 * step it may add. Null when the row fills none of them, so it is read as an action with no next
 * steps, due by its own time frame.
 * @example milestoneEntries(action, [{ col: 3, period: 'Q1' }, { col: 4, period: 'Q2' }], parsers, 'Open UTC')?.timeframes.texts // ['Q1', 'Q2']
 */
export function milestoneEntries(raw: SheetAction, milestones: readonly PeriodColumn[], parsers: Parsers, action = ''): MilestoneEntries | null {
  const steps: string[] = [];
  const periods: string[] = [];
  for (const m of milestones) {
    const text = textOf(raw, m.col, raw.at(m.col), asWritten);
    if (text === null) continue;
    for (const entry of parsers.nextSteps.split(text)) {
      if (noMilestone(entry)) continue;
      steps.push(entry);
      periods.push(m.period);
    }
  }
  if (steps.length === 0) return null;
  const deadline = ownTimeframe(raw, parsers)?.whole() ?? null;
  if (deadline !== null) byDeadline(steps, periods, deadline, action, parsers);
  return { nextSteps: parsers.nextSteps.entries(steps), timeframes: parsers.timeframes.entries(periods) };
}

/** The row's cells in the time frame column, read as the column is read without milestones; null for none. */
function ownTimeframe(raw: SheetAction, parsers: Parsers): ReadEntries<TimeframeReading> | null {
  const col = raw.roles.timeframe;
  const value = raw.at(col);
  if (value === null) return null;
  return typeof value === 'string' ? parsers.timeframes.cell(value) : readCells(raw.cellsAt(col), true, parsers.timeframes);
}

/**
 * Fits the action's overall deadline to its milestones: the work ends with the last milestone, so
 * a deadline before its period ends dates it; a later one, or one that cannot be compared, is a
 * step of its own, the action itself, which its lead must finish by then (and an unreadable date
 * is warned of at its cell, as any step's). One at the last milestone's period end adds nothing.
 */
function byDeadline(steps: string[], periods: string[], deadline: WholeEntry<TimeframeReading>, action: string, parsers: Parsers): void {
  const last = periods.length - 1;
  const [end, lastEnd] = [deadline.reading.timeframe.end, parsers.timeframe(periods[last] ?? '').end];
  if (end !== null && lastEnd !== null && end <= lastEnd) {
    if (end < lastEnd) periods[last] = deadline.text;
    return;
  }
  steps.push(action);
  periods.push(deadline.text);
}
