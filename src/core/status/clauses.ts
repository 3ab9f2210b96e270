/*
 * Where a clause of a status entry ends, for the rules that read the words of one clause
 * (work left, a stopgap, further work scheduled, a doubt's reach): a punctuation mark, a bullet,
 * a line break, or a hyphen standing alone (" - "), not one inside a word ("roll-out").
 */

/** One mark that ends a clause (a spaced hyphen is tested apart, as it takes its neighbours). */
export const CLAUSE_MARK = /[.,;:!?()[\]{}"“”|\n\r\u2028•–—]/;

/** Where a clause ends: a {@link CLAUSE_MARK} or a spaced hyphen. */
export const CLAUSE_END = new RegExp(`${CLAUSE_MARK.source}|\\s-\\s`);

/** Where a sentence ends: a stop, question or exclamation mark before a space or the end, or a line break. */
export const SENTENCE_END = /[.!?](?=\s|$)|[\n\r\u2028]/;

/**
 * Where the clause holding `at` starts, no earlier than `from`: just after a {@link CLAUSE_MARK}
 * or a hyphen before a space.
 * @example clauseStart('Done; phase 2 outstanding', 0, 14) // 5
 */
export function clauseStart(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i -= 1) {
    const ch = text[i] ?? '';
    if (CLAUSE_MARK.test(ch) || (ch === '-' && /\s/.test(text[i + 1] ?? ''))) return i + 1;
  }
  return from;
}
