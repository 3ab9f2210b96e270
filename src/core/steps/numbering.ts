import { STEP_NUMBER_WORDS } from '../vocabulary/steps';

/*
 * Numbering at the start of an entry. A marker must be followed by a space (or, for "1." and
 * "1)", directly by a capital), so "1.5 FTE", "e.g. …" and "-5%" are never taken for list
 * markers. Roman numerals are lower case only, and a capital letter is a marker only before a
 * bracket ("A) Agree ToR"): "A. N. Other to lead" keeps its initial.
 */

/** Step-numbering words ("Step 1:") in either case, spelled out so patterns need no 'i' flag. */
export const STEP_NUMBER_WORDS_PATTERN = STEP_NUMBER_WORDS.map((w) =>
  w.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, '\\s+'),
).join('|');

/*
 * One pattern, so a line is matched once, for three ways of writing a number:
 * "1." "1)" "(1)" "a." "a)" "A)" "ii)" followed by text (a lone "g." is a RAG letter; a capital
 * takes a bracket, as "A." may be an initial);
 * "1: Agree SOP" and "1 - Complete", where the word after keeps "15 - 20 staff" and "10:30" whole;
 * and "Step 1:", "Action 2 -", "Task 3." before the step itself.
 */
const NUMBERING = new RegExp(
  '^(?:(\\()?(\\d{1,2}|[ivx]{1,4}|[a-z]|[A-Z](?=\\)))([.)])(?:\\s+(?=\\S)|(?<=\\d[.)])(?=\\p{Lu}))' +
    '|(\\d{1,2})(:(?=\\s+\\p{L})|\\s+[-–—](?=\\s+\\p{Lu}))\\s+' +
    `|((?:${STEP_NUMBER_WORDS_PATTERN})\\s*)(\\d{1,2})(\\s*[:.)]|\\s+[-–—])\\s+(?=\\S))`,
  'u',
);

/** A line numbered with a figure ("1.", "(2)", "Step 3:"), not a letter or a numeral ("a)", "ii."). */
const FIGURE_FIRST = new RegExp(`^[\\s(]*(?:(?:${STEP_NUMBER_WORDS_PATTERN})\\s*)?\\d`);

/**
 * Whether a numbered line counts with figures. A list numbered one way holds indented
 * sub-items numbered the other way ("1. Agree ToR\n  a) draft\n  b) consult\n2. Recruit chair").
 * @example numberedWithFigures('(2) Train staff') // true
 * @example numberedWithFigures('  b) consult') // false
 */
export function numberedWithFigures(line: string): boolean {
  return FIGURE_FIRST.test(line);
}

const SPACE_FIRST = /^\s/;
const CAPITAL_FIRST = /^\p{Lu}/u;

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

/** A marker as written: the text before its label ("(", "Step "), the label, and the text after (")", " -"). */
export interface Marker {
  length: number;
  label: string;
  open: string;
  close: string;
}

/**
 * The numbering that starts `text`, or null when it starts with none.
 * @example readNumbering('(2) Train staff') // { length: 4, label: '2', open: '(', close: ')' }
 * @example readNumbering('Step 1: Agree SOP') // { length: 8, label: '1', open: 'Step ', close: ':' }
 * @example readNumbering('1.5 FTE recruited') // null
 */
export function readNumbering(text: string): Marker | null {
  const m = NUMBERING.exec(text);
  if (m === null) return null;
  const open = m[1] ?? m[6] ?? '';
  const close = m[3] ?? m[5] ?? m[8] ?? '';
  if (open === '(' && close !== ')') return null;
  return { length: m[0].length, label: m[2] ?? m[4] ?? m[7] ?? '', open, close };
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
  return /^[a-yA-Y]$/.test(label) ? String.fromCharCode(label.charCodeAt(0) + 1) : null;
}

/** Whether the text after a marker's needle lets it be one: a space, the end, or a capital after "2." or "2)". */
function endsMarker(after: string, series: Series, close: string): boolean {
  if (after === '' || SPACE_FIRST.test(after)) return true;
  return series === 'number' && (close === '.' || close === ')') && CAPITAL_FIRST.test(after);
}

/**
 * Splits a numbered list written on one line ("1. Draft plan 2. Consult staff") at the next
 * markers of the same series, written the same way, and only when the line itself starts
 * with a marker, so a stray "2." inside ordinary prose never splits it.
 * @example splitNumbered('1.Draft plan 2.Consult staff', readNumbering('1.Draft plan')!) // ['Draft plan ', 'Consult staff']
 */
export function splitNumbered(line: string, first: Marker): string[] {
  const pieces: string[] = [];
  let rest = line.slice(first.length);
  let label = first.label;
  const series = seriesOf(label);
  for (let guard = 0; guard < 100; guard += 1) {
    const next = nextLabel(label, series);
    if (next === null) break;
    const needle = ` ${first.open}${next}${first.close}`;
    let at = rest.indexOf(needle);
    while (at >= 0 && !endsMarker(rest.slice(at + needle.length, at + needle.length + 1), series, first.close)) {
      at = rest.indexOf(needle, at + 1);
    }
    if (at < 0) break;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at + needle.length);
    label = next;
  }
  pieces.push(rest);
  return pieces;
}
