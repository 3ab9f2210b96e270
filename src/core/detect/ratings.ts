import type { CellValue } from '../types';
import type { HeaderReading } from './columns';
import { isFlagHeader, normaliseHeader } from './headers';
import { latestUpdate, PERIOD } from './updates';

/*
 * A RAG per period ("Q1 RAG | Q2 RAG | Q3 RAG | Q4 RAG"), as an ICS delivery plan lays its year
 * out: the lead rates each milestone again every quarter, so the latest filled rating is the
 * lead's rating now. Read as one column each, the first quarter's "R" would outweigh a later "G";
 * left unread, a milestone the lead rates Red would show Green.
 */

/** A header's words once its periods and bare numbers are taken out ("Q2 RAG 2024/25" → "rag"). */
function withoutPeriods(norm: string): string {
  let rest = norm;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(PERIOD, ' ').trim();
  }
  return rest.split(' ').filter((w) => !/^\d+$/.test(w) && w !== 'fy').join(' ');
}

/**
 * True when a header names a period's rating: a period and a flag header (RAG, BRAG, RAG rating).
 * @example isPeriodRating('Q2 RAG') // true
 * @example isPeriodRating('Q2 commentary') // false
 */
export function isPeriodRating(header: string): boolean {
  const norm = normaliseHeader(header);
  return PERIOD.test(norm) && isFlagHeader(withoutPeriods(norm));
}

/**
 * The columns of a header row that each hold one period's rating, in sheet order, when there
 * are two or more (one alone is just the lead's RAG column).
 * @example periodRatings(['Milestone', 'Q1 RAG', 'Q2 RAG', 'Q1 commentary']) // [1, 2]
 */
export function periodRatings(texts: readonly string[]): number[] {
  const found = texts.flatMap((text, col) => (isPeriodRating(text) ? [col] : []));
  return found.length >= 2 ? found : [];
}

/**
 * A header reading with its period ratings (periodRatings) attached: the first of them stands
 * for all (a row's latest filled rating is copied into it, see latestRating), read beside the
 * status, or as the status when the sheet has no update column.
 * @example withRatings(readHeader(['Milestone', 'Lead']), [2, 3]).columns.status // 2
 */
export function withRatings(reading: HeaderReading, ratings: readonly number[]): HeaderReading {
  const first = ratings[0];
  if (first === undefined) return reading;
  if (reading.columns.status === undefined) return { ...reading, columns: { ...reading.columns, status: first }, roleCount: reading.roleCount + 1, ratings };
  return { ...reading, extraStatus: [...reading.extraStatus, first].sort((a, b) => a - b), ratings };
}

/**
 * A row with its latest filled period rating in the first rating column.
 * @example latestRating(['Open the UTC', 'G', 'A', null], [1, 2, 3]) // ['Open the UTC', 'A', 'A', null]
 */
export function latestRating(row: readonly CellValue[], ratings: readonly number[] | undefined): readonly CellValue[] {
  const first = ratings?.[0];
  return ratings === undefined || first === undefined ? row : latestUpdate(row, first, ratings);
}
