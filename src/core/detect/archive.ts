import { ARCHIVE_SHEET_WORDS, DIVIDER_ITEM_WORDS, DIVIDER_STATUS_WORDS } from '../vocabulary/columns';
import { normaliseHeader } from './normalise';

const ARCHIVE = new Set(ARCHIVE_SHEET_WORDS.map(normaliseHeader));

/**
 * True when a sheet's name or a section's heading marks its actions as finished and kept for
 * the record ("Closed actions", "Archive 2023-24"): rated with the live ones, they would swell
 * the summary's counts and progress.
 * @example namesArchive('Closed actions') // true
 * @example namesArchive('Action log') // false
 */
export function namesArchive(name: string): boolean {
  return normaliseHeader(name).split(' ').some((word) => ARCHIVE.has(word));
}

const DIVIDER_STATUS = DIVIDER_STATUS_WORDS.map(normaliseHeader);
const DIVIDER_ITEMS = new Set(DIVIDER_ITEM_WORDS.map(normaliseHeader));

/**
 * True when a heading row only names the status of the rows under it ("OPEN ACTIONS", "CLOSED
 * ACTIONS (retained for 12 months)"): it divides an action log, and is no theme its actions are
 * grouped by. Its brackets are a note on the section, not its name.
 * @example namesStatusOnly('CLOSED ACTIONS (retained for 12 months)') // true
 * @example namesStatusOnly('Open access clinics') // false
 */
export function namesStatusOnly(title: string): boolean {
  let rest = ` ${normaliseHeader(title.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '))} `;
  let named = false;
  for (const word of DIVIDER_STATUS) {
    if (!rest.includes(` ${word} `)) continue;
    named = true;
    rest = rest.split(` ${word} `).join('  ');
  }
  return named && rest.trim().split(/\s+/).every((w) => w === '' || DIVIDER_ITEMS.has(w) || /^\d+$/.test(w));
}
