/*
 * A list pasted from Word, Teams or SharePoint comes as <ul>/<ol> markup, its sub-items as a
 * list inside an item: "<li>Draft ToR<ul><li>circulate to members</li></ul></li>". Typed as
 * text, the same list is "1. Draft ToR\n  a) circulate to members", and a sub-item there is
 * part of its step (ListLines reads a bulleted line under a numbered item as carrying it on,
 * joined with "; "). The markup says the same more plainly, so it is read the same way: an
 * item's sub-items, and the lines inside it (<br>, <p>, <div>), are that item.
 */

/** Tag names that are read; anything else in angle brackets ("<5 days") is text. */
export const TAG_NAMES =
  'a|abbr|b|big|blockquote|body|br|caption|center|cite|code|col|colgroup|dd|del|div|dl|dt|em|font|' +
  'h[1-6]|head|hr|html|i|img|ins|kbd|label|li|mark|ol|p|pre|q|s|small|span|strike|strong|sub|sup|' +
  'table|tbody|td|tfoot|th|thead|tr|tt|u|ul|[a-z]+:[a-z]+';

/** Tags that end a line of text where they stand. */
export const BLOCK_NAMES = 'p|li|br|div|ul|ol|tr|td|th|h[1-6]|blockquote|table|hr|pre';

const TAG = new RegExp(`<\\s*(\\/?)\\s*(${TAG_NAMES})(?=[\\s/>])[^<>]*>|<![^<>]*>`, 'gi');
const BLOCK = new RegExp(`^(?:${BLOCK_NAMES})$`, 'i');
const LIST = /^[uo]l$/i;
const ITEM = /<\s*li(?=[\s/>])/gi;
const LINE_BREAKS = /[\r\n\u2028\u2029\u0085\v\f]+/g;
const BLANK = /^\s*$/;

/**
 * Whether a cell holds a list of two items or more: with one, there is no list to go by, and
 * its lines are read as any lines are.
 * @example hasHtmlList('<ul><li>Draft ToR</li><li>Recruit chair</li></ul>') // true
 */
export function hasHtmlList(text: string): boolean {
  ITEM.lastIndex = 0;
  return ITEM.test(text) && ITEM.test(text);
}

/**
 * The tags of a cell holding a list removed: each item of the outer list on a line of its
 * own, with its sub-items joined to it by "; " and its inner lines by a space. Outside a list,
 * block tags end lines and other tags are dropped, as everywhere else; line breaks typed
 * inside an item are only the layout of the markup.
 * @example untagList('<ul><li>Draft ToR<ul><li>circulate</li><li>agree at ELT</li></ul></li><li>Recruit chair</li></ul>')
 * // '\nDraft ToR; circulate; agree at ELT\nRecruit chair\n'
 */
export function untagList(text: string): string {
  const out: string[] = [];
  let from = 0;
  let depth = 0;
  let itemHasText = false;
  let owed = '';
  for (const m of text.matchAll(TAG)) {
    const chunk = text.slice(from, m.index);
    from = m.index + m[0].length;
    if (depth === 0) out.push(chunk);
    else if (!BLANK.test(chunk)) {
      // The markup's own layout ("Draft ToR\n  <ul>") leaves spaces before a sub-item's "; ".
      if (itemHasText && owed !== '') out.push(`${(out.pop() ?? '').trimEnd()}${owed}`);
      out.push(chunk.replace(LINE_BREAKS, ' '));
      itemHasText = true;
      owed = '';
    }
    const name = m[2];
    if (name === undefined || !BLOCK.test(name)) continue;
    const list = LIST.test(name);
    const item = !list && name.toLowerCase() === 'li';
    if (list) depth = Math.max(0, depth + (m[1] === '/' ? -1 : 1));
    if (depth === 0 || (depth === 1 && item)) {
      out.push('\n');
      itemHasText = false;
      owed = '';
    } else if (list || item) owed = '; ';
    else if (owed === '') owed = ' ';
  }
  out.push(text.slice(from));
  return out.join('');
}
