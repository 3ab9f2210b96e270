import type { Tracker } from '../types';

/*
 * Table One's first columns hold the tracker's groups, and a plan grouped by PCN, Directorate or
 * Portfolio calls them that: headed "Objective" they puzzled readers who know their plan's own
 * words. Groups read from heading rows have no header of their own, so keep the default words.
 */

/** The tracker's own headers for its groups (null where Table One keeps its default words). */
export interface GroupHeaders {
  objective: string | null;
  ambition: string | null;
}

function ownHeader(tracker: Tracker, role: 'objective' | 'ambition'): string | null {
  const col = tracker.columns[role];
  const header = col === undefined ? '' : (tracker.headers[col] ?? '').replace(/\s+/g, ' ').trim();
  return header === '' ? null : header;
}

/** The header every tracker gives, or null when one has none (groups from heading rows) or they differ. */
function shared(trackers: readonly Tracker[], role: 'objective' | 'ambition'): string | null {
  const headers = trackers.map((t) => ownHeader(t, role));
  const first = headers[0] ?? null;
  return first !== null && headers.every((h) => h === first) ? first : null;
}

/**
 * The headers of Table One's group columns: each the header of the column the groups were read
 * from, when every tracker in the summary heads it the same; else null (the default words).
 * @example groupHeaders([pcarpTracker]) // { objective: 'PCN', ambition: null }
 */
export function groupHeaders(trackers: readonly Tracker[]): GroupHeaders {
  return { objective: shared(trackers, 'objective'), ambition: shared(trackers, 'ambition') };
}
