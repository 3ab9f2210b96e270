import { isIsoDate } from '../core/dates';
import type { Settings } from '../core/settings';
import type { Meeting } from '../core/types';

/*
 * The Settings view's rules, kept out of the components: what can be edited, its labels, and
 * what stops a save, each said as what to do.
 */

/** The settings the view edits (SPEC 2.5); the as-of date, next meeting and mapping are set elsewhere. */
export type Editable = Pick<Settings, 'meetings' | 'amberWindowDays' | 'undatedRating' | 'rollupRule' | 'confidenceWeights' | 'confidenceThresholds' | 'quarterConvention'>;

/** The threshold fields' labels, used in their messages too, so a message names the field as shown. */
export const GREEN_FROM = 'Green when confidence is at least (%)';
export const AMBER_FROM = 'Amber when confidence is at least (%)';

/** A meeting as typed: its date may be blank or half entered while the user works. */
export type MeetingDraft = Meeting;

/**
 * What is wrong with each meeting of the calendar, by position, or null for one that is fine:
 * a meeting without a date cannot resolve "Feb Board 23" to anything, and the same meeting twice
 * is a slip of the Add button.
 * @example meetingProblems([{ date: '', name: 'Feb Board 23' }]) // ['Enter the date of this meeting.']
 */
export function meetingProblems(meetings: readonly MeetingDraft[]): (string | null)[] {
  const seen = new Set<string>();
  return meetings.map((m) => {
    if (!isIsoDate(m.date)) return 'Enter the date of this meeting.';
    const key = `${m.date}|${m.name.trim().toLowerCase()}`;
    if (seen.has(key)) return 'This meeting is listed twice: remove one.';
    seen.add(key);
    return null;
  });
}

/** The fields that conflict with each other, to be marked invalid beside the message that names them. */
export function conflicting(s: Pick<Editable, 'confidenceThresholds'>): string[] {
  return s.confidenceThresholds.amber > s.confidenceThresholds.green ? [GREEN_FROM, AMBER_FROM] : [];
}

/**
 * Why the settings cannot be saved as they stand, as what to do, or null.
 * @example settingsProblem({ ...s, confidenceThresholds: { green: 50, amber: 80 } }, new Set()) // 'Make "Amber when …" no higher than "Green when …": nothing was saved.'
 */
export function settingsProblem(s: Editable, invalid: ReadonlySet<string>): string | null {
  if (invalid.size > 0) return `Correct ${[...invalid].map((l) => `"${l}"`).join(' and ')} first: nothing was saved.`;
  const meetings = meetingProblems(s.meetings);
  const bad = meetings.findIndex((p) => p !== null);
  if (bad >= 0) return `Meeting ${bad + 1}: ${meetings[bad] ?? ''} Nothing was saved.`;
  if (conflicting(s).length > 0) return `Make "${AMBER_FROM}" no higher than "${GREEN_FROM}": nothing was saved.`;
  return null;
}

/**
 * The calendar as stored: names trimmed and in date order, so the RAG Settings sheet reads as a
 * calendar when someone opens it.
 * @example storedMeetings([{ date: '2023-03-30', name: ' March Board ' }, { date: '2023-02-23', name: 'Feb Board 23' }])[0]?.name // 'Feb Board 23'
 */
export function storedMeetings(meetings: readonly MeetingDraft[]): Meeting[] {
  return meetings.map((m) => ({ date: m.date, name: m.name.trim() })).sort((a, b) => a.date.localeCompare(b.date));
}
