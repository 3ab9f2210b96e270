import { cellText } from '../cells';
import { excelSerialToIso, isIsoDate, isoDate } from '../dates';
import { isRating, parseRatingWord } from '../rating/ratings';
import { monthOf } from '../timeframe/lexicon';
import { fullYear } from '../timeframe/years';
import type { CellValue, IsoDate, Rating, StatusClass } from '../types';
import { HISTORY_HEADERS } from './types';

/*
 * The RAG History sheet is the product's, but it lives in the user's workbook and people do
 * open it: they retype a date the UK way, capitalise a rating, delete or move a column. Each
 * cell is read as leniently as it can be without guessing, so those edits are repaired on the
 * next write instead of being thrown away with the row.
 */

const STATUS_CLASSES: readonly StatusClass[] = ['complete', 'on_track', 'at_risk', 'off_track', 'not_started', 'unknown'];
/** Serials of 1 Jan 2000 and 31 Dec 2100: a number outside them is not a date anyone meant (SPEC 9). */
const SERIALS = [36526, 73415] as const;

/**
 * A history date cell: an ISO date (a time after it ignored), an Excel date or serial, or a
 * date typed the UK way ("03/11/2022", "3 Nov 2022"). Null when it is none of these.
 * @example historyDate('3/11/22') // '2022-11-03'
 * @example historyDate('last week') // null
 */
export function historyDate(value: CellValue | undefined): IsoDate | null {
  if (typeof value === 'number') return value >= SERIALS[0] && value <= SERIALS[1] ? excelSerialToIso(value) : null;
  const text = cellText(value).trim();
  const iso = text.slice(0, 10);
  if (isIsoDate(iso) && (text.length === 10 || text[10] === 'T' || text[10] === ' ')) return iso;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (dmy) return isoDate(fullYear(dmy[3] ?? ''), Number(dmy[2]), Number(dmy[1]));
  // Month names as the time-frame reader knows them, so "Sept" reads here as it does there.
  const named = /^(\d{1,2})\s+([a-z]+\.?),?\s+(\d{4}|\d{2})$/i.exec(text);
  const month = named ? monthOf(named[2] ?? '') : null;
  return named && month !== null ? isoDate(fullYear(named[3] ?? ''), month, Number(named[1])) : null;
}

/**
 * A history rating cell: the stored code or the word the RAG column shows ("Not rated").
 * @example historyRating('Not rated') // 'not_rated'
 */
export function historyRating(value: CellValue | undefined): Rating | null {
  const text = cellText(value).trim();
  return isRating(text) ? text : parseRatingWord(text);
}

/**
 * A history status cell: the stored code, in any case, with spaces for underscores.
 * @example historyStatus('On track') // 'on_track'
 */
export function historyStatus(value: CellValue | undefined): StatusClass | null {
  const code = cellText(value).trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (STATUS_CLASSES as readonly string[]).includes(code) ? (code as StatusClass) : null;
}

function headerWord(value: CellValue | undefined): string {
  return cellText(value).toLowerCase().replace(/[^a-z]+/g, '');
}

/**
 * Where each history field is: by the header row when it still names at least three of
 * them (a column deleted or moved by hand), else the positions the product writes them at.
 * A header renamed beyond recognition is placed beside its neighbour; -1 when it is gone.
 * @example historyColumns(['As of', 'Sheet', 'Key', 'Rating', 'Status', 'Next due']) // [-1, 0, 1, 2, 3, 4, 5]
 */
export function historyColumns(header: readonly CellValue[] | undefined): number[] {
  const words = (header ?? []).map(headerWord);
  const found = HISTORY_HEADERS.map((h) => words.indexOf(headerWord(h)));
  if (found.filter((c) => c >= 0).length < 3) return HISTORY_HEADERS.map((_, i) => i);
  return found.map((c, i) => {
    if (c >= 0) return c;
    const before = found[i - 1] ?? -1;
    const after = found[i + 1] ?? -1;
    const guess = before >= 0 ? before + 1 : after > 0 ? after - 1 : -1;
    return found.includes(guess) ? -1 : guess;
  });
}
