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
  undatedReason,
} from './reasons';

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
  return settings.nextMeeting?.date ?? addDays(settings.asOf, settings.amberWindowDays);
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

function rateWithReason(input: StepInput, settings: Settings): { rating: Rating; reason: string } {
  const subject = stepSubject(input.text, input.index, input.count);
  const due = input.timeframe.end;
  const { status } = input;
  if (input.override !== null) return { rating: input.override, reason: overrideReason(input.override) };
  if (status === 'complete') return { rating: 'complete', reason: completeReason(subject) };
  if (status === 'off_track') return { rating: 'red', reason: offTrackReason(subject, due) };
  if (due !== null && due < settings.asOf) {
    return { rating: 'red', reason: overdueReason(subject, due, daysBetween(due, settings.asOf)) };
  }
  if (status === 'at_risk') return { rating: 'amber', reason: atRiskReason(subject, due) };
  if (input.timeframe.redated || input.statusRedated) return { rating: 'amber', reason: redatedReason(subject, due) };
  if (due === null) {
    return { rating: settings.undatedRating, reason: undatedReason(subject, input.timeframeText, settings.undatedRating) };
  }
  const ahead = daysBetween(settings.asOf, due);
  if (ahead <= settings.amberWindowDays && (status === 'not_started' || status === 'unknown')) {
    return { rating: 'amber', reason: dueSoonReason(subject, due, ahead) };
  }
  return { rating: 'green', reason: greenReason(subject, due, ahead, status === 'on_track') };
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
  const { rating, reason } = rateWithReason(input, settings);
  return { rating, focus: stepFocus(rating, input.timeframe.end, settings), reason };
}
