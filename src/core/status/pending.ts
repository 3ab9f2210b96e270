import { decidedAs, type EntryReading } from './reading';
import {
  BOOKED_WORDS,
  DECISION_PAPERS,
  PAPER_TO_LEADS,
  STAGE_NAMES,
  STAGE_SELF_WORDS,
  STAGE_STEP_DONE,
  START_MEETINGS,
} from '../vocabulary/statusPending';
import { DECIDED_WORDS, FOR_NOTING, MEETING_WORDS } from '../vocabulary/statusPreparatory';
import { STAGE_DESIGNATORS } from '../vocabulary/statusStages';
import { clauseWords, isTime } from './clauseWords';

/*
 * Whole-entry readings of round 28, each a pattern a fresh reviewer found misread (SPEC 4): a step of a numbered part
 * done ("Phase 2 creative signed off") or a part live ("Wave 1 live") leaves the work under way, as "Phase 1 complete"
 * does; a paper that seeks a decision, submitted or on its way to a meeting ("QIA submitted", "Bus case to F&P Jan"),
 * waits on that meeting, under way; a kick-off booked is the start still to come, not started, as "Planned for Q4" is.
 * Each reads only where the phrases left the entry unread, or read as done what the rule says is a step.
 */

/** Phrases as a regex alternation, a space or hyphen between their words. */
const alt = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '[\\s-]+')).join('|');
const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const SELF = set(STAGE_SELF_WORDS);
const DECIDED = set(DECIDED_WORDS);
const NOTING = set(FOR_NOTING);
const MEETING = set(MEETING_WORDS);
const STAGE = `(?:${alt(STAGE_NAMES)})\\s+(\\S+)`;
/** "Phase 2 creative signed off": a numbered part, the words of what was done, then its completion, the last clause of the entry. */
const STAGE_STEP = new RegExp(`(?:^|[.;!?\\n])\\s*${STAGE}\\s+((?:[\\p{L}&/-]+\\s+){1,3}?)(?:(?:has\\s+been|have\\s+been|now|been)\\s+)?(?:${alt(STAGE_STEP_DONE)})\\b[^.;\\n]{0,30}?[.!]?\\s*$`, 'iu');
/** "Wave 1 live", "Phase 1 now live; phase 2 from March": a numbered part running, the rest to come. */
const STAGE_LIVE = new RegExp(`^\\s*${STAGE}\\s+(?:(?:is|now|went|gone)\\s+)?live\\b`, 'iu');
const PAPER = `(?:the\\s+)?(?:${alt(DECISION_PAPERS)})`;
/** "QIA submitted", "Business case submitted 03/11": the whole entry a paper submitted, and whatever follows it. */
const SUBMITTED = new RegExp(`^\\s*${PAPER}\\s+(?:(?:has\\s+been|have\\s+been|was|were|now)\\s+)?submitted\\b([^.;\\n]{0,60})[.!]?\\s*$`, 'iu');
/** "Bus case to F&P Jan", "Paper to Board in January for approval": a paper on its way to a meeting. */
const PAPER_TO = new RegExp(`^\\s*${PAPER}\\s+(?:${alt(PAPER_TO_LEADS)})\\s+([^.;\\n]{2,60}?)\\s*[.!]?\\s*$`, 'iu');
/** "Kick-off meeting booked for 15/01": the meeting that starts the work, booked for a time. */
const KICK_OFF = new RegExp(`^\\s*(?:(?:${alt(START_MEETINGS)})\\s+)(?:(?:is|has\\s+been|now)\\s+)?(?:${alt(BOOKED_WORDS)})\\s+([^.;\\n]{1,30}?)\\s*[.!]?\\s*$`, 'iu');
/** A meeting named by letters, as trackers write committees: "F&P", "FPC", "P&C". */
const ACRONYM = /^[A-Z][A-Z&]{1,6}$/;

/** True when `word` numbers a part ("2", "ii", "one"), a mark after it left off ("2:"). */
const numbered = (word: string | undefined): boolean => STAGE_DESIGNATORS.test((word ?? '').toLowerCase().replace(/[^\p{L}\d]+$/u, ''));
const as = decidedAs;
const unread = (reading: EntryReading): boolean => !reading.matched || reading.status === 'unknown';

/**
 * True when the words after a paper's "to" name a meeting (its words, or letters as "F&P"), with no decision taken
 * there already nor the paper sent only to be noted; not an infinitive ("Proposal to be agreed", "to go live").
 */
function toMeeting(rest: string): boolean {
  const words = clauseWords(rest);
  if (words.some((w) => DECIDED.has(w)) || words.some((w, i) => words[i - 1] === 'for' && NOTING.has(w))) return false;
  const tokens = rest.split(/\s+/).filter((t) => t !== '');
  const named = tokens.slice(0, 5).some((t) => ACRONYM.test(t.replace(/[^A-Za-z&]/g, '')) || MEETING.has(t.toLowerCase().replace(/[^a-z]/g, '')));
  return named && !/^(?:be|go|start|complete|deliver|the\s+team)\b/i.test(rest);
}

/**
 * The entry's reading with round 28's whole-entry rules applied.
 * @example pendingReading({ status: 'complete', matched: true, redated: false, text: 'Phase 2 creative signed off', end: 27, weak: false }).status // 'on_track'
 * @example pendingReading({ status: 'unknown', matched: false, redated: false, text: 'QIA submitted', end: -1, weak: false }).status // 'on_track'
 * @example pendingReading({ status: 'unknown', matched: false, redated: false, text: 'Bus case to F&P Jan', end: -1, weak: false }).status // 'on_track'
 * @example pendingReading({ status: 'unknown', matched: false, redated: false, text: 'Kick-off meeting booked for 15/01', end: -1, weak: false }).status // 'not_started'
 */
export function pendingReading(reading: EntryReading): EntryReading {
  const { text, status } = reading;
  const step = status === 'complete' ? STAGE_STEP.exec(text) : null;
  // A step of the part done, the part itself not: "Phase 2 creative signed off" (not "Phase 2 implementation completed").
  if (step !== null && numbered(step[1]) && !clauseWords(step[2] ?? '').some((w) => SELF.has(w))) return as(reading, 'on_track');
  // A part live, read only where nothing after it decides: "Phase 2 now live - all phases complete" is done.
  const live = unread(reading) || status === 'complete' ? STAGE_LIVE.exec(text) : null;
  if (live !== null && numbered(live[1]) && (unread(reading) || reading.end <= live.index + live[0].length)) return as(reading, 'on_track');
  if (!unread(reading) && status !== 'complete') return reading;
  // Submitted for a decision still to take: under way, unless what follows says it was taken.
  const submitted = SUBMITTED.exec(text);
  const after = clauseWords(submitted?.[1] ?? '');
  if (submitted !== null && !after.some((w, i) => DECIDED.has(w) || (after[i - 1] === 'for' && NOTING.has(w)))) return as(reading, 'on_track');
  if (!unread(reading)) return reading;
  const to = PAPER_TO.exec(text);
  if (to !== null && toMeeting(to[1] ?? '')) return as(reading, 'on_track');
  const booked = KICK_OFF.exec(text);
  return booked !== null && clauseWords(booked[1] ?? '').some(isTime) ? as(reading, 'not_started') : reading;
}
