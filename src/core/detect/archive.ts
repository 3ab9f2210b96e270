import { ARCHIVE_SHEET_WORDS } from '../vocabulary/columns';
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
