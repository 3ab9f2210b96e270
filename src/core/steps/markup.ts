import { BLOCK_NAMES, hasHtmlList, TAG_NAMES, untagList } from './htmlLists';

/*
 * HTML-like fragments pasted into cells from other tools (seed 004 carries <p>, <li>, <b>,
 * <a href="#"> and &amp;). Only known tag names are touched, so text such as "<5 days" or
 * "<insert date>" survives as written. Every pattern here is linear: `[^<>]*` stops at the
 * next angle bracket, so a cell full of stray "<" cannot make the scan quadratic.
 */

/** Tags that end a line of text where they stand. */
const BLOCK_TAG = new RegExp(`<\\s*\\/?\\s*(?:${BLOCK_NAMES})(?=[\\s/>])[^<>]*>`, 'gi');
const ANY_TAG = new RegExp(`<\\s*\\/?\\s*(?:${TAG_NAMES})(?=[\\s/>])[^<>]*>|<![^<>]*>`, 'gi');
const ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const HAS_ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const SPACES = /\s+/g;
/** Only text with something to collapse pays for the replace: most cells need none. */
const UNTIDY = /\s\s|[^\S ]|[\u200b-\u200d\u2060\ufeff\u00ad]/;

/** A Map, so names such as "&constructor;" cannot reach Object.prototype. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map(Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•',
  middot: '·', pound: '£', euro: '€', deg: '°', times: '×', copy: '©', reg: '®', trade: '™', shy: '',
}));

function decodeEntity(whole: string, body: string): string {
  if (body.charCodeAt(0) !== 35 /* # */) return NAMED_ENTITIES.get(body) ?? NAMED_ENTITIES.get(body.toLowerCase()) ?? whole;
  const hex = body[1] === 'x' || body[1] === 'X';
  const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : whole;
}

/**
 * Decodes named and numeric character references; unknown ones are left as written.
 * @example decodeEntities('Decide actions &amp; timescales') // 'Decide actions & timescales'
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(ENTITY, decodeEntity) : text;
}

/**
 * The tags of a cell removed, block tags becoming line breaks. Pasted cells nearly always hold
 * only bare `<p>`, `</p>`, `<b>` and `</b>`, which are replaced here in one pass, as the tag
 * patterns would replace them (the paragraph tags are block tags, the bold ones are not); any
 * other "<" sends the cell to the patterns.
 */
function untag(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', from)) {
    const tag = text.charCodeAt(at + 1) === 47 /* / */ ? at + 2 : at + 1;
    const name = text.charCodeAt(tag);
    if ((name !== 112 /* p */ && name !== 98) /* b */ || text.charCodeAt(tag + 1) !== 62 /* > */) {
      return hasHtmlList(text) ? untagList(text) : text.replace(BLOCK_TAG, '\n').replace(ANY_TAG, '');
    }
    out += name === 112 ? `${text.slice(from, at)}\n` : text.slice(from, at);
    from = tag + 2;
  }
  return out + text.slice(from);
}

/**
 * Excel's escapes for a carriage return, line feed and tab, left as text when a file is
 * written by a tool that escaped them twice (a cell then shows "Agree ToR_x000D_"): they
 * stand where the line breaks were, so they split as line breaks do.
 */
const EXCEL_ESCAPE = /_x00(0[da9]|5f)_/gi;
/** "_x005F_" is Excel's escaped underscore: "_x005F_x000D_" is the text "_x000D_", not a line break. */
const ESCAPED: Readonly<Record<string, string>> = { '0d': '\r', '0a': '\n', '09': '\t', '5f': '_' };

function unescapeExcel(text: string): string {
  return text.replace(EXCEL_ESCAPE, (_, code: string) => ESCAPED[code.toLowerCase()] ?? '');
}

/**
 * Turns block tags into line breaks and drops the other tags, keeping their text, then
 * decodes entities and Excel's escaped line breaks ("_x000D_"). Entities are decoded last so
 * "&lt;p&gt;" stays literal text.
 * @example markupToLines('<p>Completed</p> <p>On track</p>') // '\nCompleted\n \nOn track\n'
 * @example markupToLines('Done_x000D_\nOn track') // 'Done\r\nOn track'
 */
export function markupToLines(text: string): string {
  const untagged = text.includes('<') ? untag(text) : text;
  const escaped = text.includes('_x00') || text.includes('_X00');
  return decodeEntities(escaped ? unescapeExcel(untagged) : untagged);
}

/**
 * Plain text for an action or a single phrase: tags stripped (block tags become a space so
 * words on either side stay apart), entities decoded, whitespace collapsed, trimmed.
 * @example stripMarkup('<b>Update:</b> Deadlines adjusted') // 'Update: Deadlines adjusted'
 * @example stripMarkup('<p>Mid-March</p><p>End of March</p>') // 'Mid-March End of March'
 */
export function stripMarkup(text: string): string {
  return collapseSpaces(markupToLines(text));
}

/**
 * The text without zero-width spaces, joiners, byte-order marks and soft hyphens, which Excel
 * Online and Teams leave in pasted text: unseen, they would still stand between a line's
 * start and its number ("\u200b1. Draft ToR") or between a number and its step.
 * @example withoutInvisibles('\u200b1. Draft ToR') // '1. Draft ToR'
 */
export function withoutInvisibles(text: string): string {
  return HAS_ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH, '') : text;
}

/**
 * Collapses runs of whitespace (line breaks and no-break spaces included) to one space,
 * drops zero-width characters, and trims.
 * @example collapseSpaces('  Mid \u00a0 Nov\n') // 'Mid Nov'
 */
export function collapseSpaces(text: string): string {
  return UNTIDY.test(text) ? text.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim() : text.trim();
}
