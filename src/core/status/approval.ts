import {
  APPROVAL_PHRASES,
  APPROVED_DOCUMENT_WORDS,
  APPROVED_WORK_WORDS,
  ENABLER_BIDS,
  ENABLER_DECISIONS,
  ENABLER_WORDS,
  EXTENSION_WORDS,
  GO_AHEAD_PHRASES,
  GO_AHEAD_VERBS,
} from '../vocabulary/statusApproval';
import { CLAUSE_END, clauseStart } from './clauses';
import { isDateWord } from './dateFollows';
import { phraseKey } from './phrases';

/*
 * An approval reads as the state of what it approves (see vocabulary/statusApproval.ts): "Pilot
 * agreed at Maternity Board" is a pilot about to run, so under way; "Extension to 30/06/25 agreed
 * by ARC" is a deadline moved; "Policy approved" is the policy done. Only the approval's clause is
 * read, or the clause before it when the approval has no subject of its own (", agreed by ELG").
 */

/** The keys of the approval phrases, as {@link phraseKey} gives them. */
export const APPROVALS: ReadonlySet<string> = new Set(APPROVAL_PHRASES.map(phraseKey));
/** The keys of the phrases of a go-ahead given with no approval word in them ("Go-ahead given by Exec"). */
export const GO_AHEADS: ReadonlySet<string> = new Set(GO_AHEAD_PHRASES.map(phraseKey));
const WORK: ReadonlySet<string> = new Set(APPROVED_WORK_WORDS);
const DOCUMENT: ReadonlySet<string> = new Set(APPROVED_DOCUMENT_WORDS);
const EXTENSION: ReadonlySet<string> = new Set(EXTENSION_WORDS);
const GO_AHEAD: ReadonlySet<string> = new Set(GO_AHEAD_VERBS);
const ENABLER: ReadonlySet<string> = new Set(ENABLER_WORDS);
const ENABLER_DECISION: ReadonlySet<string> = new Set(ENABLER_DECISIONS);
/** A document or a bid beside the enabler makes the approval one of that paper, the work done. */
const ENABLER_PAPER: ReadonlySet<string> = new Set([...APPROVED_DOCUMENT_WORDS, ...ENABLER_BIDS]);
const LOOKBACK = 80;
/** How many words may stand between the approval and its "to …" or "for …" ("agreed at ELG to pilot"). */
const AFTER_REACH = 4;
/** The first words of the phrases of APPROVED_WORK_WORDS, so only those pay for joining the words after them. */
const WORK_OPENERS: ReadonlySet<string> = new Set(
  APPROVED_WORK_WORDS.filter((w) => w.includes(' ')).map((w) => w.split(' ')[0] ?? ''),
);
const LONGEST_WORK = Math.max(...APPROVED_WORK_WORDS.map((w) => w.split(' ').length));

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** True when `words` name work an approval lets begin, and nothing makes it a document or results. */
function namesWork(words: readonly string[]): boolean {
  if (words.some((w) => DOCUMENT.has(w))) return false;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (WORK.has(word)) return true;
    if (!WORK_OPENERS.has(word)) continue;
    for (let n = 2; n <= LONGEST_WORK && i + n <= words.length; n += 1) {
      if (WORK.has(words.slice(i, i + n).join(' '))) return true;
    }
  }
  return false;
}

/**
 * True when an approval (its own words `own`, its clause's words `before` it) gives an enabler: "Funding agreed",
 * "Capital approved", but not "Funding secured" (money in hand) nor "Capital bid approved" (the bid done).
 */
function enablerGiven(before: readonly string[], own: readonly string[]): boolean {
  const named = [...before, ...own];
  return own.some((w) => ENABLER_DECISION.has(w)) && named.some((w) => ENABLER.has(w)) && !named.some((w) => ENABLER_PAPER.has(w));
}

/**
 * True when `words` ask for more time: "extension", "3-month extension", "extension to 30/06/25",
 * but not "extension of the service to two more wards", where no date follows "to" or "of".
 */
function newDate(words: readonly string[]): boolean {
  const at = words.findIndex((w) => EXTENSION.has(w));
  if (at < 0) return false;
  const next = words[at + 1];
  return !(next === 'to' || next === 'of' || next === 'for') || words.slice(at + 2, at + 6).some(isDateWord);
}

/**
 * What the approval phrase from `start` to `end` approves: 'work' it lets begin, a 'new_date', or
 * null for anything else (the work done). `movedAt` is where the entry's last moved deadline
 * phrase starts ("Revised date approved by ARC"), or -1.
 * @example approvalOf('Pilot agreed at Maternity Board.', 6, 15, -1) // 'work'
 * @example approvalOf('Extension to 30/06/25 agreed by ARC', 22, 31, -1) // 'new_date'
 * @example approvalOf('Approved to proceed to full business case', 0, 8, -1) // 'work'
 * @example approvalOf('Pilot evaluation approved at QSC', 17, 25, -1) // null
 * @example approvalOf('Capital approved', 8, 16, -1) // 'work'
 */
export function approvalOf(text: string, start: number, end: number, movedAt: number): 'work' | 'new_date' | null {
  let from = clauseStart(text, Math.max(0, start - LOOKBACK), start);
  if (from > 0 && text.slice(from, start).trim() === '') from = clauseStart(text, Math.max(0, from - LOOKBACK), from - 1);
  const before = wordsOf(text.slice(from, start));
  if ((movedAt >= from && movedAt < start) || newDate(before)) return 'new_date';
  if (namesWork(before)) return 'work';
  // "Funding agreed", "Capital approved": money for the work, given, lets it go ahead; "Funding secured" is it in hand.
  if (enablerGiven(before, wordsOf(text.slice(start, end)))) return 'work';
  const rest = text.slice(end, end + LOOKBACK);
  const cut = rest.search(CLAUSE_END);
  const after = wordsOf(cut < 0 ? rest : rest.slice(0, cut));
  const to = after.indexOf('to');
  if (to >= 0 && to <= AFTER_REACH && GO_AHEAD.has(after[to + 1] ?? '')) return 'work';
  const purpose = after.indexOf('for');
  return purpose >= 0 && purpose <= AFTER_REACH && namesWork(after.slice(purpose + 1, purpose + 5)) ? 'work' : null;
}
