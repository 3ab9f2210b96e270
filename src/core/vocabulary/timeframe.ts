/**
 * The words time-frame cells are written in (SPEC 3), lower case. The parser builds its
 * patterns from these lists once, at module load, so extending a list is the only change
 * needed when a real workbook uses a new phrase. Multi-word phrases are matched with any
 * run of spaces or hyphens between their words.
 */

/** Month names and the abbreviations trackers use, including "Sept" and common misspellings. */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2, febuary: 2, feburary: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/**
 * Real words one typing slip from a month name ("Match", "Jury", "Sent", "Set"): a slip is only
 * guessed to be a month when it is no word a writer could have meant, so these are left as they are.
 */
export const MONTH_LOOKALIKE_WORDS: readonly string[] = [
  'match', 'marsh', 'mach', 'marc', 'merch', 'aril', 'junk', 'juno', 'jane', 'jute', 'juke', 'jube', 'jung',
  'jupe', 'jude', 'jury', 'judy', 'augusta', 'set', 'seat', 'sent', 'sect', 'slept', 'swept', 'supt', 'septa',
  'septs', 'sett', 'sext', 'sekt', 'spent', 'step', 'seen', 'seep', 'self', 'sell', 'spot', 'stat', 'summit',
  'simmer', 'summed', 'sprint', 'string', 'winner', 'winder', 'wither', 'water', 'after', 'apply', 'amply',
  'just', 'jump', 'joke', 'jade',
];

/** Holidays on a fixed day, as [month, day] ("Before Christmas" is 24 December). */
export const HOLIDAY_WORDS: Readonly<Record<string, readonly [number, number]>> = {
  christmas: [12, 25], xmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24],
};

/** Seasons as their first month; each lasts three months (winter runs December to February). */
export const SEASON_WORDS: Readonly<Record<string, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
  // Clipped in narrow cells ("Aut 25", "Spr 26"); "sum" and "win" are words, so never read as seasons.
  aut: 9,
  spr: 3,
};

/** Which part of a month (or longer window) a phrase points at. */
export type Qualifier = 'end' | 'mid' | 'early' | 'late';

export const QUALIFIER_WORDS: Readonly<Record<string, Qualifier>> = {
  'the end of the': 'end',
  'end of the': 'end',
  'the end of': 'end',
  'end of': 'end',
  // "By close of Q3": the close of a period is its end.
  'the close of': 'end',
  'close of': 'end',
  end: 'end',
  'the middle of': 'mid',
  'middle of': 'mid',
  'mid of': 'mid',
  mid: 'mid',
  'the beginning of': 'early',
  'beginning of': 'early',
  'the start of': 'early',
  'start of': 'early',
  // Shorthand in narrow cells: "Beg Jan", "Beg. of March", "beginning Feb", "e/o Dec".
  beginning: 'early',
  'beg of': 'early',
  'beg. of': 'early',
  'beg.': 'early',
  beg: 'early',
  'e/o': 'end',
  early: 'early',
  late: 'late',
};

/**
 * Words that make a phrase a deadline only (start unknown). "before" points at the day before
 * an unqualified date or month ("before April" is 31 March); the others at the window's end.
 */
export const DEADLINE_WORDS: Readonly<Record<string, 'by' | 'before'>> = {
  by: 'by',
  'no later than': 'by',
  'not later than': 'by',
  'complete by': 'by',
  'completed by': 'by',
  'to be completed by': 'by',
  'to complete by': 'by',
  'to be complete by': 'by',
  'due by': 'by',
  'on or before': 'by',
  'latest by': 'by',
  nlt: 'by',
  until: 'by',
  till: 'by',
  'up to': 'by',
  before: 'before',
  'prior to': 'before',
  // Work that must be ready for a date or event is due before it ("Ahead of winter", "In time for April").
  'ahead of': 'before',
  'in advance of': 'before',
  'in time for': 'before',
  'in readiness for': 'before',
};

/** Leading words that say nothing about the window ("Due: 5/1/23", "Mon 5 Dec", "TBC - likely March"). */
export const FILLER_WORDS: readonly string[] = [
  'due', 'target', 'target date', 'date', 'deadline', 'approx', 'approx.', 'approximately', 'around', 'circa',
  'c.', 'ca.', 'est', 'est.', 'estimated', 'expected', 'planned', 'provisional', 'provisionally', 'tentatively',
  'likely', 'probably', 'possibly', 'hopefully', 'ideally', 'anticipated', 'aiming for', 'aim for', 'aiming',
  'in', 'on', 'at', 'during', 'within', 'the', 'from', 'for', 'through', 'thru', 'throughout', 'scheduled for',
  'monday', 'mon', 'tuesday', 'tue', 'tues', 'wednesday', 'wed', 'thursday', 'thu', 'thur', 'thurs',
  'friday', 'fri', 'saturday', 'sat', 'sunday', 'sun',
  // An earliest date is when the work happens, not a deadline the day before it ("Not before April 2024").
  'not before', 'no earlier than', 'not earlier than',
  // The hour of the day on the deadline day says nothing about the day ("By COB 31/01/25").
  'cob', 'cop', 'eod', 'close of business', 'close of play', 'end of day', 'end of play',
];

/** Words before a day that make it the first of a week of work ("w/c 14 Nov"): the deadline is that week's end. */
export const WEEK_START_WORDS: readonly string[] = [
  'w/c', 'wc', 'w/b', 'wb', 'wk/c', 'week commencing', 'week beginning', 'week starting', 'wk commencing', 'wk beginning',
  'w.c.', 'w.c', 'w/comm', 'wk comm', 'week comm', 'wk beg', 'w/beg', 'wk starting', 'week of', 'wk of',
];

// The meeting words live beside the rest of the meeting vocabulary; re-exported for older imports.
export { GENERIC_MEETING_WORDS, MEETING_STOP_WORDS, MEETING_WORDS, NEXT_WORDS } from './timeframeMeetings';

/** Quarter numbers written as words ("quarter four", "first quarter"). */
export const QUARTER_NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, first: 1, second: 2, third: 3, fourth: 4,
};

/** Which half of a year ("first half of 2025", "latter half of 2024/25"): 1 or 2. */
export const HALF_WORDS: Readonly<Record<string, 1 | 2>> = { first: 1, '1st': 1, second: 2, '2nd': 2, latter: 2, last: 2 };

/** Which week or half of a month ("first week of Dec", "2nd half of Jan"); -1 is the last. */
export const PART_OF_MONTH_WORDS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1, final: -1,
};

/** Words before a number that make it a label, not a day ("Phase 2 Mar 24" is March, not 2 March). */
export const NUMBERED_WORDS: readonly string[] = [
  'phase', 'stage', 'step', 'wave', 'part', 'tranche', 'cohort', 'action', 'objective', 'priority', 'round', 'level',
  'tier', 'version', 'week', 'wk', 'year', 'yr', 'no', 'no.', 'number',
  // References into a report or standard ("See section 3.24", "Recommendation 12/23").
  'section', 'para', 'paragraph', 'ref', 'rec', 'recommendation', 'item', 'standard', 'appendix', 'page', 'clause',
];

/** Excel's error values typed or pasted as text ("#N/A", "#REF!"): a broken cell, not a "not applicable". */
export const ERROR_TEXT_WORDS: readonly string[] = [
  '#n/a', '#ref!', '#value!', '#div/0!', '#name?', '#null!', '#num!', '#spill!', '#calc!', '#getting_data', '#field!',
  '#blocked!', '#connect!', '#busy!', '#unknown!', '#error!',
];

/**
 * Holidays whose day moves from year to year: Easter as days from Easter Sunday (Easter itself is
 * read as Good Friday, see holidays.ts), and the English bank holidays as the first (1) or last
 * (-1) Monday of their month.
 */
export type MovableHoliday = { easter: number } | { month: number; monday: 1 | -1 };

export const MOVABLE_HOLIDAY_WORDS: Readonly<Record<string, MovableHoliday>> = {
  easter: { easter: -2 }, 'easter break': { easter: -2 }, 'easter holidays': { easter: -2 }, 'easter holiday': { easter: -2 },
  'good friday': { easter: -2 }, 'easter sunday': { easter: 0 }, 'easter monday': { easter: 1 },
  'early may bank holiday': { month: 5, monday: 1 }, 'may day bank holiday': { month: 5, monday: 1 },
  'may bank holiday': { month: 5, monday: 1 }, 'spring bank holiday': { month: 5, monday: -1 },
  'late may bank holiday': { month: 5, monday: -1 }, 'whitsun bank holiday': { month: 5, monday: -1 },
  'august bank holiday': { month: 8, monday: -1 }, 'summer bank holiday': { month: 8, monday: -1 },
};

/**
 * English school terms (council, SEND and public-health plans), as [first month, last month] of
 * the calendar year the term falls in; see terms.ts for why each ends where it does.
 */
export const TERM_WORDS: Readonly<Record<string, readonly [number, number]>> = {
  autumn: [9, 12], fall: [9, 12], aut: [9, 12], spring: [1, 3], spr: [1, 3], summer: [4, 7],
};
