import { defaultSettings, mergeSettings, type Settings } from './settings';
import type { IsoDate, Meeting } from './types';

/** The settings a refresh is asked for: the as-of date and, optionally, the next meeting. */
export interface RefreshChoice {
  asOf: IsoDate;
  nextMeeting?: IsoDate;
  nextMeetingName?: string;
}

/**
 * The settings of one refresh: those stored in the workbook, then this refresh's choices. The
 * next meeting is the one chosen; else the one stored, unless it is already past (left from the
 * last meeting); else the calendar's first meeting on or after the as-of date, so "Update due at"
 * names it without the user setting it again; else none, and the amber window stands in (SPEC 5.2).
 * @example settingsForRefresh({ meetings: [{ date: '2024-11-28', name: 'Trust Board' }] }, { asOf: '2024-11-20' }).nextMeeting // { date: '2024-11-28', name: 'Trust Board' }
 */
export function settingsForRefresh(stored: unknown, choice: RefreshChoice): Settings {
  const settings = mergeSettings(defaultSettings(choice.asOf), stored);
  const { asOf } = choice;
  settings.asOf = asOf;
  const date = choice.nextMeeting;
  // A date chosen again keeps the name stored with it ("ELG December 22"), as the calendar's would.
  const before = settings.nextMeeting;
  const kept = before !== null && before.date === date && before.name !== '' ? before.name : undefined;
  if (date !== undefined) settings.nextMeeting = { date, name: choice.nextMeetingName ?? kept ?? settings.meetings.find((m) => m.date === date)?.name ?? '' };
  else if (settings.nextMeeting !== null && settings.nextMeeting.date < asOf) settings.nextMeeting = null;
  settings.nextMeeting ??= firstMeetingFrom(settings.meetings, asOf);
  return settings;
}

/** The calendar's earliest meeting on or after `asOf` (the calendar need not be in order). */
function firstMeetingFrom(meetings: readonly Meeting[], asOf: IsoDate): Meeting | null {
  let first: Meeting | null = null;
  for (const m of meetings) if (m.date >= asOf && (first === null || m.date < first.date)) first = m;
  return first === null ? null : { ...first };
}
