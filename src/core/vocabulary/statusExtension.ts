/*
 * An extension of the work's own dates (SPEC 4 "deadlines adjusted", round 17): "Closing date for
 * applications extended", "Timeline extended", "Consultation period extended" say the work will
 * take longer, so it is at risk and re-dated. An extension that is the deliverable ("Service
 * extended to weekends", "Extended hours now in place") names no date of the work. Read by
 * status/extended.ts.
 */

/** Nouns naming the work's own dates or time, the subject of "extended" in its clause. */
export const OWN_TIME_NOUNS: readonly string[] = [
  'date', 'dates', 'deadline', 'deadlines', 'timeline', 'timelines', 'timescale', 'timescales', 'timeframe',
  'timeframes', 'period', 'window', 'programme end', 'project end',
  // A consultation runs for a set time, so extending it moves the work's dates (round 31).
  'consultation',
];

/** Words after "extended" that keep it a verb of the clause, not a word describing what follows ("extended hours"). */
export const EXTENDED_FOLLOWERS: readonly string[] = [
  'to', 'until', 'till', 'by', 'into', 'for', 'again', 'further', 'once', 'twice', 'and', 'but', 'as', 'due',
  'because', 'following', 'pending', 'from', 'at', 'owing', 'with', 'after',
];

/** Words between the noun and "extended" that deny or doubt the extension ("Deadline not extended"). */
export const EXTENSION_DENIALS: readonly string[] = ['not', 'no', 'never', 'cannot', 'unable', 'if', 'may', 'might', 'could'];
