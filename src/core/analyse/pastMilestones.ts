import { joinStatuses } from '../steps';
import type { StepStatus } from '../types';
import { ON_PLAN_PHRASES } from '../vocabulary/periodColumns';
import type { ExtraStatus } from './cells';
import { ReadEntries } from './roles';
import { givenStatus } from './stepStatus';
import type { TimeframeReading } from './verdicts';

/*
 * A delivery plan laid out a milestone per quarter, with one update and one lead RAG for the row:
 * the update is the lead's account of the plan as it stands now, not of each milestone. Read as
 * SPEC 2.3's single status for every step, each milestone already past would be open and overdue
 * (Red) all year; a programme manager reads "On track" there as the past milestones met.
 */

const ON_PLAN = new RegExp(`(?:^|[^a-z])(?:${ON_PLAN_PHRASES.map((p) => p.replace(/[ -]/g, '[\\s-]+')).join('|')})(?![a-z])`, 'i');

/** A milestone the row's update shows met: done, and dated by its period, not by the update. */
const MET: StepStatus = { status: 'complete', completedText: null, redated: false, goAhead: false };

/** Status entries whose readings are given one by one: a met milestone keeps the row's update as its text. */
class GivenStatuses extends ReadEntries<StepStatus> {
  declare readonly readings: readonly StepStatus[];

  constructor(texts: readonly string[], readings: readonly StepStatus[], read: (text: string) => StepStatus) {
    super(texts, read, joinStatuses);
    this.readings = readings;
  }
}

/**
 * The statuses of a row whose `count` steps are its period milestones (milestoneEntries), with
 * each milestone whose period ended before `asOf` met, when the row's one status says its plan is
 * kept: on track (givenStatus of the update and the lead's columns, not re-dated), said in words
 * of the plan ("on track", "on schedule") or by the lead's Green, and with a milestone still to
 * come, which the rating is then about. Work merely "under way" may be a past milestone's, late;
 * a row whose every milestone is past has ended with no delivery reported. Anything else (at
 * risk, off track, not started, nothing said, or a status per milestone) is `statuses` as given,
 * where a past milestone is open and overdue (SPEC 5.1 rule 4).
 * @example metMilestones(parsers.statuses.cell('On track'), parsers.timeframes.entries(['Q1 2025/26', 'Q3 2025/26']), 2, NO_EXTRA_STATUS, '2025-10-20', parsers.status).readings.map((r) => r.status) // ['complete', 'on_track']
 */
export function metMilestones(statuses: ReadEntries<StepStatus>, timeframes: ReadEntries<TimeframeReading>, count: number, extra: ExtraStatus, asOf: string, read: (text: string) => StepStatus): ReadEntries<StepStatus> {
  if (count < 2 || statuses.texts.length > 1 || timeframes.texts.length !== count) return statuses;
  const text = statuses.texts[0] ?? '';
  const row = statuses.readings[0] ?? read('');
  if (row.redated || extra.redated || givenStatus(row.status, extra) !== 'on_track') return statuses;
  if (extra.leadColour !== 'on_track' && !ON_PLAN.test(text)) return statuses;
  const ends = timeframes.readings.map((r) => r.timeframe.end);
  const past = ends.map((end) => end !== null && end < asOf);
  if (!past.includes(true) || !ends.some((end) => end !== null && end >= asOf)) return statuses;
  return new GivenStatuses(new Array<string>(count).fill(text), past.map((met) => (met ? MET : row)), read);
}
