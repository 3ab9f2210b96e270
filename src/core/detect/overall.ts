import { OVERALL_STATUS_WORDS } from '../vocabulary/columns';
import type { HeaderReading } from './columns';
import { isFlagHeader, normaliseHeader } from './headers';
import { peerGroups } from './peers';
import { PERIOD } from './updates';

const OVERALL = new Set(OVERALL_STATUS_WORDS.map(normaliseHeader));

const firstWord = (norm: string): string => norm.split(' ', 1)[0] ?? '';

/** A narrative header naming the whole action's status ("Overall position"), not a flag ("Overall RAG") or a period's update. */
const isOverall = (norm: string): boolean => norm.includes(' ') && !isFlagHeader(norm) && !PERIOD.test(norm) && OVERALL.has(firstWord(norm));

/**
 * A header reading whose status is the whole action's update ("Overall position") when the
 * other update columns are one per part of the organisation (peerGroups: "Medicine update",
 * "Surgery update"): those parts are left unread, since a directorate's "Complete on all wards"
 * would otherwise close an action another directorate has not finished. Flags (a "Corporate RAG")
 * are still read beside the status. `texts` are the header's cells.
 * @example overallStatus(readHeader(['Action', 'Due', 'Medicine update', 'Surgery update', 'Overall position']), ['Action', 'Due', 'Medicine update', 'Surgery update', 'Overall position']).columns.status // 4
 */
export function overallStatus(reading: HeaderReading, texts: readonly string[]): HeaderReading {
  const status = reading.columns.status;
  if (status === undefined || reading.extraStatus.length < 2) return reading;
  const cols = [status, ...reading.extraStatus];
  const overall = cols.find((c) => isOverall(normaliseHeader(texts[c] ?? '')));
  if (overall === undefined) return reading;
  const parts = peerGroups(cols.filter((c) => c !== overall), texts).flat();
  if (parts.length < 2) return reading;
  const extraStatus = cols.filter((c) => c !== overall && !parts.includes(c)).sort((a, b) => a - b);
  return { ...reading, columns: { ...reading.columns, status: overall }, extraStatus };
}
