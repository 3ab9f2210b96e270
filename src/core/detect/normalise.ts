/*
 * Header text folded for comparing with the vocabulary's words.
 */

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * Header text reduced to comparable words: case, punctuation and plurals folded, "#" and
 * "%" kept as words because they are whole headers in real trackers.
 * @example normaliseHeader('Is the action on track/update') // 'is the action on track update'
 * @example normaliseHeader('% Complete') // 'percent complete'
 */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/%/g, ' percent ')
    .replace(/#/g, ' # ')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
    .map(singular)
    .join(' ');
}

/**
 * A header without a trailing hint in brackets, which says how to fill the column: "Completed
 * (Y/N)" is a "Completed" column.
 * @example withoutHint('Completed (Y/N)') // 'Completed'
 */
export function withoutHint(text: string): string {
  return text.replace(/\s*\([^()]*\)\s*$/, '');
}
