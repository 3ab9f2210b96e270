import { columnIndex, columnLetter } from '../../core/cells';

/*
 * Moving an A1 formula as Excel does when it is copied: relative references move with the
 * cell, $-anchored parts stay. What is not a reference is copied as it is: text in quotes,
 * sheet names (quoted, or before "!"), function names (before "("), names, structured and
 * external references in brackets, error values and numbers.
 */

const LAST_COL = 16383;
const LAST_ROW = 1048576;

/** A character that continues a name, a reference or a number (names may hold any letter). */
const NAME_CHAR = /[\p{L}\p{N}_.\\$?]/u;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d+)$/;

/** The index just past a run of name characters starting at `at`. */
function tokenEnd(f: string, at: number): number {
  let end = at;
  while (end < f.length && NAME_CHAR.test(f[end] ?? '')) end++;
  return end;
}

/** The index just past text quoted by `quote` at `at` (a doubled quote stays inside); -1 when it never closes. */
function quotedEnd(f: string, at: number, quote: string): number {
  for (let i = at + 1; i < f.length; i++) {
    if (f[i] !== quote) continue;
    if (f[i + 1] === quote) i++;
    else return i + 1;
  }
  return -1;
}

/** The index just past brackets opened at `at`, nested as structured references nest ([[#This Row],[Cost]]); ' escapes. */
function bracketEnd(f: string, at: number): number {
  let depth = 0;
  for (let i = at; i < f.length; i++) {
    const ch = f[i];
    if (ch === "'") i++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i + 1;
  }
  return -1;
}

const ERROR = /#[A-Za-z0-9/_]+[!?]?/y;

/** The index just past an error value (#REF!, #N/A) at `at`, or past the # alone (a spill reference's). */
function errorEnd(f: string, at: number): number {
  ERROR.lastIndex = at;
  return ERROR.exec(f) ? ERROR.lastIndex : at + 1;
}

function moveCol(dollar: string, letters: string, by: number): string | null {
  const col = columnIndex(letters.toUpperCase());
  if (col === null) return null;
  const moved = dollar ? col : col + by;
  return moved < 0 || moved > LAST_COL ? null : `${dollar}${columnLetter(moved)}`;
}

function moveRow(dollar: string, digits: string, by: number): string | null {
  const row = Number(digits);
  const moved = dollar ? row : row + by;
  return row < 1 || moved < 1 || moved > LAST_ROW ? null : `${dollar}${moved}`;
}

/** One token moved, when it is a cell reference; undefined when it is not one. */
function moveCell(token: string, rows: number, cols: number): string | null | undefined {
  const m = CELL.exec(token);
  if (!m || columnIndex((m[2] ?? '').toUpperCase()) === null) return undefined;
  const col = moveCol(m[1] ?? '', m[2] ?? '', cols);
  const row = moveRow(m[3] ?? '', m[4] ?? '', rows);
  return col === null || row === null ? null : col + row;
}

/**
 * The formula as it reads `rows` rows down and `cols` columns right of where it is written
 * (a shared formula's text, at one of the cells that share it). Null when it cannot say for
 * certain: unclosed quotes or brackets, or a reference moved off the sheet (Excel's #REF!).
 * @example slideFormula('SUM($A2:B2)*Sheet2!C$1', 3, 1) // 'SUM($A5:C5)*Sheet2!D$1'
 */
export function slideFormula(formula: string, rows: number, cols: number): string | null {
  const out: string[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? '';
    let end: number;
    if (ch === '"' || ch === "'") end = quotedEnd(formula, i, ch);
    else if (ch === '[') end = bracketEnd(formula, i);
    else if (ch === '#') end = errorEnd(formula, i);
    else if (NAME_CHAR.test(ch)) end = tokenEnd(formula, i);
    else end = i + 1;
    if (end < 0) return null;
    const token = formula.slice(i, end);
    const moved = NAME_CHAR.test(ch) ? moveToken(formula, i, end, rows, cols) : { text: token, end };
    if (moved === null) return null;
    out.push(moved.text);
    i = moved.end;
  }
  return out.join('');
}

/**
 * A name-like token at [start, end) moved if it is a reference: a cell, or a whole-column or
 * whole-row range (A:C, 2:5), which needs the token after the colon too.
 */
function moveToken(f: string, start: number, end: number, rows: number, cols: number): { text: string; end: number } | null {
  const token = f.slice(start, end);
  const next = f[end];
  // A function, a sheet name, a table name: never moved.
  if (next === '(' || next === '!' || next === '[') return { text: token, end };
  if (next === ':') {
    const otherEnd = tokenEnd(f, end + 1);
    const other = f.slice(end + 1, otherEnd);
    // Sheet1:Sheet3!A1 names sheets, whatever they look like.
    if (f[otherEnd] === '!') return { text: f.slice(start, otherEnd), end: otherEnd };
    const [a, b] = [COLUMN.exec(token), COLUMN.exec(other)];
    if (a && b && f[otherEnd] !== '(') {
      const [from, to] = [moveCol(a[1] ?? '', a[2] ?? '', cols), moveCol(b[1] ?? '', b[2] ?? '', cols)];
      return from === null || to === null ? null : { text: `${from}:${to}`, end: otherEnd };
    }
    const [x, y] = [ROW.exec(token), ROW.exec(other)];
    if (x && y) {
      const [from, to] = [moveRow(x[1] ?? '', x[2] ?? '', rows), moveRow(y[1] ?? '', y[2] ?? '', rows)];
      return from === null || to === null ? null : { text: `${from}:${to}`, end: otherEnd };
    }
  }
  const cell = moveCell(token, rows, cols);
  if (cell === null) return null;
  return { text: cell ?? token, end };
}
