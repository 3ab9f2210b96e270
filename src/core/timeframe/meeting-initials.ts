import { MEETING_ORG_WORDS, NOT_MEETING_INITIALS } from '../vocabulary/timeframeMeetings';
import { monthOf } from './lexicon';

/*
 * A meeting's name often leads with its project or organisation ("EPR Programme Board", "ICB
 * Quality Committee") while logs name it by the initials of the rest ("Dec PB"). Two letters
 * match a great deal of ordinary text ("PM", "IT", "pb"), so two-letter initials count only as a
 * calendar meeting's, written in capitals in a cell that also has lower case (a cell all in
 * capitals says nothing by its case), and never when they are a common word or abbreviation.
 */

/** Initials this long are short: they need capitals in the cell to be read as a meeting. */
export const SHORT_INITIALS = 2;

const TOKEN = /[A-Za-z0-9&]+/g;
/** A leading word written as an acronym ("EPR", "ICB", "NHSE"): a project or organisation, not the body. */
const LEAD_ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;
const LOWER = /[a-z]/;
/** Two capitals standing alone in a cell ("Dec PB", "PB - Dec"). */
const CAPITAL_PAIR = /(?<![A-Za-z0-9&])[A-Z]{2}(?![A-Za-z0-9&])/g;
/** Raw characters looked at for capitals, as normalise bounds the text it reads. */
const RAW_LIMIT = 1000;
const ORG = new Set(MEETING_ORG_WORDS);
const NOT_INITIALS = new Set(NOT_MEETING_INITIALS);

/**
 * The name after a leading project or organisation word, whose initials are the body's; null
 * when the name leads with none. An all-capitals name says nothing by its case, so there only an
 * organisation word counts.
 * @example bodyOf('EPR Programme Board Dec 26') // 'Programme Board Dec 26'
 * @example bodyOf('Trust Quality Committee') // 'Quality Committee'
 * @example bodyOf('Programme Board') // null
 */
export function bodyOf(name: string): string | null {
  TOKEN.lastIndex = 0;
  const first = TOKEN.exec(name);
  if (first === null) return null;
  const word = first[0];
  const lead = ORG.has(word.toLowerCase()) || (LEAD_ACRONYM.test(word) && LOWER.test(name) && monthOf(word.toLowerCase()) === null);
  return lead ? name.slice(first.index + word.length) : null;
}

/**
 * True for initials a cell may name a meeting by: any of three letters or more; two letters
 * only when they are no common word or abbreviation.
 * @example usableInitials('pb') // true
 * @example usableInitials('pm') // false: an afternoon, or a person
 */
export function usableInitials(initials: string): boolean {
  return initials.length > SHORT_INITIALS || (initials.length === SHORT_INITIALS && !NOT_INITIALS.has(initials));
}

/**
 * The pairs of letters a cell writes in capitals, lower-cased; none when the cell has no lower
 * case, so its capitals tell nothing.
 * @example capitalsOf('Dec PB') // Set { 'pb' }
 * @example capitalsOf('DEC PB') // Set {}
 */
export function capitalsOf(raw: string): ReadonlySet<string> {
  const text = raw.slice(0, RAW_LIMIT);
  if (!LOWER.test(text)) return new Set();
  return new Set((text.match(CAPITAL_PAIR) ?? []).map((p) => p.toLowerCase()));
}
