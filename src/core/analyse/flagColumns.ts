import { normaliseHeader } from '../detect/normalise';
import { isFlagHeader } from '../detect/synonyms';
import { PERIOD } from '../detect/updates';
import { COMPLIANCE_HEADERS, ROLE_SYNONYMS } from '../vocabulary/columns';
import type { StatusClass } from '../types';
import { BLUE_SCALE_HEADER_WORDS, LABEL_HEADERS, TICK_HEADERS } from '../vocabulary/statusWords';

/*
 * Which status-like columns read beside the status column are the lead's explicit status: a
 * flag header (Open/Closed, Complete?, RAG status) or one named a status ("Status", "Action
 * status"). Only such a column's "On track" or "Open" can hold open an action whose update reads
 * complete (heldStatus). An update column ("Previous update", "Comments") is not one: an earlier
 * update's "On track" is what the latest update has since moved on from.
 */

/** "Status" as headers are folded (normaliseHeader drops a plural's "s", and so this one's). */
const STATUS = normaliseHeader('status');

/** The status role's narrative header words ("update", "comment", "current position"), folded as headers are. */
const UPDATE_WORDS: readonly string[] = ROLE_SYNONYMS.status.map(normaliseHeader).filter((w) => w !== STATUS && !isFlagHeader(w));

/** A tick column and what a tick there says, or a labels column (`ticked` null), whose labels are read as statuses. */
export interface TickColumn {
  col: number;
  ticked: StatusClass | null;
}

/** A sheet's explicit status columns, with what its header row says of its other flags: worked out once per sheet, handed to each action's extraStatus. */
export interface StatusFlags {
  /** The explicit status columns (flagColumns). */
  readonly cols: readonly number[];
  /** Tick and label columns of a task tool's export ("At Risk", "Late", "Labels"), read beside the status by tickStatus. */
  readonly ticks: readonly TickColumn[];
  /** True when an explicit status column's header names a scale with Blue for complete ("BRAG"): a colour there says open. */
  readonly blueScale: boolean;
  /** Compliance-level columns (namesComplianceLevel), read only for a closure, by those whose header names no period (`closes`). */
  readonly levels: readonly ComplianceLevel[];
}

/** A compliance-level column beside the status, and whether its "Fully compliant" may close the action. */
export interface ComplianceLevel {
  col: number;
  closes: boolean;
}

/** What a sheet with no explicit status, tick, label or compliance columns has: one object for them all. */
export const NO_FLAGS: StatusFlags = { cols: [], ticks: [], blueScale: false, levels: [] };

/** True when a folded header holds one of `words` as whole words. */
const holds = (norm: string, words: readonly string[]): boolean => words.some((w) => ` ${norm} `.includes(` ${w} `));

const LEVEL_WORDS: readonly string[] = COMPLIANCE_HEADERS.map(normaliseHeader);
const EVIDENCE = [normaliseHeader('evidence')];

/** Words that make a compliance column an assessment made at a point: the plan's baseline. */
const ASSESSED = ['self assessed', 'self assessment', 'assessed', 'assessment', 'baseline'].map(normaliseHeader);

/**
 * True when a header names a compliance level assessed at a point ("Self-assessed compliance
 * 2026", "2025 compliance", "Baseline compliance"): the standard's position when the plan was
 * made, which is why an improvement plan's action exists, not how its delivery is going, so its
 * "Partially compliant" rates nothing worse. A current "Compliance" or "Compliant (Y/N/Partial)"
 * column is the lead's judgement against the standard, read as any status column is.
 * @example namesComplianceLevel('Self-assessed compliance 2026') // true
 * @example namesComplianceLevel('Compliant (Y/N/Partial)') // false
 * @example namesComplianceLevel('Evidence of compliance') // false
 */
export function namesComplianceLevel(header: string): boolean {
  const norm = normaliseHeader(header);
  return holds(norm, LEVEL_WORDS) && !holds(norm, EVIDENCE) && (PERIOD.test(norm) || holds(norm, ASSESSED));
}

/**
 * True when a compliance level's "Fully compliant" may close the action: its header names no
 * period. A year's level ("2025 compliance") is where the standard stood then, and the latest
 * filled of a run of them may be last year's.
 * @example levelCloses('Compliance') // true
 * @example levelCloses('2025 compliance') // false
 */
export function levelCloses(header: string): boolean {
  return !PERIOD.test(normaliseHeader(header));
}

/** The compliance-level columns among `extra` (namesComplianceLevel). */
function complianceLevels(extra: readonly number[], labels: readonly string[]): ComplianceLevel[] {
  return extra.filter((col) => namesComplianceLevel(labels[col] ?? '')).map((col) => ({ col, closes: levelCloses(labels[col] ?? '') }));
}

/**
 * The columns of `extra` (the status-like columns read beside the status column) whose header,
 * in `labels` (the header row's texts by column), names an explicit status rather than an update.
 * @example flagColumns([4, 5], ['Ref', 'Action', 'Lead', 'Due', 'Status', 'Previous update']) // [4]
 * @example flagColumns([5], ['Ref', 'Action', 'Lead', 'Due', 'Update', 'Open/Closed']) // [5]
 */
export function flagColumns(extra: readonly number[], labels: readonly string[]): readonly number[] {
  return extra.filter((col) => {
    const norm = normaliseHeader(labels[col] ?? '');
    return isFlagHeader(norm) || (holds(norm, [STATUS]) && !holds(norm, UPDATE_WORDS));
  });
}

/**
 * The explicit status columns of `extra` (flagColumns), with the header row's tick and label
 * columns (`ticks`), which no role reads, whether those status columns rate on a scale with
 * Blue (`blueScale`), and which of `extra` give a compliance level (`levels`). Worked out once per sheet.
 * @example statusFlags([3], ['Action', 'Due', 'Comments', 'BRAG', 'At Risk']) // { cols: [3], ticks: [{ col: 4, ticked: 'at_risk' }], blueScale: true, levels: [] }
 */
export function statusFlags(extra: readonly number[], labels: readonly string[]): StatusFlags {
  const cols = flagColumns(extra, labels);
  const ticks: TickColumn[] = [];
  labels.forEach((label, col) => {
    const norm = normaliseHeader(label);
    const ticked = Object.prototype.hasOwnProperty.call(TICK_HEADERS, norm) ? (TICK_HEADERS[norm] ?? null) : null;
    if (ticked !== null || LABEL_HEADERS.includes(norm)) ticks.push({ col, ticked });
  });
  const blueScale = cols.some((col) => holds(normaliseHeader(labels[col] ?? ''), BLUE_SCALE_HEADER_WORDS));
  const levels = complianceLevels(extra, labels);
  return ticks.length === 0 && !blueScale && levels.length === 0 ? { ...NO_FLAGS, cols } : { cols, ticks, blueScale, levels };
}
