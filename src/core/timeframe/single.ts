import type { Timeframe } from '../types';
import { parseBody, scanBody, stripFillers } from './body';
import { bracketedDeadline } from './bracket';
import { MEETING_WORD } from './lexicon';
import { completedOnly, leadingPhrase, opensEnded, phraseAnywhere, setAtMeeting, type Lead } from './phrases';
import { ongoingDeadline } from './ongoing';
import { parseStart } from './start';
import { frame } from './window';
import type { Context } from './years';

/*
 * One phrase of a time frame, with no revision in it: the part of SPEC 3 that reads a single
 * date, range or no-deadline word. Revisions (revised.ts) read each side with it.
 */

/**
 * True when a reading has a date at either end.
 * @example datable({ kind: 'tbc', start: null, end: null, redated: false }) // false
 */
export function datable(tf: Timeframe): boolean {
  return tf.start !== null || tf.end !== null;
}

/**
 * A date right after a leading TBC is a provisional deadline ("TBC (provisionally end of Jan
 * 23)"), as a date before it is ("Jan 23 (TBC)"): a guessed date rates the step, where none
 * would leave it unrated. Ongoing work has a deadline only when it names one (see ongoing.ts).
 */
function afterLead(lead: Lead, ctx: Context): Timeframe | null {
  if (lead.kind === 'ongoing') return ongoingDeadline(lead.rest, ctx);
  const r = parseBody(lead.rest, ctx);
  return r === null || r === 'invalid' || !datable(r) || opensEnded(lead.rest) ? null : r;
}

/** "… for April Board", "… for the May QSC": the date before it is due at that meeting. */
const FOR_MEETING = new RegExp(`\\sfor\\s+(?:the\\s+)?(?:[a-z0-9'&]+\\s+){0,3}?${MEETING_WORD}`);

/**
 * A date that feeds a meeting ("End of March for April Board") is a meeting's time frame, as
 * SPEC 3 lists it, whose deadline is the date the paper is due, not the meeting's.
 */
function feedsMeeting(tf: Timeframe, s: string): Timeframe {
  return (tf.kind === 'month' || tf.kind === 'date') && FOR_MEETING.test(s) ? { ...tf, kind: 'meeting' } : tf;
}

/**
 * One phrase of normalised text, no revisions: at the start, then (in short cells) anywhere,
 * then the no-deadline words.
 * @example parsePhrase('end of nov 22', ctx, false) // { kind: 'month', start: '2022-11-30', end: '2022-11-30', redated: false }
 */
export function parsePhrase(s: string, ctx: Context, truncated: boolean): Timeframe {
  if (setAtMeeting(s)) return frame('tbc', null, null);
  const lead = leadingPhrase(s) ?? leadingPhrase(stripFillers(s));
  if (lead !== null) return afterLead(lead, ctx) ?? frame(lead.kind, null, null);
  const pinned = bracketedDeadline(s, ctx);
  if (pinned !== null) return pinned;
  const started = parseStart(s, ctx, truncated);
  if (started !== null) return started;
  let r = parseBody(s, ctx);
  if (r === null && !truncated) r = scanBody(s, ctx);
  if (r === 'invalid') return frame('unparseable', null, null);
  // "March 2024 onwards": work that carries on from then, so there is no deadline to miss.
  if (r !== null) return opensEnded(s) ? frame('ongoing', null, null) : feedsMeeting(r, s);
  const kind = truncated ? null : phraseAnywhere(s);
  // "Complete" in the time-frame column: no deadline left, and not a date this tool failed to read.
  return frame(kind ?? (completedOnly(s) ? 'tbc' : 'unparseable'), null, null);
}
