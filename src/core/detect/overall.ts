import { OVERALL_STATUS_WORDS } from '../vocabulary/columns';
import type { HeaderReading } from './columns';
import { isFlagHeader, normaliseHeader } from './headers';
import { PERIOD } from './updates';

const OVERALL = new Set(OVERALL_STATUS_WORDS.map(normaliseHeader));

const firstWord = (norm: string): string => norm.split(' ', 1)[0] ?? '';
const lastWord = (norm: string): string => norm.slice(norm.lastIndexOf(' ') + 1);

/** A narrative update header with a qualifier before its status word ("Surgery update"), not a flag or a period's update. */
const qualified = (norm: string): boolean => norm.includes(' ') && !isFlagHeader(norm) && !PERIOD.test(norm);

/**
 * A header reading whose status is the whole action's update ("Overall position") when the
 * other update columns are one per part of the organisation ("Medicine update", "Surgery
 * update": two or more sharing their status word): those parts are left unread, since a
 * directorate's "Complete on all wards" would otherwise close an action another directorate has
 * not finished. Flags (a "Corporate RAG") are still read beside the status. `texts` are the header's cells.
 * @example overallStatus(readHeader(['Action', 'Due', 'Medicine update', 'Surgery update', 'Overall position']), ['Action', 'Due', 'Medicine update', 'Surgery update', 'Overall position']).columns.status // 4
 */
export function overallStatus(reading: HeaderReading, texts: readonly string[]): HeaderReading {
  const status = reading.columns.status;
  if (status === undefined || reading.extraStatus.length < 2) return reading;
  const cols = [status, ...reading.extraStatus];
  const norms = cols.map((c) => normaliseHeader(texts[c] ?? ''));
  const at = norms.findIndex((n) => qualified(n) && OVERALL.has(firstWord(n)));
  const overall = cols[at];
  if (overall === undefined) return reading;
  const parts = cols.filter((_, i) => {
    const norm = norms[i] ?? '';
    return i !== at && qualified(norm) && norms.some((other, j) => j !== i && j !== at && qualified(other) && lastWord(other) === lastWord(norm));
  });
  if (parts.length < 2) return reading;
  const extraStatus = cols.filter((c) => c !== overall && !parts.includes(c)).sort((a, b) => a - b);
  return { ...reading, columns: { ...reading.columns, status: overall }, extraStatus };
}
