import { STRONG_BULLETS, WEAK_BULLETS } from '../vocabulary/steps';
import { readNumbering, splitNumbered } from './numbering';

/*
 * Bullet markers at the start of an entry. A weak bullet must be followed by a space (after
 * the variation selector of an emoji such as "➡️"), or for hyphens and dashes directly by a
 * letter, so "-5%" is never taken for one; "o" is a bullet only before a capital, so
 * "o review" keeps its word.
 */

const escapeClass = (chars: string): string => chars.replace(/[-\\\]^]/g, '\\$&');

/** The strong and weak bullets as the inside of a regex character class, built once for every pattern of this folder. */
export const STRONG_BULLET_CHARS = escapeClass(STRONG_BULLETS);
export const WEAK_BULLET_CHARS = escapeClass(WEAK_BULLETS);

/** Weak bullets that are never punctuation: a Teams paste often leaves no space after them ("🔹Agree ToR"). */
const SYMBOL_BULLET_CHARS = escapeClass(WEAK_BULLETS.replace(/[-–—*·]/g, ''));
const BULLET = new RegExp(
  `^(?:[${STRONG_BULLET_CHARS}]+\\s*|[${WEAK_BULLET_CHARS}]+\\ufe0f?(?:\\s+|$)|[-–](?=\\p{L})|[${SYMBOL_BULLET_CHARS}]\\ufe0f?(?=\\p{L})|o\\s+(?=\\p{Lu}))`,
  'u',
);
const STRONG_SPLIT = new RegExp(`[${STRONG_BULLET_CHARS}]`);
const SEPARATOR_END = /[\s;,]+$/;

/** How a line of a list starts: with numbering ("1.", "a)", "Step 1:"), a bullet, or neither. */
export type LineMarker = 'number' | 'bullet' | null;

function stripBullets(text: string): string {
  let out = text.trimStart();
  for (let i = 0; i < 3; i += 1) {
    const m = BULLET.exec(out);
    if (m === null || m[0].length === 0) break;
    out = out.slice(m[0].length).trimStart();
  }
  return out;
}

/**
 * Breaks one line into entries, pushed onto `out`: at strong bullets anywhere, at a one-line
 * numbered list, and removes the leading bullet or number of each entry. Returns how the line
 * starts, which tells a numbered list's items from the lines that carry them on.
 * @example splitMarkers('• Draft plan • Consult staff', out) // 'bullet', out: ['', 'Draft plan', 'Consult staff']
 * @example splitMarkers('1. Draft plan; 2. Consult staff', out) // 'number', out: ['Draft plan', 'Consult staff']
 * @example splitMarkers('clinical leads', out) // null, out: ['clinical leads']
 */
export function splitMarkers(line: string, out: string[]): LineMarker {
  const parts = STRONG_SPLIT.test(line) ? line.split(STRONG_SPLIT) : [line];
  // A line opening with a strong bullet splits into a blank part and its first entry.
  const lead = parts.length > 1 && parts[0]?.trim() === '' ? 1 : 0;
  let marker: LineMarker = null;
  const from = out.length;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const text = stripBullets(part);
    const numbering = readNumbering(text);
    if (i === lead) marker = numbering !== null ? 'number' : lead === 1 || text.length < part.trimStart().length ? 'bullet' : null;
    if (numbering === null) out.push(text);
    else for (const piece of splitNumbered(text, numbering)) out.push(stripBullets(piece));
  }
  // An item cut from the middle of a line keeps what separated it from the next ("1. Agree ToR; 2. …").
  for (let i = from; i < out.length - 1; i += 1) out[i] = (out[i] ?? '').replace(SEPARATOR_END, '');
  return marker;
}
