import { isIsoDate } from '../core/dates';
import { today } from './options';

/** The flags that set the meeting a refresh rates against, as commander gives them. */
export interface MeetingFlags {
  asOf?: string;
  nextMeeting?: string;
  nextMeetingName?: string;
}

/**
 * Warnings about the next-meeting flags, each a sentence for stderr. A name given without its
 * date is not used (the date says which meeting), and was dropped silently; a meeting before the
 * as-of date is past, which is how a slip of the year (2026-01-14 for 2027-01-14) quietly empties
 * most of the "Due at" list. Only a warning: re-running an old paper may mean a past meeting.
 * Dates that are not YYYY-MM-DD are left to the flag check, which refuses them.
 * @example meetingFlagWarnings({ nextMeetingName: 'Trust Board' })[0] // '--next-meeting-name "Trust Board" is used only with a date …'
 * @example meetingFlagWarnings({ asOf: '2026-12-07', nextMeeting: '2027-01-14' }) // []
 */
export function meetingFlagWarnings(flags: MeetingFlags, now: () => string = today): string[] {
  const out: string[] = [];
  if (flags.nextMeetingName !== undefined && flags.nextMeeting === undefined) {
    out.push(`--next-meeting-name "${flags.nextMeetingName}" is used only with a date, so it was ignored: give the meeting's date too, as --next-meeting YYYY-MM-DD.`);
  }
  const asOf = flags.asOf ?? now();
  const meeting = flags.nextMeeting;
  if (meeting !== undefined && isIsoDate(meeting) && isIsoDate(asOf) && meeting < asOf) {
    const asOfFlag = flags.asOf === undefined ? `the as-of date ${asOf} (today)` : `--as-of ${asOf}`;
    out.push(`--next-meeting ${meeting} is before ${asOfFlag}: that meeting has already happened, so what is "due at the next meeting" is worked out against a past date. Check the year if you meant a meeting still to come.`);
  }
  return out;
}
