import type { StatusClass } from '../types';
import { COMMA_NOTE_WORDS, RATING_CODES, STATUS_SHORT_FORMS, WHOLE_ENTRY_WORDS } from '../vocabulary/statusWords';
import { PHRASE_MEANINGS, phraseKey } from './phrases';
import { percentAround } from './share';
import { closedBy, closureAnswer, forClosure } from './closure';
import { stripStatusPrefix } from './prefix';
import { colourCorrected, ratingMoved } from './ratingMove';

/*
 * Open/Closed, Complete? and RAG columns hold one word ("Closed", "A", "🟢"); such words are
 * read only as a whole entry, never inside a sentence.
 */

const WHOLE_ENTRY_MAX = 24;
/** A Map, not the object itself: lookups by freshly built strings are much cheaper. */
const WHOLE_ENTRY = new Map<string, StatusClass>(Object.entries(WHOLE_ENTRY_WORDS));
/** Whole-entry words are ASCII or the marks of WHOLE_ENTRY_WORDS, so anything else separates words. */
const NOT_WORD = /[^a-z0-9✓✔✅❌⚠🟢🟡🟠🔴🔵]+/gu;
/** A share of the work that is all of it, alone: "100%", "100 %", "100 per cent". */
const FULL_SHARE = /^\s*100\s*(?:%|per\s?cent)\s*\.?\s*$/i;
/** None of the work, alone: "0%", "0 %" (round 27), as "0% complete" is not started. */
const NO_SHARE = /^\s*0\s*(?:%|per\s?cent)\s*\.?\s*$/i;

/**
 * The status of an entry that is one of the whole-entry words (an Open/Closed, Complete? or RAG
 * column's "Closed", "Yes", "A", "🟢"), or undefined for any other text.
 * @example wholeEntryStatus('Closed') // 'complete'
 * @example wholeEntryStatus('Open') // 'unknown'
 * @example wholeEntryStatus('100%') // 'complete'
 * @example wholeEntryStatus('0%') // 'not_started'
 * @example wholeEntryStatus('Partially implemented') // undefined
 */
export function wholeEntryStatus(text: string): StatusClass | undefined {
  // "Withdrawn by IA": who closed it does not make the closure a sentence.
  if (closedBy(text)) return 'complete';
  // "Recommendation to close: yes": a closure question answered, as "Completed: Yes" is.
  const answered = closureAnswer(text);
  if (answered !== undefined) return answered;
  // "Not green - amber: capacity constrained": the colour corrected to, whatever reason follows.
  const corrected = colourCorrected(text);
  if (corrected !== undefined) return corrected;
  if (text.length > WHOLE_ENTRY_MAX) return undefined;
  // A status cell holding only "100%" reports the work all done, as "100% complete" does.
  if (FULL_SHARE.test(text)) return 'complete';
  if (NO_SHARE.test(text)) return 'not_started';
  // "Red → Amber", "A (was G)", "BRAG B": the rating it moved to, not a two-colour one.
  const moved = ratingMoved(text);
  if (moved !== undefined) return moved;
  const status = WHOLE_ENTRY.get(text.toLowerCase().replace(NOT_WORD, ' ').trim());
  // "Complete?" asks, as "Completed? TBC" does (status/query.ts): read as a phrase, not as the column's word.
  return status === 'complete' && text.includes('?') ? undefined : status;
}

/**
 * Where a note after a leading word begins: a bracket, a colon or semicolon, a dash. Not a comma
 * or full stop, which open a sentence as often as a note ("Yes, we will meet in G block").
 */
const NOTE = /\s*(?:[(:;–—]|\s-\s)/;
/** A word that heads a note after a comma too (COMMA_NOTE_WORDS): "Live, call answer 92%". */
const COMMA_HEAD = new RegExp(`^(?:${COMMA_NOTE_WORDS.join('|')})(?=\\s*,)`, 'i');
/** One- and two-letter codes ("A", "Y", "No") are read only alone: "A - B ward", "No, see minutes"; but see RATING_CODES. */
const CODE = /^[a-z]{1,2}$/i;
const RATING_CODE: ReadonlySet<string> = new Set(RATING_CODES);
/** What follows a rating code that heads an entry: a spaced dash or a colon ("R - no progress", "A: awaiting data"). */
const CODE_NOTE = /^\s*(?::|\s[-–—]\s|[–—])/;

/**
 * The status of a whole-entry word that heads the entry before a note, and where the word ends:
 * "Compliant (evidence on file)", "Yes - see evidence folder". A word that is also a phrase in
 * sentences ("Closed", "Amber") is left to them, and a share in the note makes it work on the way.
 * A RAG code ("R", "A/G") heading a note after a dash or colon is the lead's rating (`rating`), as
 * "Red - …" is: "R - no progress" is off track.
 * @example leadingWord('Compliant (evidence on file)') // { status: 'complete', end: 9 }
 * @example leadingWord('Live (3 of 5 sites)') // { status: 'on_track', end: 4 }
 * @example leadingWord('Live, call answer 92%') // { status: 'complete', end: 4 }
 * @example leadingWord('R - no progress') // { status: 'off_track', end: 1, rating: true }
 * @example leadingWord('Closed (see minutes)') // undefined
 */
export function leadingWord(text: string): { status: StatusClass; end: number; rating?: boolean } | undefined {
  const comma = COMMA_HEAD.exec(text);
  const at = comma !== null ? comma[0].length : (NOTE.exec(text.slice(0, WHOLE_ENTRY_MAX + 2))?.index ?? 0);
  if (at === 0) return undefined;
  const head = text.slice(0, at);
  const status = wholeEntryStatus(head);
  if (status === undefined || PHRASE_MEANINGS.has(phraseKey(head))) return undefined;
  const code = head.toLowerCase().replace(NOT_WORD, ' ').trim();
  if (RATING_CODE.has(code)) return CODE_NOTE.test(text.slice(at)) ? { status, end: at, rating: true } : undefined;
  if (CODE.test(head.trim())) return undefined;
  // After a comma the note starts past it: "Live, 3 of 5 sites".
  const percent = status === 'complete' ? percentAround(text, 0, comma !== null ? text.indexOf(',', at) + 1 : at, true) : null;
  if (percent !== null && percent < 100) return { status: percent === 0 ? 'not_started' : 'on_track', end: at };
  return { status, end: at };
}

/** A short form opening the entry, then its end, a space or a mark: "C/F to next meeting", "Cmpl - see log". */
const SHORT_FORM = new RegExp(
  `^(?:${Object.keys(STATUS_SHORT_FORMS).map((k) => k.replace(/\//g, '\\s*/\\s*')).join('|')})\\.?(?![\\p{L}\\p{N}/])`,
  'iu',
);
/** Every entry is tried, so one whose first letter opens no short form skips the pattern. */
const SHORT_FORM_LETTERS: ReadonlySet<string> = new Set(Object.keys(STATUS_SHORT_FORMS).map((k) => k[0] ?? ''));

/**
 * The entry with a short form that opens it written out, so it reads as the full form does.
 * @example expandShortForm('C/F to next meeting') // 'carried forward to next meeting'
 * @example expandShortForm('Cmpl - see evidence log') // 'complete - see evidence log'
 * @example expandShortForm('Cf. minutes') // 'Cf. minutes'
 */
export function expandShortForm(text: string): string {
  if (!SHORT_FORM_LETTERS.has(text.charAt(0).toLowerCase())) return text;
  const m = SHORT_FORM.exec(text);
  if (m === null) return text;
  const full = STATUS_SHORT_FORMS[m[0].toLowerCase().replace(/[\s.]+/g, '')];
  return full === undefined ? text : full + text.slice(m[0].length);
}

/**
 * An entry as readEntry reads it: its label removed, a short form heading it expanded, and a body
 * named inside a closing phrase moved after it ("Accepted by ARC for closure").
 * @example readableEntry('Update: Cmpl - see log') // 'complete - see log'
 */
export function readableEntry(entry: string): string {
  return forClosure(expandShortForm(stripStatusPrefix(entry)));
}
