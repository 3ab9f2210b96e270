import { decidedAs, type EntryReading } from './reading';
import { DATED_DONE_VERBS, NOT_DONE_VERBS, SHORTHAND_WORDS } from '../vocabulary/statusFacts';
import { WINDOW_OPEN_UNTIL } from '../vocabulary/statusHeldOpen';
import { looseAlternation } from './alternation';
import { dateFollows } from './dateFollows';

/*
 * Round 33 (SPEC 4): facts stated plainly, which no status word covers. An action closed by a decision ("Not
 * proceeding – agreed at ELG; close") is closed without completion, as "Withdrawn" is; an event in the past with its
 * date or occasion is the work done ("Staff awards ceremony held 20 Nov", "Sent 14/11"), as is a whole set done ("All
 * PCNs submitted plans by the deadline"); bad news told as facts (a date passed without the event, defects open, a
 * deficit against a breakeven plan) is at risk or off track; a year-to-date count is the year's work on the way; a
 * wait that gates the start ("awaiting funding decision before mobilising") is at risk; tracker shorthand ("Comp.",
 * "O/T", "N/S", "O/D") is read as a whole cell or a cell's last word.
 */

const alt = looseAlternation;
/** A Map, so a cell reading "constructor" finds no shorthand on the object's prototype. */
const SHORTHAND = new Map(Object.entries(SHORTHAND_WORDS));
const NOT_PROCEEDING = /(?:^|[^\p{L}])(?:not\s+(?:be\s+)?proceeding|will\s+not\s+proceed|not\s+to\s+proceed)(?![\p{L}])/iu;
/** A decision taken or a closure asked for, not "not agreed": what makes "Not proceeding" a closure. */
const DECIDED = /(?:^|[^\p{L}])(?<!not\s)(?:agreed|decided|decision|approved|endorsed)(?![\p{L}])|(?:^|[^\p{L}])(?:close|closed|closure)(?![\p{L}])/iu;
/** Work handed to business as usual, in the past: "Handed over to Estates BAU … from 1 Oct". */
const HANDED_TO_BAU = /^\s*(?:handed\s+over|transferred|moved)\s+(?:in)?to\s+[^.;]{0,30}?(?:bau|business\s+as\s+usual)(?![\p{L}])/iu;
const TO_COME = /(?:^|[^\p{L}])(?:planned|scheduled|due|expected|will|to\s+be)\s+(?:for|to|in|by|on|be|from)?(?![\p{L}])/iu;
const DONE_VERB = new RegExp(`(?:^|[^\\p{L}])(${alt(DATED_DONE_VERBS)})(?![\\p{L}])`, 'giu');
/** A negation or doubt before the verb: "not held", "yet to be sent". */
const DENIED_BEFORE = /(?:^|[^\p{L}])(?:not|no|yet|never|be|being|been\s+not|to|will|planned|due|awaiting)\s+(?:yet\s+)?(?:been\s+)?$/iu;
/** A whole set done: "100% of decision-makers declared", "All PCNs submitted … by the 30/06 deadline". */
const ALL_DONE = /^(?:[^.;:]{0,60}:\s*)?(?:(all)|100\s*%\s+of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}?(?:now\s+)?([\p{L}]+ed)(?![\p{L}])(?!\s+to\s)/iu;
/** A deadline met or who did it ("re-authorised by MMC"), which "all" needs to be a set done rather than a description ("All services have aligned partners"). */
const BY_DEADLINE = /(?:^|[^\p{L}])(?:by|before|ahead\s+of)\s+(?:the\s+)?(?:[\d/.]+\s+)?(?:deadline|due\s+date)(?![\p{L}])|\p{L}ed\s+by\s+(?:the\s+)?\p{Lu}/u;
/** A backlog or list cleared, read only where no status word speaks; not for a count of places ("for 3 of 5 specialties"). */
const CLEARED = /(?:^|[^\p{L}])(?:backlogs?|waiting\s+lists?)\s+(?:(?:has|have)\s+been\s+|now\s+|fully\s+)?cleared(?![\p{L}])/iu;
const COUNT_OF = /\d\s*(?:of|\/)\s*\d/u;
const NOT_DONE = new RegExp(`^(?:${alt(NOT_DONE_VERBS)})$`, 'iu');
/** A date gone by without the event: "Go-live date of 1 Oct passed without go-live". */
const PASSED_WITHOUT = /(?:^|[^\p{L}])(?:date|deadline|go[\s-]*live|milestone|target)(?![\p{L}])[^.;]{0,30}?passed\s+without(?![\p{L}])/iu;
/** Defects still open: "14 defects open", "Defects list … 64 items open". */
const DEFECTS_OPEN = /(?:^|[^\p{L}])(?:defects?|faults?|bugs?|snags?)(?![\p{L}])[^.;]{0,40}?\d[\d,]*\s+(?:[\p{L}]+\s+)?(?:still\s+)?(?:open|outstanding|unresolved)(?![\p{L}])|\d[\d,]*\s+(?:defects|faults|bugs|snags)\s+(?:still\s+)?(?:open|outstanding|unresolved)(?![\p{L}])/iu;
/** A deficit against a plan to break even: off track whatever the figure. */
const DEFICIT = /(?:^|[^\p{L}])deficit(?![\p{L}])[^.;]{0,30}?(?:against|vs\.?|versus)\s+(?:a\s+|the\s+)?(?:break[\s-]*even|balanced|surplus)/iu;
/** "Returned by NHSE for further information": sent back to be done again. */
const RETURNED = /(?:^|[^\p{L}])(?:returned|sent\s+back|queried)(?![\p{L}])[^.;]{0,40}?(?:for|with|requesting)\s+(?:further|more|additional)\s+(?:information|work|detail|clarification|evidence|changes|amendments)(?![\p{L}])/iu;
/** The event denied, apostrophe or not: "Didn't happen", "Won’t go ahead". */
const DID_NOT_HAPPEN = /(?:^|[^\p{L}])(?:didn['’]?t|did\s+not|won['’]?t|will\s+not)\s+(?:happen|go\s+ahead|take\s+place)(?![\p{L}])/iu;
/** A supplier failing or a count set against a zero trajectory: "went into administration", "23 against trajectory of zero". */
const FAILING = /(?:^|[^\p{L}])(?:into\s+(?:administration|liquidation|receivership)|entered\s+(?:administration|liquidation))(?![\p{L}])/iu;
const OVER_ZERO = /(?:^|[^\p{L}])[1-9][\d,]*\s[^.;]{0,30}?(?:against|vs\.?|versus)\s+(?:a\s+|the\s+)?(?:target|trajectory|plan|ambition)\s+of\s+(?:zero|nil|0)(?![\p{L}\d])/iu;
const YTD = /(?:^|[^\p{L}])(?:ytd|fytd|year\s+to\s+date)(?![\p{L}])/iu;
/** A wait that gates the start: "awaiting ICB funding decision before mobilising". */
const GATED = /(?:^|[^\p{L}])awaiting\s[^.;]{0,40}?(?:decision|approval|funding|go[\s-]*ahead|sign[\s-]*off)\s+before\s+[\p{L}]+ing(?![\p{L}])/iu;
/** Operating since a date: "Service operating from new premises since 2 Nov". */
const SINCE = /(?:^|[^\p{L}])(?:operating|functioning|in\s+use|in\s+operation|trading)(?![\p{L}])[^.;]{0,40}?since\s+\S/iu;
/** A share of the way said as such: "Approx 50% through"; a bare "50%" stays unread (round 10: it may be a level). */
const SHARE_ALONE = /^\s*(?:approx\.?\s+|about\s+|c\.?\s*|around\s+)?(?:[1-9]\d?(?:\.\d+)?)\s*%\s*(?:through|done|of\s+the\s+way)\s*\.?\s*$/iu;
/** A completion code ending the cell: "Fire risk assessments for all inpatient areas Comp.", "Comp. 12/11". */
const COMP_LAST = /(?:^|\s)comp(?:l|d|ltd)?\.\s*(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s*)?$/iu;

/** A window still open after the event: "Consultation opened 1 Dec, closes 31 Jan" is under way, not done. */
const WINDOW_OPEN = new RegExp(`(?:^|[^\\p{L}])(?:${alt(WINDOW_OPEN_UNTIL)})(?![\\p{L}])`, 'iu');

const COUNTED = /(?:^|[^\p{L}\d])\d[\d,]*\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** The event that starts the work, not the work done: "Kick-off held 15/11", as "First meeting held" is under way. */
const STARTING = /(?:^|[^\p{L}])(?:kick[\s-]*off|first|initial|inaugural|launch\s+(?:meeting|event))(?![\p{L}])/iu;

/** True when an event verb in the past is followed by its date or occasion, or ends the entry, and nothing denies it. */
function doneWithDate(text: string): boolean {
  if (WINDOW_OPEN.test(text)) return false;
  for (const m of text.matchAll(DONE_VERB)) {
    const at = (m.index ?? 0) + m[0].length;
    if (DENIED_BEFORE.test(text.slice(0, at - (m[1] ?? '').length))) continue;
    // "12 clinics held": a count of events is a series on the way, as "meetings held" is.
    if (COUNTED.test(text.slice(0, m.index ?? 0))) continue;
    // The date must be in the verb's own clause: "12 clinics held; 640 vaccinated to date" dates no event.
    const clause = text.slice(at).split(/[;,]|\.(?:\s|$)|\s[-–—]\s/u)[0] ?? '';
    // "Signed off by 30 June", "Paid for 3 months": a deadline or a span, not the day it happened.
    if (dateFollows(clause, 0) && !/^\s+(?:off\s+)?(?:by|for|until|till|on\s+a)\b/i.test(clause)) return true;
  }
  // "Paper taken to Audit Committee 10/11 and noted": a paper received by the meeting it went to.
  return /(?:^|[^\p{L}])(?:taken|presented|went|reported)\s+to\s[^.;]{0,60}?\sand\s+noted\s*\.?\s*$/iu.test(text);
}

/** The class of a whole cell of tracker shorthand, or undefined. */
function shorthand(text: string): EntryReading['status'] | undefined {
  if (text.length > 12) return COMP_LAST.test(text) ? 'complete' : undefined;
  const key = text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
  return SHORTHAND.get(key) ?? (COMP_LAST.test(text) ? 'complete' : undefined);
}

function mildReading(reading: EntryReading): EntryReading {
  const { text, status } = reading;
  if (status === 'unknown' && !reading.matched) {
    const code = shorthand(text);
    if (code !== undefined) return decidedAs(reading, code);
    if (SHARE_ALONE.test(text)) return decidedAs(reading, 'on_track');
  }
  if (PASSED_WITHOUT.test(text) || DEFICIT.test(text) || DID_NOT_HAPPEN.test(text) || OVER_ZERO.test(text)) return decidedAs(reading, 'off_track');
  // A supplier failing beside work said done or going on; alone, or after a forecast, the dates decide (round 29).
  const failing = status !== 'unknown' && FAILING.test(text);
  if (DEFECTS_OPEN.test(text) || RETURNED.test(text) || failing) return decidedAs(reading, 'at_risk');
  if (status !== 'unknown' || reading.matched) return reading;
  const all = ALL_DONE.exec(text);
  const allDone = all !== null && !NOT_DONE.test(all[2] ?? '') && (all[1] === undefined || BY_DEADLINE.test(text));
  const cleared = CLEARED.test(text) && !COUNT_OF.test(text);
  if (allDone || cleared || SINCE.test(text)) return decidedAs(reading, 'complete');
  if (doneWithDate(text)) return decidedAs(reading, STARTING.test(text) ? 'on_track' : 'complete');
  return reading;
}

/**
 * The entry's reading with round 33's plain facts read: closures by decision, events done, bad news told as facts.
 * @example factsReading({ status: 'off_track', matched: true, redated: false, text: 'Not proceeding - agreed at ELG 12/10; close', end: 14, weak: false }).status // 'complete'
 * @example factsReading({ status: 'unknown', matched: false, redated: false, text: 'Staff awards ceremony held 20 Nov', end: -1, weak: false }).status // 'complete'
 * @example factsReading({ status: 'complete', matched: true, redated: false, text: 'CIP: £6.1m delivered YTD against £5.8m plan', end: 19, weak: false }).status // 'on_track'
 */
export function factsReading(reading: EntryReading): EntryReading {
  const { text, status } = reading;
  if (status !== 'complete' && NOT_PROCEEDING.test(text) && DECIDED.test(text)) return decidedAs(reading, 'complete');
  if (HANDED_TO_BAU.test(text) && !TO_COME.test(text.replace(/planned\s+(?:maintenance|preventative|preventive)/giu, ''))) {
    return decidedAs(reading, 'complete');
  }
  if (status === 'complete' && YTD.test(text)) return decidedAs(reading, 'on_track');
  if (status === 'on_track' && GATED.test(text)) return decidedAs(reading, 'at_risk');
  if (status === 'complete' || status === 'unknown' || status === 'on_track') return mildReading(reading);
  return reading;
}
