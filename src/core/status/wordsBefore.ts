/*
 * The words just before a phrase, as readContext (context.ts) reads them: only the current clause
 * counts, so a mark that ends one (punctuation, a spaced dash) stops the scan.
 */

/** How far back to look, in characters: a clause longer than this is read no further. */
const LOOKBACK_CHARS = 80;

const APOSTROPHES = /['’]/g;
const LETTER = /[\p{L}\p{N}]/u;
/** Marks that end a clause; a hyphen does only when it stands alone (" - "). */
const CLAUSE_MARKS = new Set('.,;:!?()[]{}"“”|–—•\n\r\u2028');

/** Letters, digits and apostrophes belong to words; ASCII is tested without a regex. */
function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
  return ch === '’' || LETTER.test(ch);
}

/** A mark ends the clause, except a point or comma inside a number ("2.2", "1,000") and a hyphen inside a word. */
function endsClause(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  const next = text[i + 1] ?? '';
  if (ch === '-') return !isWordChar(next);
  if ((ch === '.' || ch === ',') && isWordChar(next) && isWordChar(text[i - 1] ?? '')) return false;
  return CLAUSE_MARKS.has(ch);
}

/**
 * The words before `start`, nearest first, lower case and without apostrophes, up to the clause start
 * or `max` words. Scanning backwards by hand keeps this cheap: it runs for every phrase that is not at the start.
 * @example wordsBefore("Work hasn't yet been completed", 21, 6) // ['been', 'yet', 'hasnt', 'work']
 * @example wordsBefore('No delays, and on track', 15, 6) // ['and']
 */
export function wordsBefore(text: string, start: number, max: number): string[] {
  const words: string[] = [];
  let i = start - 1;
  const stop = Math.max(0, start - LOOKBACK_CHARS);
  while (i >= stop && words.length < max) {
    const ch = text[i] ?? '';
    if (isWordChar(ch)) {
      let j = i;
      while (j > stop && (isWordChar(text[j - 1] ?? '') || (text[j - 1] === '-' && isWordChar(text[j - 2] ?? '')))) j -= 1;
      words.push(text.slice(j, i + 1).toLowerCase().replace(APOSTROPHES, ''));
      i = j - 1;
    } else if (endsClause(text, i)) {
      break;
    } else {
      i -= 1;
    }
  }
  return words;
}
