import { normaliseHeader } from '../detect/normalise';
import { isFlagHeader } from '../detect/synonyms';
import { ROLE_SYNONYMS } from '../vocabulary/columns';

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

/** True when a folded header holds one of the narrative header words, as whole words. */
function namesUpdate(norm: string): boolean {
  const padded = ` ${norm} `;
  return UPDATE_WORDS.some((w) => padded.includes(` ${w} `));
}

/**
 * The columns of `extra` (the status-like columns read beside the status column) whose header,
 * in `labels` (the header row's texts by column), names an explicit status rather than an update.
 * Worked out once per sheet.
 * @example flagColumns([4, 5], ['Ref', 'Action', 'Lead', 'Due', 'Status', 'Previous update']) // [4]
 * @example flagColumns([5], ['Ref', 'Action', 'Lead', 'Due', 'Update', 'Open/Closed']) // [5]
 */
export function flagColumns(extra: readonly number[], labels: readonly string[]): readonly number[] {
  return extra.filter((col) => {
    const norm = normaliseHeader(labels[col] ?? '');
    return isFlagHeader(norm) || (` ${norm} `.includes(` ${STATUS} `) && !namesUpdate(norm));
  });
}
