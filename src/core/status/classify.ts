import { splitEntries } from '../steps/entries';
import { latestLast } from '../steps/updateLog';
import type { StatusClass, StepStatus } from '../types';
import { readEntry } from './entry';
import type { EntryReading } from './entry';
import { scheduledAfter } from './scheduled';
import { closedAt } from './settle';
import { decisionToCome } from './preparatory';

/*
 * Updates are appended to a status cell, so its end matters most: a huge cell (up to
 * 32,767 characters) is read from its last MAX_CHARS characters only. Short cells repeat
 * endlessly across a tracker ("On track", "Done"), so their readings are memoised; the
 * memo is a pure function of the text and never changes an answer.
 */

const MAX_CHARS = 4000;
const MEMO_MAX_TEXT = 200;
const MEMO_MAX_SIZE = 4096;
const memo = new Map<string, StepStatus>();

/** A fresh copy, so a caller changing its answer cannot change the memo; built field by field (object spread is markedly slower). */
const copy = (s: StepStatus): StepStatus => ({ status: s.status, completedText: s.completedText, redated: s.redated, goAhead: s.goAhead });

/** A parenthesis right after the completion word: "Done (End of Nov)". */
const COMPLETION_PAREN = /^\s*[:\-–—]?\s*\(([^()]{1,60})\)/;
/** Looks like a date or period, so "Done (see minutes)" is not taken for one. */
const DATEISH =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:q[1-4]|quarter|week|month|year|spring|summer|autumn|winter|today|yesterday)\b/i;

/** The tail of a huge cell, starting at a line or tag boundary when one is near the cut. */
function tail(text: string): string {
  if (text.length <= MAX_CHARS) return text;
  const cut = text.slice(text.length - MAX_CHARS);
  const head = cut.slice(0, 500);
  const boundary = head.search(/[\n\r\u2028<]/);
  return boundary >= 0 ? cut.slice(boundary) : cut;
}

function completedText(reading: EntryReading): string | null {
  if (reading.status !== 'complete' || reading.end < 0) return null;
  const m = COMPLETION_PAREN.exec(reading.text.slice(reading.end, reading.end + 70));
  const inside = m?.[1]?.trim() ?? '';
  return inside !== '' && DATEISH.test(inside) ? inside : null;
}

/**
 * True when a later entry `later` that reads as nothing on its own reopens the completion ending at `doneEnd` in
 * `doneText`: further work set for later ("Phase 2 to follow", "Trust-wide rollout planned Q4"), or the paper of a
 * preparatory step still to go to a meeting ("Data collection complete." then "Paper to Dec N&M Board.").
 */
function reopens(later: string, doneText: string, doneEnd: number, step: boolean): boolean {
  return scheduledAfter(later, 0, step, closedAt(doneText, doneEnd)) || decisionToCome(doneText, doneEnd, later);
}

function analyse(text: string): StepStatus {
  // A log written newest first is turned round, as a step's aligned statuses are (steps/align.ts), so the
  // newest update wins however the cell reaches the reader: "20/11/24: Overdue. 15/09/24: on track" is overdue.
  const entries = latestLast(splitEntries(tail(text)));
  let status: StatusClass = 'unknown';
  let completed: string | null = null;
  let redated = false;
  let event: EntryReading | null = null;
  let decided = false;
  let goAhead = false;
  let step = false;
  /** The entry that decided the class so far, and where its deciding phrase ends: whether it closed the action. */
  let closed = { text: '', end: -1 };
  // Every entry is read, because a moved deadline anywhere in the cell counts; the class
  // comes from the last entry with a status word, or failing any, the last with an event.
  for (const entry of entries) {
    const reading = readEntry(entry);
    redated ||= reading.redated;
    if (!reading.matched) {
      // A later update naming further work set for later ("Teaching sessions planned for May") reopens a part done.
      if (decided && status === 'complete' && reopens(reading.text, closed.text, closed.end, step)) {
        status = 'on_track';
        completed = null;
        goAhead = false;
      }
      // "Alert live on Wards 7 and 8.\nTrust-wide rollout planned Q4.": an event ("live", "launched") is a step, reopened as one.
      const done: EntryReading | null = event;
      if (!decided && done !== null && done.status === 'complete' && reopens(reading.text, done.text, done.end, true)) {
        event = Object.assign({}, done, { status: 'on_track' as const, weak: false });
      }
      continue;
    }
    if (reading.weak) {
      event = reading;
      continue;
    }
    // "On track" then "No progress with estates" in a later update: the work has stalled.
    const stalled: boolean = reading.stall === true && decided && (status === 'on_track' || status === 'at_risk' || status === 'off_track');
    decided = true;
    // "Not started" then "No progress this month": still not begun, which the later word only repeats.
    const idle: boolean = reading.stall === true && decided && status === 'not_started';
    status = stalled ? 'off_track' : idle ? status : reading.status;
    goAhead = !stalled && reading.goAhead === true;
    completed = completedText(reading);
    step = reading.step === true;
    closed = { text: reading.text, end: reading.end };
  }
  if (!decided && event !== null) return { status: event.status, completedText: completedText(event), redated, goAhead: false };
  return { status, completedText: completed, redated, goAhead };
}

/**
 * Reads a status cell (SPEC 4): its class, a completion date given with it ("Done (End of
 * Nov)" → "End of Nov"), whether it says the deadline moved, and whether a go-ahead given
 * decides it ("Pilot agreed at Maternity Board"). The latest entry with a status word decides;
 * within an entry, the latest phrase. Never throws.
 * @example readStatus('<b>Update:</b> Deadlines adjusted to reflect more realistic delivery of actions')
 * // { status: 'at_risk', completedText: null, redated: true, goAhead: false }
 * @example readStatus('Done (End of Nov)') // { status: 'complete', completedText: 'End of Nov', redated: false, goAhead: false }
 * @example readStatus('Pilot agreed at Maternity Board.') // { status: 'on_track', completedText: null, redated: false, goAhead: true }
 */
export function readStatus(text: string): StepStatus {
  const input = typeof text === 'string' ? text : '';
  const known = input.length <= MEMO_MAX_TEXT ? memo.get(input) : undefined;
  if (known !== undefined) return copy(known);
  const result = analyse(input);
  if (input.length <= MEMO_MAX_TEXT) {
    if (memo.size >= MEMO_MAX_SIZE) memo.clear();
    memo.set(input, result);
  }
  return copy(result);
}

/**
 * The status class of a cell: complete, on_track, at_risk, off_track, not_started or unknown.
 * @example classifyStatus('Work has not commenced on this action yet.') // 'not_started'
 * @example classifyStatus('Not on track') // 'off_track'
 * @example classifyStatus('No delays') // 'on_track'
 * @example classifyStatus('Complete? Awaiting confirmation from lead') // 'on_track'
 */
export function classifyStatus(text: string): StatusClass {
  return readStatus(text).status;
}
