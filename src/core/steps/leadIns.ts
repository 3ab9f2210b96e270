import { wordCount } from '../cells';
import { LIST_HEADING_NOUNS, RATING_LEAD_WORDS } from '../vocabulary/steps';
import { PLACEHOLDER } from './lists';
import { opensWithDate } from './updateLog';

/*
 * Lines that stand above the entries of a cell rather than among them. Read as entries, each
 * would take a step's place and give every time frame and status below it to the step above its
 * own.
 */

/** A short line ending in a colon: a lead-in to the entries below it ("Next steps:", "The chair will:"). */
const LEAD_IN = /^[^:]{1,60}:$/;

const COLOURS = RATING_LEAD_WORDS.join('|');
/** A rating on its own ("Amber", "RAG: Amber", "Amber/Red", "Green."), perhaps closed with a colon. */
const RATING = new RegExp(`^(?:RAG(?:\\s+(?:status|rating))?\\s*[:-]?\\s*)?(?:${COLOURS})(?:\\s*[/-]\\s*(?:${COLOURS}))?\\s*[:.]?$`, 'i');
/** An entry opening with a rating ("Green - ToR drafted"): a step's own status, not narrative under one above. */
const RATED = new RegExp(`^(?:RAG\\b|(?:${COLOURS})\\b)`, 'i');
const RATING_END = /[\s:.]+$/;
/** Longer than "RAG status: Amber/Green:", an entry is no rating alone. */
const RATING_MAX = 28;

/** A line naming its list in its first three words ("Actions agreed at Nov QSC"), short, and not a sentence. */
const HEADING = new RegExp(`^(?:[^\\s.]+\\s+){0,2}(?:${LIST_HEADING_NOUNS.join('|').replace(/ /g, '\\s+')})\\b[^.]*$`, 'i');
const HEADING_MAX = 60;

/**
 * Whether a rating alone opens the entry below it: narrative of its own (words, not one status
 * word, unless the rating ends with a colon), not a step's rating, dash or dated update.
 * "Green\nDone" beside two steps is each step's status, as SPEC 2.3 lines them up.
 */
function opensNarrative(entry: string, next: string | undefined): boolean {
  if (next === undefined || next === PLACEHOLDER || entry.length > RATING_MAX || !RATING.test(entry)) return false;
  return !RATED.test(next) && !opensWithDate(next) && (entry.trimEnd().endsWith(':') || wordCount(next) > 1);
}

/**
 * The entries without their lead-ins: "Next steps:\n1. Agree SOP\n2. Train staff" lists two
 * steps, and read as three it would give each time frame to the step above its own. A colon
 * ending the last entry introduces nothing, so that entry stays. A dated lead-in ("Update
 * Nov 23:") opens the entry below it instead, so a log written newest first can still be told
 * by its dates (latestLast), as does a rating alone above narrative ("Amber\nRecruitment
 * delayed" is one status) in a cell without list markers, where it cannot be a remark under the
 * item above. In a `headed` cell (one line above a list), a first line naming the list is its
 * heading and goes, colon or not.
 * @example withoutLeadIns(['Next steps:', 'Agree SOP', 'Train staff'], 'marked') // ['Agree SOP', 'Train staff']
 * @example withoutLeadIns(['Amber', 'Recruitment delayed'], 'plain') // ['Amber: Recruitment delayed']
 * @example withoutLeadIns(['Actions agreed at Nov QSC', 'Draft ToR', 'Recruit chair'], 'headed') // ['Draft ToR', 'Recruit chair']
 */
export function withoutLeadIns(entries: string[], layout: 'headed' | 'plain' | 'marked'): string[] {
  const first = entries[0] ?? '';
  const heading = layout === 'headed' && entries.length > 2 && first.length <= HEADING_MAX && HEADING.test(first);
  let out: string[] | null = heading ? [] : null;
  let opens = '';
  for (let i = heading ? 1 : 0; i < entries.length; i++) {
    const entry = entries[i] ?? '';
    const next = entries[i + 1];
    const rating = layout === 'plain' && opensNarrative(entry, next);
    if (rating || (next !== undefined && LEAD_IN.test(entry))) {
      out ??= entries.slice(0, i);
      opens = rating ? `${entry.replace(RATING_END, '')}: ` : opensWithDate(entry) ? `${entry} ` : '';
    } else {
      out?.push(opens + entry);
      opens = '';
    }
  }
  return out ?? entries;
}
