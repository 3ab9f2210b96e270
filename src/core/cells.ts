import type { CellRange, CellValue } from './types';

/**
 * Column letters for a 0-based column index.
 * @example columnLetter(0) // 'A'
 * @example columnLetter(27) // 'AB'
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The 0-based column index for letters, or null when they are not a column.
 * @example columnIndex('AB') // 27
 */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= 16384 ? n - 1 : null;
}

/**
 * An A1 address from a 0-based column and a 1-based row, as Excel users read them.
 * @example a1(4, 7) // 'E7'
 */
export function a1(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

/**
 * A 0-based range as an A1 reference, always with both corners ("F3:F3" too), as a file's
 * <autoFilter ref> and <mergeCell ref> write it; `absolute` pins every row and column, as a
 * defined name does.
 * @example a1Range({ top: 2, left: 0, bottom: 39, right: 10 }) // 'A3:K40'
 * @example a1Range({ top: 2, left: 0, bottom: 39, right: 10 }, true) // '$A$3:$K$40'
 */
export function a1Range(r: CellRange, absolute = false): string {
  if (!absolute) return `${a1(r.left, r.top + 1)}:${a1(r.right, r.bottom + 1)}`;
  return `$${columnLetter(r.left)}$${r.top + 1}:$${columnLetter(r.right)}$${r.bottom + 1}`;
}

/**
 * A cell's text for reading words out of it: dates as ISO, errors as their code.
 * @example cellText({ kind: 'date', iso: '2023-01-05' }) // '2023-01-05'
 * @example cellText(null) // ''
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.kind === 'date' ? value.iso : value.code;
}

/**
 * True when the cell holds nothing a person typed (empty, or only white space).
 * @example isBlank('  ') // true
 */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  // Most cells start with a visible ASCII character and need no trimming to tell.
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 127) && value.trim() === '';
}

/**
 * True for Excel error values such as #N/A or #REF!.
 * @example isErrorCell({ kind: 'error', code: '#N/A' }) // true
 */
export function isErrorCell(value: CellValue | undefined): value is { kind: 'error'; code: string } {
  return typeof value === 'object' && value !== null && value.kind === 'error';
}

/**
 * How many words a text cell holds (0 for any other value): a label or flag is a word or two,
 * an update a sentence.
 * @example wordCount('  Draft circulated to members ') // 4
 */
export function wordCount(value: CellValue | undefined): number {
  if (typeof value !== 'string') return 0;
  const text = value.trim();
  return text === '' ? 0 : text.split(/\s+/).length;
}

/** The fewest words of an update written as a sentence: a flag or status word has fewer. */
const PROSE_WORDS = 4;

/**
 * True for a text cell written as a sentence or more ("Draft circulated to members; comments due
 * 8 Dec"), not a flag or a status word ("Open", "On track"): the update a board paper quotes.
 * @example isProse('Draft circulated to members') // true
 * @example isProse('Not started') // false
 */
export function isProse(value: CellValue | undefined): boolean {
  return wordCount(value) >= PROSE_WORDS;
}

/**
 * A count with its noun agreeing, for messages: "1 action", "4 actions", "2 status entries".
 * @example counted(1, 'action') // '1 action'
 * @example counted(2, 'status entry', 'status entries') // '2 status entries'
 */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;

/**
 * True when a text runs to more than one sentence (a stop, then a capital): an account of
 * something, not a name ("Build complete. CT live in May.").
 * @example severalSentences('Build complete. CT live in May.') // true
 * @example severalSentences('Go live approved') // false
 */
export function severalSentences(text: string): boolean {
  return SENTENCE_BREAK.test(text);
}
