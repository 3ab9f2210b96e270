import type { LineKind } from './lists';

/*
 * Text pasted from a PDF, an email or a web page keeps the line ends of where it was laid out,
 * so one sentence arrives as two lines ("Review the governance arrangements for\nthe
 * partnership board"), and read as two entries it would give the second half a step of its own
 * and shift every date after it. Without list markers to go by, only a line that cannot end a
 * phrase says so: one ending in a small joining word, "&" or an open bracket. Commas and dashes
 * end list lines ("Agree ToR,\nRecruit chair,"), so they do not count, and a blank line always
 * ends the entry. Letter case never matters, as status reading must not depend on it.
 */
/** Lower case; "a" is left out, as "Option A" ends where it stands. */
const JOINING_WORDS = ['and', 'or', 'of', 'the', 'to', 'with', 'for', 'in', 'on', 'at', 'by', 'from', 'an', 'our', 'their', 'its', 'into', 'including', 'across', 'between'];

/**
 * The joining words by the code of their last letter. Every line of every multi-line cell is
 * asked, so the answer is a character lookup, a scan back to the last space and a length
 * check, with no pattern tried along the line and no string made.
 */
const BY_LAST_LETTER: (string[] | undefined)[] = [];
for (const word of JOINING_WORDS) (BY_LAST_LETTER[word.charCodeAt(word.length - 1)] ??= []).push(word);

/** Whether `text` ends with `word` in any letter case: "AND" in a cell typed in capitals joins as "and" does. */
function endsWithWord(text: string, word: string): boolean {
  const from = text.length - word.length;
  for (let i = 0; i < word.length; i += 1) if ((text.charCodeAt(from + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether a line ending `text` cannot end a phrase: it ends in a joining word (in any case),
 * "&" or "(".
 * @example cannotEnd('Agree ToR with the') // true
 * @example cannotEnd('Option A') // false
 */
export function cannotEnd(text: string): boolean {
  const end = text.length - 1;
  const last = text.charCodeAt(end);
  if (last === 38 /* & */ || last === 40 /* ( */) return true;
  const words = BY_LAST_LETTER[last | 32];
  if (words === undefined) return false;
  const length = end - text.lastIndexOf(' ', end);
  for (const word of words) if (word.length === length && endsWithWord(text, word)) return true;
  return false;
}

/**
 * The entries of a cell without list markers, each line that carries on the one above it
 * joined to it (the array itself when none is). `afterBlank` holds the positions of the entries
 * that follow a blank line.
 * @example joinWrapped(['Agree ToR with the', 'clinical leads', 'Recruit chair'], []) // ['Agree ToR with the clinical leads', 'Recruit chair']
 * @example joinWrapped(['Agree ToR,', 'Recruit chair'], []) // ['Agree ToR,', 'Recruit chair']
 */
export function joinWrapped(entries: string[], afterBlank: readonly number[]): string[] {
  let out: string[] | null = null;
  for (let i = 1; i < entries.length; i += 1) {
    const entry = entries[i] ?? '';
    const above = (out === null ? entries[i - 1] : out[out.length - 1]) ?? '';
    if (cannotEnd(above) && !afterBlank.includes(i)) {
      out ??= entries.slice(0, i);
      out[out.length - 1] = `${above} ${entry}`;
    } else out?.push(entry);
  }
  return out ?? entries;
}

/** "o" is a bullet only before a capital, so "o review" in a list of "o" bullets is an item, not a wrapped line. */
const O_BULLET = /^o\s/;
/**
 * An item cut off mid-phrase ("Formal partnership agreements or", "Review with clinical and"):
 * a capitalised line under it carries it on. Under an item that could end where it does, a
 * capital starts an item whose bullet was left off ("• Draft plan\n• Consult\nApprove at Board").
 */
const OPEN_END = /(?:\b(?:and|or|of|the|to|with|for|in|on|at|by|from|a|an|our|their|its|into|including|across|between)|[&,(:/–—-])$/i;
const LOWER_FIRST = /^\p{Ll}/u;
/** A labelled remark under a list ("RAG: Amber", "Update Jan: delayed") is an entry of its own, never a wrapped line. */
const REMARK = /^\p{Lu}[^\s:]*(?:\s[^\s:]+){0,3}:(?:\s|$)/u;

/** Where a line stands: whether the line above ended in a space, and whether a numbered item follows it. */
export interface LinePlace {
  /** The line above ended in a space: a wrap kept from a PDF or a web page ("People Leaders \nMasterclasses"). */
  softEnd: boolean;
  /** A numbered item comes next, with only plain lines and no blank line between. */
  numberBelow: boolean;
}

/**
 * Whether a line of a list starting with `text` carries on the item `above`. A bullet under
 * a numbered item always does. In a list, a plain line does when it starts in lower case, the
 * item stops mid-phrase, the line above ended in a space, or, in a numbered list, a numbered
 * item follows it: the numbers place the items, so "1. Draft terms of reference for the
 * new\nGroup\n2. Agree at ELT" has two, where a bulleted list may have lost a bullet. Outside a
 * list (a cell with one marked item or a step label), only a line under one that cannot end a
 * phrase does. A labelled remark ("RAG: Amber") never does.
 * @example carriesOn('number', null, 'Group', 'Draft ToR for the new', { softEnd: false, numberBelow: true }) // true
 * @example carriesOn('bullet', null, 'Approve at Board', 'Consult', { softEnd: false, numberBelow: false }) // false
 */
export function carriesOn(list: 'number' | 'bullet' | null, line: LineKind, text: string, above: string, place: LinePlace): boolean {
  if (line === 'bullet') return list === 'number';
  if (line !== null) return false;
  // One marked item is no list to go by: only a line that cannot end carries on, whatever
  // the case of either line (joinWrapped), as status reading must not depend on it.
  if (list === null) return cannotEnd(above);
  if (O_BULLET.test(text) || REMARK.test(text)) return false;
  return LOWER_FIRST.test(text) || place.softEnd || OPEN_END.test(above) || place.numberBelow;
}
