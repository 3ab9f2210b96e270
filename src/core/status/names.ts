import { NAME_STATUS_WORDS, SCHEME_NAMES, SCHEME_NOUNS } from '../vocabulary/statusNames';
import { PHRASE_MEANINGS, phraseKey } from './phrases';

/*
 * The capitalised names of schemes and policies that hold a status word (SPEC 4, round 32): "Was Not Brought policy
 * ratified", "Red Bag scheme relaunch progressing". They are masked before an entry is read, so neither a negation
 * rule nor a RAG colour sees them. A name is one listed (./statusNames), or a run of capitalised words holding a RAG
 * colour or "not" and a word that is no status word, named as a scheme, policy or the like by the noun ending or
 * following it. "RAG red", "Not Started" and lower-case "not brought to committee" are no names.
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The listed names, as written (case matters), longest first; whole words. */
const LISTED = new RegExp(
  `(?<![\\p{L}\\d])(?:${[...SCHEME_NAMES].sort((a, b) => b.length - a.length).map((n) => escape(n).replace(/ /g, '[\\s-]+')).join('|')})(?![\\p{L}\\d])`,
  'gu',
);
/** A run of capitalised words, each Title Case (not all capitals, as "RAG" is), joined by a space or hyphen. */
const RUN = /(?<![\p{L}\d])\p{Lu}[\p{Ll}\d]+(?:\p{Lu}[\p{Ll}\d]*)*(?:[ -]\p{Lu}[\p{Ll}\d]+(?:\p{Lu}[\p{Ll}\d]*)*)+(?![\p{L}\d])/gu;
const NEXT_WORD = /^[ -]+([\p{L}]+)/u;
const NOUNS: ReadonlySet<string> = new Set(SCHEME_NOUNS);
const HELD: ReadonlySet<string> = new Set(NAME_STATUS_WORDS);

const mask = (name: string): string => name.replace(/\p{Lu}/gu, 'X').replace(/[\p{Ll}\d]/gu, 'x');

/** True when the capitalised run `run`, followed in its text by `after`, names a scheme or policy holding a status word. */
function namesScheme(run: string, after: string): boolean {
  const words = run.split(/[ -]/).map((w) => w.toLowerCase());
  const next = NEXT_WORD.exec(after)?.[1];
  const nounAfter = next !== undefined && NOUNS.has(next);
  const name = nounAfter ? words : NOUNS.has(words[words.length - 1] ?? '') ? words.slice(0, -1) : [];
  if (name.length < 2 || !name.some((w) => HELD.has(w))) return false;
  return name.some((w) => !HELD.has(w) && !PHRASE_MEANINGS.has(phraseKey(w)));
}

/**
 * `text` with the names of schemes and policies that hold a status word masked, letter for letter, so it reads as
 * any other name does; text with none is returned as it is.
 * @example maskSchemeNames('Red Bag scheme relaunch progressing') // 'Xxx Xxx scheme relaunch progressing'
 * @example maskSchemeNames('Was Not Brought policy ratified') // 'Xxx Xxx Xxxxxxx policy ratified'
 * @example maskSchemeNames('Red - not brought to committee') // 'Red - not brought to committee'
 */
export function maskSchemeNames(text: string): string {
  if (!/\p{Lu}/u.test(text)) return text;
  const listed = text.replace(LISTED, mask);
  return listed.replace(RUN, (run: string, at: number) => (namesScheme(run, listed.slice(at + run.length)) ? mask(run) : run));
}
