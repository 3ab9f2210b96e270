import { ASSURANCE_HEADER_WORDS, ASSURED_DELIVERY_WORDS } from '../vocabulary/columns';
import type { HeaderReading } from './reading';
import { normaliseHeader } from './normalise';

const ASSURANCE = new Set(ASSURANCE_HEADER_WORDS.map((w) => normaliseHeader(w)));
const DELIVERY = new Set(ASSURED_DELIVERY_WORDS.map((w) => normaliseHeader(w)));

/**
 * True when a header names the assurance of an action's evidence ("Assurance RAG", "Evidence of
 * completion") and not its delivery ("Delivery RAG", "Progress and evidence").
 * @example namesAssurance('Assurance RAG') // true
 * @example namesAssurance('Delivery RAG') // false
 */
export function namesAssurance(header: string): boolean {
  const words = normaliseHeader(header).split(' ');
  return words.some((w) => ASSURANCE.has(w)) && !words.some((w) => DELIVERY.has(w));
}

/**
 * The columns of a header row, in `labels`, that rate or give the evidence an action was done
 * (namesAssurance), read beside the status or left unread: a well-led or CQC plan's "Delivery RAG |
 * Assurance RAG" rates the work and the evidence for it apart, so the assurance is not the lead's
 * status (extraStatus skips it) but checked against a Complete rating (assuranceGap). Columns with
 * a role, or the product's own, are not. Undefined when there are none, as on most sheets.
 * @example assuranceColumns(readHeader(['Action', 'Update', 'Delivery RAG', 'Assurance RAG']), ['Action', 'Update', 'Delivery RAG', 'Assurance RAG']) // [3]
 */
export function assuranceColumns(reading: HeaderReading, labels: readonly string[]): number[] | undefined {
  const taken = new Set<number>([...Object.values(reading.columns), ...Object.values(reading.outputs)]);
  const found = labels.flatMap((label, col) => (!taken.has(col) && namesAssurance(label) ? [col] : []));
  return found.length === 0 ? undefined : found;
}
