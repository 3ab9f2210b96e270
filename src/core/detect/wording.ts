import { DEADLINE_WORDS, EVENT_DATE_WORDS, JOINING_WORDS, NEVER_DEADLINE_WORDS } from '../vocabulary/columns';

/*
 * What a header's wording says beyond its role words: whether its last word is its head (the
 * thing the column holds), and whether a date it names is a deadline at all. The word lists
 * are normalised as headers are (normaliseHeader), so they are passed in already folded.
 */

/** Marks that join two names in one header ("Actions / next steps", "Update (Dec 23)"). */
const SEPARATOR = /[/&,;:()+|[\]]|\s[-–—]\s/;

/** Word lists folded once by the caller's normaliser. */
export interface Wording {
  joining: ReadonlySet<string>;
  event: ReadonlySet<string>;
  never: ReadonlySet<string>;
  deadline: ReadonlySet<string>;
}

/**
 * The wording lists of the vocabulary, folded by `fold` (normaliseHeader).
 * @example wording((w) => w).never.has('start') // true
 */
export function wording(fold: (text: string) => string): Wording {
  const set = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(fold));
  return { joining: set(JOINING_WORDS), event: set(EVENT_DATE_WORDS), never: set(NEVER_DEADLINE_WORDS), deadline: set(DEADLINE_WORDS) };
}

/**
 * True when a header is one compound name, whose last words name what the column holds and
 * any words before them qualify it, as in English noun phrases: "Action lead" holds leads and
 * "Deliverable owner" owners. Headers that join parts ("Progress against milestones",
 * "Actions / next steps") are read from their first words instead.
 * @example isCompound('Action lead', 'action lead', wording((w) => w)) // true
 * @example isCompound('Update (Dec 23)', 'update dec 23', wording((w) => w)) // false
 */
export function isCompound(raw: string, norm: string, w: Wording): boolean {
  return !SEPARATOR.test(raw) && !norm.split(' ').some((word) => w.joining.has(word));
}

/**
 * True when a date header names the day something happened ("Date of incident", "Start
 * date"), not a deadline.
 * @example isEventDate('date action agreed', wording((w) => w)) // true
 * @example isEventDate('agreed target date', wording((w) => w)) // false
 */
export function isEventDate(norm: string, w: Wording): boolean {
  const words = norm.split(' ');
  if (words.some((word) => w.never.has(word))) return true;
  return words.some((word) => w.event.has(word)) && !words.some((word) => w.deadline.has(word));
}
