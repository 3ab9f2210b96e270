import type { Calendar, Meeting } from '../types';
import { MEETING_ORG_WORDS, NEXT_WORDS } from '../vocabulary/timeframeMeetings';
import { FULL_DATE, MEETING_JOIN, MEETING_WORD, MONTH, alternation, monthOf } from './lexicon';
import { calendarName } from './meeting-names';
import { SHORT_INITIALS, capitalsOf, usableInitials } from './meeting-initials';
import type { Context } from './years';

/*
 * Committees the vocabulary cannot list ("MSC", "PIEAC", "QPEC"): each trust has its own, but
 * the settings name the ones it meets as (nextMeeting, meetings). What tells one of them apart
 * is an acronym written in capitals in its name, the initials of a name of several words
 * ("Medicines Safety Committee": MSC), or its distinctive words together ("Patient Experience").
 * One ordinary word alone ("Quality", "Audit") is not enough: "Oct audit" is as likely the
 * month's audit; with its kind word ("Quality Committee") the vocabulary reads it already.
 */

/** Patterns for the names one calendar's meetings go by, built once per calendar. */
export interface CalendarNames {
  /** "Oct MSC", "October 2026 MSC": 1 month, 2 and 4 numbers, 3 the name. */
  monthFirst: RegExp;
  /** "MSC Oct 26", "MSC - October": 1 the name, 2 month, 3 number. */
  nameFirst: RegExp;
  /** "Next MSC". */
  next: RegExp;
  /** "MSC" and nothing else: an acronym written as the name, never made-up initials or words. */
  bare: RegExp;
  /** Two-letter initials among the names ("pb"), which count only as the cell writes them in capitals. */
  short: ReadonlySet<string>;
}

/** An acronym as a name writes it: capitals, maybe with digits or "&" ("PIEAC", "F&P"). */
const ACRONYM = /^[A-Z][A-Z0-9&]{2,7}$/;
const TOKEN_SPLIT = /[^A-Za-z0-9&]+/;
const ORG = new Set(MEETING_ORG_WORDS);
/** The words of a name may be joined as the cell likes ("Quality & Safety", "Quality and Safety"). */
const JOIN = `[\\s-]+(?:${MEETING_JOIN}[\\s-]+)?`;
const END = '(?![a-z0-9&])';
const NOTHING_AFTER = '(?=[\\s.,;:!*)]*$)';

const CACHE = new WeakMap<Calendar, CalendarNames | null>();

const LOWER = /[a-z]/;

/**
 * The acronyms a name writes. A name all in capitals ("MEDICINES SAFETY COMMITTEE") says
 * nothing by its case, so there only a lone distinctive word counts ("QSC - PART 2").
 */
function acronymsOf(name: string): string[] {
  const found = name.split(TOKEN_SPLIT).filter((t) => ACRONYM.test(t) && monthOf(t) === null && !ORG.has(t.toLowerCase()));
  if (!LOWER.test(name) && calendarName(name).words.length !== 1) return [];
  return found.map((t) => t.toLowerCase());
}

/** Pattern sources for one name's other forms: its made-up initials and its words together. */
function formsOf(name: string): string[] {
  const n = calendarName(name);
  const out = n.initials.filter((i) => i.length > SHORT_INITIALS).map((i) => alternation([i]));
  if (n.words.length >= 2) out.push(n.words.map((w) => alternation([w])).join(JOIN));
  return out;
}

/** One name's two-letter initials ("pb" for "EPR Programme Board"), less the common words and abbreviations. */
function shortOf(name: string): string[] {
  return calendarName(name).initials.filter((i) => i.length === SHORT_INITIALS && usableInitials(i));
}

function build(meetings: readonly Meeting[]): CalendarNames | null {
  const acronyms = new Set<string>();
  const forms = new Set<string>();
  const short = new Set<string>();
  for (const m of meetings) {
    for (const a of acronymsOf(m.name)) acronyms.add(a);
    for (const f of formsOf(m.name)) forms.add(f);
    for (const i of shortOf(m.name)) short.add(i);
  }
  for (const i of short) forms.add(alternation([i]));
  if (acronyms.size === 0 && forms.size === 0) return null;
  const acronym = alternation([...acronyms]);
  const all = [...[...acronyms].map((a) => alternation([a])), ...forms].sort((a, b) => b.length - a.length).join('|');
  const name = `((?:${all})${END}(?:\\s+${MEETING_WORD})*)`;
  // As in meeting.ts: the first number of a full date after the name or month ("Oct MSC 14/10/26") is no year.
  const year = `(?:[\\s,']+(?!${FULL_DATE})(\\d{4}|\\d{2}))?`;
  return {
    monthFirst: new RegExp(`^(${MONTH})(?:'s)?(?:(?:[\\s,']+|[./-])(\\d{4}|\\d{1,2}))?\\s+${name}${year}${END}`),
    nameFirst: new RegExp(`^${name}(?:\\s*[-:(]\\s*|\\s+)(${MONTH})${year}(?=\\s*(?:$|[^a-z0-9\\s]|${FULL_DATE}))`),
    next: new RegExp(`^${alternation(NEXT_WORDS)}\\s+${name}${END}`),
    bare: acronyms.size === 0 ? /(?!)/ : new RegExp(`^${acronym}${END}(?:\\s+${MEETING_WORD})*${NOTHING_AFTER}`),
    short,
  };
}

/**
 * The patterns for the meetings a calendar names, or null when its names say nothing the
 * vocabulary does not (the common case costs one lookup).
 * @example calendarNames({ meetings: [], nextMeeting: { date: '2026-10-14', name: 'MSC Oct 26' }, quarterConvention: 'financial' })?.next.test('next msc') // true
 */
export function calendarNames(calendar: Calendar): CalendarNames | null {
  let names = CACHE.get(calendar);
  if (names === undefined) {
    const set = calendar.nextMeeting;
    names = build(set === null ? calendar.meetings : [...calendar.meetings, set]);
    CACHE.set(calendar, names);
  }
  return names;
}

/**
 * The context for one cell: with the pairs of capitals it writes when the calendar has
 * two-letter initials to check them against, else the shared one unchanged.
 * @example cellContext(ctx, 'Dec PB').capitals // Set { 'pb' } when a meeting is "EPR Programme Board"
 */
export function cellContext(ctx: Context, raw: string): Context {
  const names = calendarNames(ctx.calendar);
  return names === null || names.short.size === 0 ? ctx : { ...ctx, capitals: capitalsOf(raw) };
}

/**
 * True when a name a pattern matched may stand for a meeting: any name but two-letter
 * initials, and those only as the cell writes them in capitals ("Dec PB", not "Dec pb").
 * @example namedAsWritten(names, 'pb meeting', new Set(['pb'])) // true
 */
export function namedAsWritten(names: CalendarNames, name: string, capitals: ReadonlySet<string> | undefined): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return !names.short.has(first) || capitals?.has(first) === true;
}
