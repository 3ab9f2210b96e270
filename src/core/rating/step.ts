import { addDays, daysBetween } from '../dates';
import type { Settings } from '../settings';
import type { Focus, IsoDate, Rating, StatusClass, Timeframe } from '../types';
import { stepSubject } from './phrases';
import {
  atRiskReason,
  completeReason,
  dueSoonReason,
  greenReason,
  offTrackReason,
  overdueReason,
  overrideReason,
  redatedReason,
  movedReason,
  undatedReason,
} from './reasons';
import { lateForecastReason } from './lateReason';

/** One step as the rules see it: already parsed time frame and status class. */
export interface StepInput {
  text: string;
  timeframe: Timeframe;
  /** The time frame as written, quoted when the step cannot be rated. */
  timeframeText: string | null;
  status: StatusClass;
  /** The status text itself says the date moved ("Deadlines adjusted…", "revised date"). */
  statusRedated: boolean;
  /** A valid rating from the row's RAG override cell. */
  override: Rating | null;
  /** The deadline a re-dated time frame replaced, when it names one ("13/12/24 revised to 24/01/25"): the reason gives both. */
  replaced?: IsoDate | null;
  /** The status is under way only because the action's % complete says so (progressStarted): the reason says that, not "reported". */
  started?: boolean;
  /** The step has no update at all (a blank status cell), told apart from one the rules could not class: the reason says which. */
  silent?: boolean;
  /** The update forecasts the end after the deadline ("Should be complete by end Jan" beside December): slippage, as a re-dating is. */
  late?: boolean;
  /** 1-based position among the action's steps. */
  index: number;
  count: number;
}

export interface StepVerdict {
  rating: Rating;
  focus: Focus;
  reason: string;
}

/**
 * The date that separates "update due at the next meeting" from "next step": the next
 * meeting's date, or the end of the amber window when no meeting is set (SPEC 5.2).
 * @example meetingCutoff(defaultSettings('2022-11-30')) // '2022-12-14'
 */
export function meetingCutoff(settings: Settings): IsoDate {
  return settings.nextMeeting?.date ?? windowEnd(settings.asOf, settings.amberWindowDays);
}

/** The last answer of {@link windowEnd}: every step of a refresh asks with the same as-of date. */
let lastWindow = { asOf: '', days: NaN, end: '' };

function windowEnd(asOf: IsoDate, days: number): IsoDate {
  if (asOf !== lastWindow.asOf || days !== lastWindow.days) lastWindow = { asOf, days, end: addDays(asOf, days) };
  return lastWindow.end;
}

/**
 * A step's meeting focus (SPEC 5.2). A step counts as done when its rating is Complete, so a
 * hand-set Complete also leaves the agenda.
 * @example stepFocus('green', '2022-12-14', defaultSettings('2022-11-30')) // 'update_due'
 * @example stepFocus('green', null, defaultSettings('2022-11-30')) // 'next_step'
 */
export function stepFocus(rating: Rating, due: IsoDate | null, settings: Settings): Focus {
  if (rating === 'complete') return 'complete';
  if (due === null) return 'next_step';
  return due < settings.asOf || due <= meetingCutoff(settings) ? 'update_due' : 'next_step';
}

/** The parts of a step the rules read: everything but its name. */
export type RuleInput = Omit<StepInput, 'text' | 'index' | 'count'>;

/**
 * A step's verdict before the step is named: the rules never read its text or position, which
 * only the reason sentence quotes (stepSubject), so one rule serves every step with the same
 * time frame and status.
 */
export interface StepRule {
  rating: Rating;
  focus: Focus;
  reason(subject: string): string;
}

function ruleOf(input: RuleInput, settings: Settings): { rating: Rating; reason: (subject: string) => string } {
  const due = input.timeframe.end;
  const { status } = input;
  if (input.override !== null) {
    const reason = overrideReason(input.override);
    return { rating: input.override, reason: () => reason };
  }
  if (status === 'complete') return { rating: 'complete', reason: completeReason };
  if (status === 'off_track') {
    const late = due !== null && due < settings.asOf ? daysBetween(due, settings.asOf) : 0;
    return { rating: 'red', reason: (subject) => offTrackReason(subject, due, late) };
  }
  if (due !== null && due < settings.asOf) {
    const late = daysBetween(due, settings.asOf);
    const moved = input.statusRedated && !input.timeframe.redated;
    return { rating: 'red', reason: (subject) => overdueReason(subject, due, late, moved) };
  }
  // A re-dating the update reports is slippage of its own kind: the reason says so rather than "at risk".
  if (status === 'at_risk' && input.statusRedated && !input.timeframe.redated) return { rating: 'amber', reason: (subject) => movedReason(subject, due) };
  const from = input.timeframe.redated ? (input.replaced ?? null) : null;
  if (status === 'at_risk') return { rating: 'amber', reason: (subject) => atRiskReason(subject, due, from) };
  if (input.timeframe.redated || input.statusRedated) return { rating: 'amber', reason: (subject) => redatedReason(subject, due, from) };
  if (input.late === true && due !== null) return { rating: 'amber', reason: (subject) => lateForecastReason(subject, due) };
  if (due === null) {
    const { undatedRating } = settings;
    return { rating: undatedRating, reason: (subject) => undatedReason(subject, input.timeframeText, undatedRating) };
  }
  const ahead = daysBetween(settings.asOf, due);
  if (ahead <= settings.amberWindowDays && (status === 'not_started' || status === 'unknown')) {
    return { rating: 'amber', reason: (subject) => dueSoonReason(subject, due, ahead, status) };
  }
  return { rating: 'green', reason: (subject) => greenReason(subject, due, ahead, status, input.started === true, input.silent === true) };
}

/**
 * The first rule of SPEC 5.1 that applies to a step at the as-of date, its meeting focus, and
 * the sentence that explains it once the step is named.
 * @example
 * stepRule({ timeframe: { kind: 'month', start: '2022-11-01', end: '2022-11-30', redated: false },
 *   timeframeText: 'End of Nov 22', status: 'complete', statusRedated: false, override: null },
 *   defaultSettings('2022-11-30')).reason('the action') // 'Complete: the action is marked complete.'
 */
export function stepRule(input: RuleInput, settings: Settings): StepRule {
  const { rating, reason } = ruleOf(input, settings);
  return { rating, focus: stepFocus(rating, input.timeframe.end, settings), reason };
}

/**
 * Rates one step at the as-of date by the first rule of SPEC 5.1 that applies, with the
 * sentence that explains it and the step's meeting focus.
 * @example
 * rateStep({ text: 'Interviews', timeframe: { kind: 'date', start: '2023-01-05', end: '2023-01-05', redated: false },
 *   timeframeText: '5/1/23', status: 'unknown', statusRedated: false, override: null, index: 1, count: 1 },
 *   defaultSettings('2022-11-30')).rating // 'green'
 */
export function rateStep(input: StepInput, settings: Settings): StepVerdict {
  const { rating, focus, reason } = stepRule(input, settings);
  return { rating, focus, reason: reason(stepSubject(input.text, input.index, input.count)) };
}
