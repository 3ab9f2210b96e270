import { STATUS_PREFIXES } from '../vocabulary/statusWords';

/* The labels trackers put in front of a status entry ("Update 3 Nov:", "NEW ACTION:"), which say nothing of its status. */

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** "Update:", "Update 3 Nov:", "Update (Nov 22):", "Progress - …", "NEW ACTION:". */
const PREFIX = new RegExp(
  `^(?:${STATUS_PREFIXES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b` +
    `(?:\\s*\\([^()]{0,24}\\)|\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:${MONTH})\\.?)?(?:\\s+\\d{2,4})?|` +
    `\\s+(?:${MONTH})\\.?(?:\\s+\\d{2,4})?|\\s+\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?)?\\s*(?::|[-–—](?=\\s))\\s*`,
  'i',
);
/**
 * Removes the labels in front of an entry, twice at most ("Update: NEW ACTION: …").
 * @example stripStatusPrefix('Update: Deadlines adjusted') // 'Deadlines adjusted'
 */
export function stripStatusPrefix(entry: string): string {
  let text = entry;
  for (let i = 0; i < 2; i += 1) {
    const m = PREFIX.exec(text);
    if (m === null) break;
    text = text.slice(m[0].length);
  }
  return text;
}
