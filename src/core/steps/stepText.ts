import { DEADLINE } from '../timeframe/lexicon';
import { NEW_ACTION_WORDS, REVISED_ACTION_WORDS } from '../vocabulary/steps';
import { isDateOnly } from './dateList';
import { stripMarkup } from './markup';

const LABEL = new RegExp(
  `^(?:(${NEW_ACTION_WORDS.join('|')})|(${REVISED_ACTION_WORDS.join('|')}))\\s+actions?\\s*(?::|\\s[-–—])\\s*`,
  'i',
);

/**
 * Reads a next-step entry, removing the "NEW ACTION:" / "Revised Action:" labels trackers put
 * in front of it (with or without the bold tags around them) and reporting them, so the step
 * text is the work itself and the caller can still say it is new or revised.
 * @example readStepText('<b>NEW ACTION:</b> Discuss with Healthwatch offer to support in 2023')
 * // { text: 'Discuss with Healthwatch offer to support in 2023', isNew: true, revised: false }
 */
export function readStepText(text: string): { text: string; isNew: boolean; revised: boolean } {
  let rest = stripMarkup(text);
  let isNew = false;
  let revised = false;
  // A step can carry both labels ("Revised Action: NEW ACTION: …"); three rounds is plenty.
  for (let i = 0; i < 3; i += 1) {
    const m = LABEL.exec(rest);
    if (m === null) break;
    if (m[1] !== undefined) isNew = true;
    else revised = true;
    rest = rest.slice(m[0].length);
  }
  return { text: rest, isNew, revised };
}

/**
 * Where a date may close a step: in brackets, after "by" or "before", or after a dash or a
 * colon. Each candidate counts only when it is a date and nothing else (isDateOnly), so "Recruit
 * chair - may need support" and "Review by the board in March" have none.
 */
const TAILS = [
  /\(([^()]{2,40})\)[\s.]*$/,
  new RegExp(`\\b((?:${DEADLINE})\\s[^()]{2,40}?)[\\s.]*$`, 'i'),
  /(?:\s[-–—]|:)\s*([^()\-–—:]{2,30}?)[\s.]*$/,
];

/** Initials, alone or joined: "JS", "JS/AB", "JS & AB". */
const INITIALS = '\\p{Lu}{2,4}(?:\\s*[/&,]\\s*\\p{Lu}{2,4})*';
/**
 * Who does a step, written after it: "(Lead: JS)", "(Owner - Ann Smith)", "(JS)", "– JS/AB".
 * Trackers without a lead column put it there, after any date ("Agree ToR by end of Dec
 * (Lead: JS)"), so a date is looked for before it too. It is only ever tried when the step
 * itself ends in no date, so "– MAR" stays the month it is.
 */
const OWNER = new RegExp(
  `(?:\\((?:(?:[Ll]eads?|LEAD|[Oo]wner|OWNER|[Ll]ed by|[Rr]esponsible)\\b[^()]*|${INITIALS})\\)|\\s[-–—]\\s*${INITIALS})[\\s.]*$`,
  'u',
);

/**
 * The deadline a next step writes into its own text ("Agree ToR by end of Dec", "Recruit
 * chair (Jan 24)"), for a step whose time-frame column is blank: trackers without one, or
 * with it left empty, still date their steps. Null when the step does not end with a date.
 * @example stepDeadline('Agree ToR by end of Dec') // 'by end of Dec'
 * @example stepDeadline('Recruit chair (Jan 24)') // 'Jan 24'
 * @example stepDeadline('Agree ToR with partners') // null
 * @example stepDeadline('Agree ToR by end of Dec (Lead: JS)') // 'by end of Dec'
 */
export function stepDeadline(text: string): string | null {
  const owned = dateAtEnd(text);
  if (owned !== null) return owned;
  const owner = OWNER.exec(text);
  return owner === null ? null : dateAtEnd(text.slice(0, owner.index));
}

function dateAtEnd(text: string): string | null {
  for (const tail of TAILS) {
    const phrase = tail.exec(text)?.[1]?.trim();
    if (phrase !== undefined && isDateOnly(phrase)) return phrase;
  }
  return null;
}
