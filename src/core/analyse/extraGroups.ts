import type { SheetAction } from '../detect/rows';
import { textOf } from './cells';
import type { ExtraStatus } from './extraStatus';
import { worseOpen, type PartsReport, type PartTally } from './peers';

/** A sheet's peer groups: the columns of each (one per directorate or site). */
export type Groups = readonly (readonly number[])[];

/**
 * Adds what each peer group says (one column per directorate or site) to what the action's other
 * extra status columns said (`read`): the group holding the status column is the action's
 * `parts`; any other closes the action when every part has finished, and otherwise gives its worst
 * part's status as the lead's.
 * @example withGroups(read, raw, [[4, 5, 6]], tallies).parts // the tally of columns E–G, when E is the status column
 */
export function withGroups(read: ExtraStatus, raw: SheetAction, peers: Groups, tallies: readonly PartTally[]): ExtraStatus {
  let { closed, leadStatus, leadColour } = read;
  let parts: PartsReport | null = null;
  let redated = false;
  for (let g = 0; g < tallies.length; g++) {
    const tally = tallies[g];
    if (tally === undefined) continue;
    redated ||= tally.redated;
    if (peers[g]?.includes(raw.roles.status) === true) {
      tally.status(textOf(raw, raw.roles.status, raw.at(raw.roles.status), (s) => s));
      parts = tally;
    } else {
      const said = tally.said();
      if (said === 'complete') closed = true;
      else if (said !== null) [leadStatus, leadColour] = [worseOpen(leadStatus, said) ?? said, worseOpen(leadColour, said) ?? said];
    }
  }
  return { ...read, closed, leadStatus, leadColour, parts, redated };
}
