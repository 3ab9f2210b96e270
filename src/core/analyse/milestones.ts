import type { PeriodColumn } from '../detect/milestones';
import type { SheetAction } from '../detect/rows';
import { textOf } from './cells';
import type { Parsers, StepText } from './parsers';
import type { ReadEntries } from './roles';
import type { TimeframeReading } from './verdicts';

const asWritten = (text: string): string => text;

/** A row's steps and their time frames, read from its period milestone cells. */
export interface MilestoneEntries {
  nextSteps: ReadEntries<StepText>;
  timeframes: ReadEntries<TimeframeReading>;
}

/**
 * A row's period milestones (RowLayout.milestones) as its next steps, each with its column's
 * period as its time frame, in sheet order: "UTC 1 open" under "Q3 milestone" is a step due by
 * the end of Q3. A cell of several entries gives a step each, all due in its period. Null when
 * the row fills none of them, so it is read as an action with no next steps.
 * @example milestoneEntries(action, [{ col: 3, period: 'Q1' }, { col: 4, period: 'Q2' }], parsers)?.timeframes.texts // ['Q1', 'Q2']
 */
export function milestoneEntries(raw: SheetAction, milestones: readonly PeriodColumn[], parsers: Parsers): MilestoneEntries | null {
  const steps: string[] = [];
  const periods: string[] = [];
  for (const m of milestones) {
    const text = textOf(raw, m.col, raw.at(m.col), asWritten);
    if (text === null) continue;
    for (const entry of parsers.nextSteps.split(text)) {
      steps.push(entry);
      periods.push(m.period);
    }
  }
  return steps.length === 0 ? null : { nextSteps: parsers.nextSteps.entries(steps), timeframes: parsers.timeframes.entries(periods) };
}
