import { respell } from './spelling';

/*
 * Cells arrive with pasted HTML, non-breaking spaces, en dashes and bullets. Reading them once
 * into a plain, lower-case, single-spaced string lets every pattern stay simple. Only the start
 * of a cell is read: a time frame is short, and a 32,767-character cell must cost no more than
 * a short one.
 */

/** Characters of raw text looked at; enough for a phrase wrapped in a few tags. */
const RAW_LIMIT = 1000;
/** Characters of normalised text a time frame may span. */
export const TEXT_LIMIT = 200;

const TAG = /<\/?[a-z][^<>]*>/gi;
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;
/** Dashes of every width, read as a hyphen: a label's or a range's separator is typed with any of them. */
export const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const QUOTES = /[\u2018\u2019\u201b\u2032]/g;
// eslint-disable-next-line no-control-regex -- pasted cells carry control characters; they read as spaces.
const SPACES = /[\s\u0000-\u001f\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2060\u3000\ufeff]+/g;
/** Most cells are already plain: lower-case words, digits and light punctuation, single-spaced. */
const NEEDS_CLEANING = /[^a-z0-9 ,./()':;&-]| {2}|^[ \-o']|[ ]$/;
const BULLETS = /^(?:[-•▪◦·*>]+|o(?= ))\s*/;
/** Excel's mark for "keep this as text" ("'Mar 25"), left in by some exports. */
const TEXT_MARK = /^'(?=\S)/;
/** Underscores between numbers part a date written for a file name ("31_03_2025"). */
const UNDERSCORE_DATE = /(?<=\d)_(?=\d)/g;
/** A date typed with spaces round its slashes ("31 / 03 / 2025"); a spaced slash between two whole dates stays. */
/** "CY2027", "CY 2027": a calendar year written as trackers abbreviate it beside "FY". */
const CALENDAR_YEAR = /(?<![a-z0-9])cy\s?(20\d{2})(?![0-9])/g;
const SPACED_DATE = /(?<![\d/.])(\d{1,2}) ?\/ ?(\d{1,2}) ?\/ ?(\d{4}|\d{2})(?![\d/]|\.\d)/g;

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  nbsp: ' ',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '-',
  mdash: '-',
  hellip: '...',
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  bull: ' ',
  middot: ' ',
  minus: '-',
  pound: '£',
};

function decodeEntity(whole: string, body: string): string {
  if (body.charCodeAt(0) !== 35) return NAMED[body.toLowerCase()] ?? whole;
  const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
  const code = hex ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  // Lone surrogates and out-of-range code points would make fromCodePoint throw.
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return ' ';
  return String.fromCodePoint(code);
}

/** The normalised start of a cell, and whether the cell went on past what was read. */
export interface Normalised {
  text: string;
  truncated: boolean;
}

/**
 * Strips tags, decodes entities, lower-cases, turns dashes into "-" and every run of space or
 * control characters into one space, drops a leading bullet or Excel text mark, closes up a date
 * typed with spaced slashes and puts long month names typed wrong right (see spelling.ts).
 * @example normalise('<b>End&nbsp;of Nov&nbsp;22</b>').text // 'end of nov 22'
 * @example normalise('May meeting– dependant').text // 'may meeting- dependant'
 * @example normalise("'31_03_2025").text // '31/03/2025'
 * @example normalise('31 / 03 / 2025').text // '31/03/2025'
 * @example normalise('Decemeber 2024').text // 'december 2024'
 * @example normalise('By end of CY2027').text // 'by end of calendar year 2027'
 */
export function normalise(raw: string): Normalised {
  let s = raw.length > RAW_LIMIT ? raw.slice(0, RAW_LIMIT) : raw;
  if (s.indexOf('<') >= 0) s = s.replace(TAG, ' ');
  if (s.indexOf('&') >= 0) s = s.replace(ENTITY, decodeEntity);
  s = s.toLowerCase();
  if (NEEDS_CLEANING.test(s))
    s = s
      .replace(DASHES, '-')
      .replace(QUOTES, "'")
      .replace(SPACES, ' ')
      .replace(UNDERSCORE_DATE, '/')
      .trim()
      .replace(BULLETS, '')
      .replace(TEXT_MARK, '');
  if (s.indexOf(' /') >= 0 || s.indexOf('/ ') >= 0) s = s.replace(SPACED_DATE, '$1/$2/$3');
  // "CY2027": a calendar year, so read as "calendar year 2027" is, never as a code.
  if (s.indexOf('cy') >= 0) s = s.replace(CALENDAR_YEAR, 'calendar year $1');
  const truncated = raw.length > RAW_LIMIT || s.length > TEXT_LIMIT;
  return { text: respell(s.length > TEXT_LIMIT ? s.slice(0, TEXT_LIMIT) : s), truncated };
}
