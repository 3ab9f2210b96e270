import {
  GENERIC_MEETING_WORDS,
  INFORMAL_MEETING_WORDS,
  MEETING_ORG_WORDS,
  MEETING_SIDE_WORDS,
  MEETING_STOP_WORDS,
  MEETING_TYPE_WORDS,
} from '../vocabulary/timeframeMeetings';
import { alternation, monthOf } from './lexicon';
import { bodyOf, usableInitials } from './meeting-initials';

/*
 * A meeting's name read into what tells it from other meetings: cells and calendars name one
 * committee differently ("QSC", "Quality & Safety Committee", "Quality and Safety Cttee"), so
 * both are read into words, initials, kind and side, which calendar-match compares.
 */

/** What a cell or a calendar entry says about which meeting it is. */
export interface Named {
  /** Words as written that tell one body from another ("people", "qsc", "fp" for "F&P"). */
  words: string[];
  /** Initials of the written words, with and without "of"/"and" and the kind ("cog", "fpc", "fp"). */
  initials: string[];
  /** Words for the kind of body ("committee"), which only break ties. */
  kinds: string[];
  side: 'public' | 'private' | null;
  /** A seminar or development session rather than a meeting that receives reports. */
  informal: boolean;
}

const SIDE_RE = new RegExp(`(?<![a-z0-9])${alternation(Object.keys(MEETING_SIDE_WORDS))}(?![a-z0-9])`, 'g');
/** Single letters joined by "&" or "/" are one set of initials ("F&P", "Q/S"). */
const JOINED_INITIALS_RE = /(?<![a-z0-9])([a-z])\s*[&/+]\s*([a-z])(?![a-z0-9])/g;
const WORD_SPLIT = /[^a-z0-9]+/;
const DIGITS = /^\d+$/;
const STOP = new Set(MEETING_STOP_WORDS);
const GENERIC = new Set(GENERIC_MEETING_WORDS);
const KIND = new Set(MEETING_TYPE_WORDS);
const ORG = new Set(MEETING_ORG_WORDS);
const INFORMAL_RE = new RegExp(`(?<![a-z])${alternation(INFORMAL_MEETING_WORDS)}(?![a-z])`);

// A refresh matches thousands of cells against the same few calendar names: read each name once.
const NAMES = new Map<string, Named>();
const NAMES_LIMIT = 1_000;

/**
 * {@link named} for a calendar entry's name, remembered, with the initials of its body words
 * too when it leads with a project or organisation ("EPR Programme Board": "pb" as well as "epb"),
 * for logs name it without ("Dec PB"). The name keeps its case here, which tells the lead word.
 * @example calendarName('Council of Governors').initials // ['cog', 'cg']
 * @example calendarName('EPR Programme Board').initials // ['epb', 'pb']
 */
export function calendarName(name: string): Named {
  let n = NAMES.get(name);
  if (n === undefined) {
    n = withBody(named(name), bodyOf(name));
    if (NAMES.size < NAMES_LIMIT) NAMES.set(name, n);
  }
  return n;
}

function withBody(n: Named, body: string | null): Named {
  if (body === null) return n;
  const extra = named(body).initials.filter((i) => !n.initials.includes(i) && usableInitials(i));
  return extra.length === 0 ? n : { ...n, initials: [...n.initials, ...extra] };
}

function initialsOf(words: readonly string[]): string | null {
  return words.length >= 2 ? words.map((w) => w[0] ?? '').join('') : null;
}

/**
 * What a meeting phrase or calendar name says about which meeting it is.
 * @example named('Part 2 Finance & Performance Committee') // { words: ['finance', 'performance'], initials: ['fpc', 'fp'], kinds: ['committee'], side: 'private', informal: false }
 */
export function named(text: string): Named {
  let side: Named['side'] = null;
  const rest = text
    .toLowerCase()
    .replace(SIDE_RE, (m) => {
      side = MEETING_SIDE_WORDS[m.replace(/[\s-]+/g, ' ')] ?? side;
      return ' ';
    })
    .replace(JOINED_INITIALS_RE, '$1$2');
  const all = rest.split(WORD_SPLIT).filter((w) => w !== '' && !GENERIC.has(w) && !DIGITS.test(w) && monthOf(w) === null);
  const core = all.filter((w) => !STOP.has(w));
  const bodies = core.filter((w) => !KIND.has(w));
  const variants = [initialsOf(all), initialsOf(core), initialsOf(bodies)];
  return {
    words: bodies.filter((w) => w.length >= 2 && !ORG.has(w)),
    initials: [...new Set(variants.filter((v): v is string => v !== null))],
    kinds: core.filter((w) => KIND.has(w)),
    side,
    informal: INFORMAL_RE.test(rest),
  };
}
