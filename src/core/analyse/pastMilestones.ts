import { wholeEntryStatus } from '../status';
import { joinStatuses } from '../steps';
import type { StepStatus } from '../types';
import { ON_PLAN_PHRASES } from '../vocabulary/periodColumns';
import type { ExtraStatus } from './extraStatus';
import { figureShort } from './milestoneFigures';
import { namedPeriods } from './namedPeriods';
import type { Parsers } from './parsers';
import { ReadEntries } from './roles';
import { givenStatus } from './stepStatus';
import type { TimeframeReading } from './verdicts';

/*
 * A delivery plan laid out a milestone per quarter or year, with one update and one lead RAG for
 * the row: the update is the lead's account of the plan as it stands now, not of each milestone.
 * Read as SPEC 2.3's single status for every step, each milestone already past would be open and
 * overdue (Red) all year; a programme manager reads "On track" there as the past milestones met,
 * and an update headed "Year 2:" as the lead reporting on Year 2, Year 1 behind them. An update at
 * risk speaks of what is left ("5 sites slipping to Q1 27/28"): a past milestone missed would have
 * been reported missed or off track, or its figure given short of the milestone's ("Fleet at 31%
 * ZEV" beside a past "50% of fleet ZEV"; figureShort). And an update that reads complete
 * ("Feasibility complete. Design team appointed.") has finished what was due: a milestone whose
 * period has not ended is under way or not yet due, and reading it complete would drop open work
 * from the board's view.
 */

const ON_PLAN = new RegExp(`(?:^|[^a-z])(?:${ON_PLAN_PHRASES.map((p) => p.replace(/[ -]/g, '[\\s-]+')).join('|')})(?![a-z])`, 'i');

/** A milestone the row's update shows met: done, and dated by its period, not by the update. */
const MET: StepStatus = { status: 'complete', completedText: null, redated: false, goAhead: false };

/** A milestone still to come beside an update that reads complete: under way, rated on its own date. */
const UNDER_WAY: StepStatus = { status: 'on_track', completedText: null, redated: false, goAhead: false };

/** Status entries whose readings are given one by one: a met milestone keeps the row's update as its text. */
class GivenStatuses extends ReadEntries<StepStatus> {
  declare readonly readings: readonly StepStatus[];

  constructor(texts: readonly string[], readings: readonly StepStatus[], read: (text: string) => StepStatus) {
    super(texts, read, joinStatuses);
    this.readings = readings;
  }
}

/**
 * The statuses of a row whose `count` steps are its period milestones (milestoneEntries), with a
 * milestone past and one still to come, read from the row's one status. Reads complete in a
 * report of work done ("Feasibility complete. Design team appointed."), with no closure
 * ("Complete" alone, a "B" or "Closed" beside): the milestones past, or undated, are done; those
 * whose period has not ended (on or after `asOf`) are under way. Kept: on track (givenStatus of
 * the update and the lead's columns, not re-dated), said in words of the plan ("on track", "on
 * schedule") or by the lead's Green; or at risk (about what is left). Moved on: on track or
 * saying nothing of progress, and naming a current or later milestone's period ("Year 2: 18 of 24
 * live", "57.9% at Q2"; namedPeriods). Kept or moved on, each milestone whose period ended before
 * `asOf` is met, unless the update names its period as outstanding ("Year 1 evaluation
 * outstanding"), or, at risk, gives a figure short of its percentage (figureShort of the
 * milestone's text in `milestones`, when given: "Fleet at 31% ZEV" beside "50% of fleet ZEV").
 * Work merely "under way" may be a past milestone's, late; a row whose every milestone is past
 * has ended with no delivery reported. Anything else (off track, not started, nothing said,
 * re-dated, or a status per milestone) is `statuses` as given, where a past milestone is open and
 * overdue (SPEC 5.1 rule 4).
 * @example metMilestones(parsers.statuses.cell('On track'), parsers.timeframes.entries(['Q1 2025/26', 'Q3 2025/26']), 2, NO_EXTRA_STATUS, '2025-10-20', parsers).readings.map((r) => r.status) // ['complete', 'on_track']
 * @example metMilestones(parsers.statuses.cell('Year 2: 18 of 24 live'), parsers.timeframes.entries(['Year 1 2024/25', 'Year 2 2025/26']), 2, NO_EXTRA_STATUS, '2025-11-30', parsers).readings.map((r) => r.status) // ['complete', 'unknown']
 * @example metMilestones(parsers.statuses.cell('Feasibility complete.'), parsers.timeframes.entries(['2025/26', '2026/27']), 2, NO_EXTRA_STATUS, '2026-12-07', parsers).readings.map((r) => r.status) // ['complete', 'on_track']
 * @example metMilestones(parsers.statuses.cell('Fleet at 31% ZEV.'), parsers.timeframes.entries(['2026/27', '2027/28']), 2, { ...NO_EXTRA_STATUS, leadColour: 'at_risk' }, '2027-09-07', parsers, ['50% of fleet ZEV', '90% of fleet ZEV']).readings.map((r) => r.status) // ['at_risk', 'at_risk']
 */
export function metMilestones(statuses: ReadEntries<StepStatus>, timeframes: ReadEntries<TimeframeReading>, count: number, extra: ExtraStatus, asOf: string, parsers: Parsers, milestones: readonly string[] = []): ReadEntries<StepStatus> {
  if (count < 2 || statuses.texts.length > 1 || timeframes.texts.length !== count) return statuses;
  const text = statuses.texts[0] ?? '';
  const row = statuses.readings[0] ?? parsers.status('');
  if (row.redated || extra.redated) return statuses;
  const ends = timeframes.readings.map((r) => r.timeframe.end);
  const past = ends.map((end) => end !== null && end < asOf);
  const coming = ends.map((end) => end !== null && end >= asOf);
  if (!past.includes(true) || !coming.includes(true)) return statuses;
  const given = givenStatus(row.status, extra);
  const texts = new Array<string>(count).fill(text);
  // A closure ("Complete" alone, a "B" beside) closes every milestone, as SPEC 2.2 says; an update reporting work done, only those due.
  if (given === 'complete') return extra.closed || wholeEntryStatus(text) === 'complete' ? statuses : new GivenStatuses(texts, coming.map((open) => (open ? UNDER_WAY : row)), parsers.status);
  const atRisk = given === 'at_risk';
  if (given !== 'on_track' && given !== 'unknown' && !atRisk) return statuses;
  const onPlan = atRisk || (given === 'on_track' && (extra.leadColour === 'on_track' || ON_PLAN.test(text)));
  if (!onPlan && text === '') return statuses;
  const named = namedPeriods(text, timeframes, asOf, parsers);
  if (!onPlan && !named.later) return statuses;
  // At risk speaks of what is left, unless its own figure shows a past milestone's target missed.
  const missed = (i: number): boolean => atRisk && figureShort(milestones[i] ?? '', text);
  return new GivenStatuses(texts, past.map((met, i) => (met && !named.open.includes(i) && !missed(i) ? MET : row)), parsers.status);
}
