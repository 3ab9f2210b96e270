/*
 * Builds one whole-word regex from a phrase list, with the phrases folded into a prefix
 * tree ("not on track|not started" becomes "not (?:on track|started)"). The regex engine
 * then rejects most positions after a character or two instead of trying every phrase in
 * turn, which more than halves the scan time of a long alternation.
 */

interface Node {
  children: Map<string, Node>;
  end: boolean;
}

const escapeChar = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Words of a phrase may be joined by spaces, hyphens, slashes, underscores or nothing. */
const JOINER = '[\\s\\-‐‑–—_/]*';
const WORD_CHAR = '[\\p{L}\\p{N}]';

function insert(root: Node, phrase: string): void {
  let node = root;
  for (const ch of phrase) {
    let next = node.children.get(ch);
    if (next === undefined) {
      next = { children: new Map(), end: false };
      node.children.set(ch, next);
    }
    node = next;
  }
  node.end = true;
}

/** Longer continuations are tried before stopping here, so the longest phrase wins. */
function emit(node: Node): string {
  const branches = [...node.children].map(([ch, child]) => (ch === ' ' ? JOINER : escapeChar(ch)) + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body}(?!${WORD_CHAR})|)` : body;
}

/**
 * A global, case-insensitive regex matching any of `phrases` (lower case, words separated by
 * single spaces) as whole words: not after a letter or digit, nor after a letter and a
 * hyphen ("un-delivered", "non-complete"), and not before a letter or digit ("greenhouse").
 * @example wholeWordPattern(['on track']).test('On-track') // true
 */
export function wholeWordPattern(phrases: readonly string[]): RegExp {
  const root: Node = { children: new Map(), end: false };
  for (const phrase of phrases) insert(root, phrase.toLowerCase().trim().replace(/\s+/g, ' '));
  return new RegExp(`(?<!${WORD_CHAR}|${WORD_CHAR}[-‐‑])${emit(root)}(?!${WORD_CHAR})`, 'giu');
}

/**
 * True when a wholeWordPattern (global, so it keeps its place between calls) matches anywhere in
 * `text`, read from the start whatever an earlier call left.
 * @example hasPhrase(wholeWordPattern(['in post']), 'Staff now in post') // true
 */
export function hasPhrase(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
