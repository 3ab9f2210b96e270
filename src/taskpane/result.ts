import { counted } from '../core/cells';
import { formatUk } from '../core/dates';
import type { Report } from '../core/report';
import { FOCUS_ORDER, FOCUS_TINTS, focusWords, meetingName, type Swatch } from '../core/output';
import type { Focus, Meeting } from '../core/types';
import { allIssues, ratingCounts } from './model';

/*
 * What the Refresh view says a refresh did: how many actions it could rate, and what the row
 * colours on the sheet mean, in the words and colours the product writes there.
 */

/**
 * The refresh's result in one or two sentences. "Rated 5 actions" when none could be rated
 * reads as success, so an action left Not rated is counted and the user is sent to Data
 * quality, where the reason is, with the count the tab shows.
 * @example resultSentence(report) // 'Rated 3 actions as at 3 Nov 2022. 1 is Not rated: see Data quality (2).'
 */
export function resultSentence(report: Report): string {
  const read = report.trackers.reduce((n, t) => n + t.actions.length, 0);
  const unrated = ratingCounts(report).not_rated;
  const quality = `see Data quality (${allIssues(report).length})`;
  const when = formatUk(report.asOf);
  if (read > 0 && unrated === read) return `Read ${counted(read, 'action')} as at ${when}; none could be rated: ${quality}.`;
  const rated = `Rated ${counted(read, 'action')} as at ${when}.`;
  if (unrated === 0) return rated;
  return `${rated} ${unrated === 1 ? '1 is' : `${unrated} are`} Not rated: ${quality}.`;
}

/** One line of the row-colour key: the tint's swatch, its name and the Meeting focus words it stands for. */
export interface KeyLine {
  focus: Focus;
  swatch: Swatch;
  words: string;
}

/**
 * The row tints' key, in the order and words of the sheet's own legend (core/output): the rows
 * are tinted by Meeting focus while the RAG column holds the rating, so an Amber action on a
 * green row is right, and only a key says so.
 * @example rowKey({ date: '2022-12-15', name: 'ELG December 22' })[0]?.words // 'Update due at ELG December 22'
 */
export function rowKey(nextMeeting: Meeting | null): KeyLine[] {
  // Named as the refresh names it in the Meeting focus column, so the key's words match the cells.
  const name = nextMeeting === null ? null : meetingName(nextMeeting);
  return FOCUS_ORDER.map((focus) => ({ focus, swatch: FOCUS_TINTS[focus], words: focusWords(focus, name) }));
}
