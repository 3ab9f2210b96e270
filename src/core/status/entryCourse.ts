import { decidedAs, type EntryReading } from './reading';
import {
  AS_PLANNED,
  CLOSURE_REFUSALS,
  DELIVERY_WORDS,
  DOUBT_HEDGES,
  OUTSTANDING_NOT_ITEM,
  SENT_BACK_ASKS,
  SENT_BACK_WORK,
  WITHHELD_DECISIONS,
} from '../vocabulary/statusCourse';
import { apostropheAlternation } from './alternation';
import { clauseWords, isTime } from './clauseWords';
import { forecastMiss } from './missForecast';

/*
 * Whole-entry readings of round 27, each a pattern a fresh reviewer found misread (SPEC 4): a delivery denied
 * "as planned" is the plan missed; a deadline the lead says will not be met is off track and a completion that
 * "may not" come is at risk; a decision withheld with work asked for is sent back, at risk; an item named as
 * outstanding is a dependency not yet met, at risk; a closure for one part with the rest said open is under way; a cell that only plans the work ("Planned for Q4", "Awaiting start") has
 * not begun. Each reads only where the phrases left the entry unread or read what the rule overturns.
 */

const alt = apostropheAlternation;
const END = '(?![\\p{L}])';
/** No stop, semicolon or line between: one clause. */
const CLAUSE = "[^.;!?\\n]";
const NEGATOR = String.raw`(?:not|never|n['’]?t|failed\s+to|yet\s+to)`;
const PLAN_MISSED = new RegExp(
  `(?<![\\p{L}])${NEGATOR}\\s+(?:yet\\s+)?(?:been\\s+|be\\s+)?(?:${alt(DELIVERY_WORDS)})${END}${CLAUSE}{0,40}?(?<![\\p{L}])(?:${alt(AS_PLANNED)})${END}`,
  'iu',
);
const DOUBTED = new RegExp(`(?<![\\p{L}])(?:${alt(DOUBT_HEDGES)})\\s+(?:be\\s+)?(?:${alt(DELIVERY_WORDS)})${END}`, 'iu');
/**
 * A closure the committee would not agree: "Closure not supported by QSC – remains open", "Not approved for closure",
 * "Closure declined by the Board". The work stays open and is sent back: at risk, however the closure word reads.
 */
const CLOSURE_REFUSED = new RegExp(
  `(?<![\\p{L}])(?:closure\\s+(?:(?:was|has\\s+been|is)\\s+)?(?:not\\s+(?:been\\s+)?(?:${alt(WITHHELD_DECISIONS)})|${alt(CLOSURE_REFUSALS)})|not\\s+(?:${alt(WITHHELD_DECISIONS)})\\s+for\\s+closure)${END}`,
  'iu',
);
const SENT_BACK = new RegExp(
  `(?<![\\p{L}])not\\s+(?:yet\\s+)?(?:been\\s+)?(?:${alt(WITHHELD_DECISIONS)})${END}.{0,60}?(?:${alt(SENT_BACK_WORK)})\\s+(?:(?:is|are|was|were|has\\s+been|have\\s+been)\\s+)?(?:${alt(SENT_BACK_ASKS)})${END}`,
  'iu',
);
/** "EQIA outstanding", "Sign-off still outstanding": a named item still to do, the whole entry. */
const OUTSTANDING = /^\s*((?:[\p{L}\d&/'’-]+\s+){1,4}?)(?:(?:still|remains?|is|are|currently)\s+)*outstanding\s*[.!]?\s*$/iu;
const NOT_ITEM: ReadonlySet<string> = new Set(OUTSTANDING_NOT_ITEM);
/**
 * "Planned for Q4": the whole entry plans the work for a time to come. Not "Teaching planned for May", which after a
 * part done is the next part (classify.ts reopens it), so only the bare form.
 */
const PLANNED_FOR = /^\s*(?:start\s+)?planned\s+(?:for|in|from)\s+(.{2,30}?)\s*[.!]?\s*$/iu;
/** "Awaiting start", "Awaiting start of project": the start waited for, the whole entry. */
const AWAITING_START = /^\s*(?:awaiting|waiting\s+(?:for|to)|pending)\s+(?:the\s+)?(?:start|commencement)(?:\s+of\s+(?:the\s+)?[\p{L}\s-]{2,30}?)?\s*[.!]?\s*$/iu;

/** "Closed for adults, remains open for CYP": a closure for one part, the rest said open (a place or group each side). */
const PART_OPEN = /^\s*(?:closed|completed?|done|implemented|delivered|live|in\s+place)\s+(?:for|on|in|at|across|within)\s+[^,;.\n]{1,40}?\s*[,;–—-]\s*(?:but\s+)?(?:(?:it|action)\s+)?(?:remains?|still|is\s+still|stays?|kept)\s+(?:open|live)\s+(?:for|on|in|at|across|within)\s+\S/iu;

/** An appointment, then a start in the past tense with its date: "Post appointed, started 02/11/26". */
const STARTED = /(?:appointed|recruited|appointee|new\s+starter|post\s*holder)[^.\n]{0,40}?[,;–—-]\s*(?:and\s+)?(?:has\s+|have\s+)?(?:started|commenced|began|joined)\s+((?:\S+\s*){1,3})/iu;

const as = decidedAs;

/** True when `m` matched and nothing the phrases read ends after it: the rule has the last word. */
const last = (reading: EntryReading, m: RegExpExecArray | null): boolean => m !== null && (reading.end < 0 || reading.end <= m.index + m[0].length);

/** True when the phrases left the entry unread (or read it as a retraction only). */
const unread = (reading: EntryReading): boolean => !reading.matched || reading.status === 'unknown';

/**
 * The entry's reading with round 27's whole-entry rules applied.
 * @example courseReading({ status: 'on_track', matched: true, redated: false, text: 'Not delivered by Q3 as planned', end: 30, weak: false }).status // 'off_track'
 * @example courseReading({ status: 'unknown', matched: false, redated: false, text: 'Will not meet March deadline', end: -1, weak: false }).status // 'off_track'
 * @example courseReading({ status: 'unknown', matched: false, redated: false, text: 'Planned for Q4', end: -1, weak: false }).status // 'not_started'
 * @example courseReading({ status: 'complete', matched: true, redated: false, text: 'Closed for adults, remains open for CYP', end: 6, weak: false }).status // 'on_track'
 */
export function courseReading(reading: EntryReading): EntryReading {
  const { text, status } = reading;
  if (status === 'complete' && PART_OPEN.test(text)) return as(reading, 'on_track');
  // Started on a date after the appointment: the post holder is in post, as "appointed and started" says.
  const started = status === 'on_track' ? STARTED.exec(text) : null;
  if (started !== null && clauseWords(started[1] ?? '').slice(0, 3).some(isTime)) return as(reading, 'complete');
  const open = unread(reading) || status === 'on_track';
  if (open && last(reading, PLAN_MISSED.exec(text))) return as(reading, 'off_track');
  const miss = open || status === 'off_track' ? forecastMiss(text) : null;
  if (miss !== null && (reading.end < 0 || reading.end <= miss.end)) return as(reading, miss.status);
  if (open && last(reading, DOUBTED.exec(text))) return as(reading, 'at_risk');
  if (unread(reading) && SENT_BACK.test(text)) return as(reading, 'at_risk');
  if ((unread(reading) || status === 'complete') && CLOSURE_REFUSED.test(text)) return as(reading, 'at_risk');
  // The whole entry waits for the start, so its "awaiting" is no hold-up: the work has not begun.
  if (AWAITING_START.test(text)) return as(reading, 'not_started');
  if (!unread(reading)) return reading;
  const item = OUTSTANDING.exec(text);
  const before = clauseWords(item?.[1] ?? '');
  // A named item still owed is a dependency not yet met, at risk, as "evidence awaited" is.
  if (item !== null && before.length > 0 && !before.some((w) => NOT_ITEM.has(w) || isTime(w) || /\d/.test(w))) return as(reading, 'at_risk');
  const planned = PLANNED_FOR.exec(text);
  return planned !== null && clauseWords(planned[1] ?? '').some(isTime) ? as(reading, 'not_started') : reading;
}
