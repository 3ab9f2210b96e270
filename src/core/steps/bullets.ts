import { STRONG_BULLETS, WEAK_BULLETS } from '../vocabulary/steps';

/*
 * Bullet and numbering markers at the start of an entry. A marker must be followed by a
 * space (or, for digits and hyphens, directly by a capital or a letter), so "1.5 FTE",
 * "e.g. …" and "-5%" are never taken for list markers. Letters and roman numerals are
 * lower case only: "A. N. Other to lead" keeps its initial.
 */

const escapeClass = (chars: string): string => chars.replace(/[-\\\]^]/g, '\\$&');

const BULLET = new RegExp(
  `^(?:[${escapeClass(STRONG_BULLETS)}]+\\s*|[${escapeClass(WEAK_BULLETS)}]+(?:\\s+|$)|[-–](?=\\p{L})|o\\s+(?=\\p{Lu}))`,
  'u',
);
const STRONG_SPLIT = new RegExp(`[${escapeClass(STRONG_BULLETS)}]`);

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

/** "1." "1)" "(1)" "a." "a)" "ii)" at the very start, followed by text: a lone "g." is a RAG letter. */
const NUMBERING = /^(\()?(\d{1,2}|[ivx]{1,4}|[a-z])([.)])(?:\s+(?=\S)|(?<=\d[.)])(?=\p{Lu}))/u;

interface Marker {
  length: number;
  label: string;
  open: string;
  close: string;
}

function readNumbering(text: string): Marker | null {
  const m = NUMBERING.exec(text);
  if (m === null) return null;
  const open = m[1] ?? '';
  const close = m[3] ?? '';
  if (open === '(' && close !== ')') return null;
  return { length: m[0].length, label: m[2] ?? '', open, close };
}

type Series = 'number' | 'roman' | 'letter';

/** A list that opens with "i" or "ii" is roman; one that opens with "a" or "h" is lettered. */
function seriesOf(label: string): Series {
  if (/^\d+$/.test(label)) return 'number';
  return label === 'i' || (label.length > 1 && ROMAN.includes(label)) ? 'roman' : 'letter';
}

/** The label after `label` in its series: 1 → 2, a → b, ii → iii. */
function nextLabel(label: string, series: Series): string | null {
  if (series === 'number') return String(Number(label) + 1);
  if (series === 'roman') return ROMAN[ROMAN.indexOf(label) + 1] ?? null;
  return label.length === 1 && label < 'z' ? String.fromCharCode(label.charCodeAt(0) + 1) : null;
}

/**
 * Splits a numbered list written on one line ("1. Draft plan 2. Consult staff") at the next
 * markers of the same series, and only when the line itself starts with a marker, so a stray
 * "2." inside ordinary prose never splits it.
 */
function splitNumbered(line: string, first: Marker): string[] {
  const pieces: string[] = [];
  let rest = line.slice(first.length);
  let label = first.label;
  const series = seriesOf(label);
  for (let guard = 0; guard < 100; guard += 1) {
    const next = nextLabel(label, series);
    if (next === null) break;
    const needle = `${first.open}${next}${first.close}`;
    let at = rest.indexOf(` ${needle}`);
    while (at >= 0 && !/^(?:\s|$)/.test(rest.slice(at + 1 + needle.length, at + 2 + needle.length))) {
      at = rest.indexOf(` ${needle}`, at + 1);
    }
    if (at < 0) break;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at + 1 + needle.length);
    label = next;
  }
  pieces.push(rest);
  return pieces;
}

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
 * Breaks one line into entries: at strong bullets anywhere, at a one-line numbered list,
 * and removes the leading bullet or number of each entry.
 * @example splitMarkers('• Draft plan • Consult staff') // ['Draft plan', 'Consult staff']
 * @example splitMarkers('1. Draft plan 2. Consult staff') // ['Draft plan', 'Consult staff']
 */
export function splitMarkers(line: string): string[] {
  const out: string[] = [];
  const parts = STRONG_SPLIT.test(line) ? line.split(STRONG_SPLIT) : [line];
  for (const part of parts) {
    const text = stripBullets(part);
    const marker = readNumbering(text);
    if (marker === null) {
      out.push(text);
      continue;
    }
    for (const piece of splitNumbered(text, marker)) out.push(stripBullets(piece));
  }
  return out;
}
