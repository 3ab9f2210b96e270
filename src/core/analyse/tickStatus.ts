import { cellText } from '../cells';
import type { SheetAction } from '../detect/rows';
import { parseRatingWord } from '../rating';
import type { StatusClass } from '../types';
import { TICKED_WORDS } from '../vocabulary/statusWords';
import type { TickColumn } from './flagColumns';
import type { Parsers } from './parsers';

/*
 * Task tools (Smartsheet, Planner) export a lead's flags as tick boxes ("At Risk" TRUE, "Late"
 * TRUE) and tags ("Labels": "Blocked;Comms"), beside a status that often still says "Green" or
 * "In progress". A board paper rating such an action Green hides the one thing the lead flagged, so
 * the flag is read beside the status, as a lead's colour is: it can only make the action worse.
 */

const TICKED: ReadonlySet<string> = new Set(TICKED_WORDS);

/** Labels in one cell: Planner joins them with ";", other tools with ",". */
const LABEL_BREAK = /[;,]/;

/** The worse of two risks (a tick or label only ever says at risk or off track). */
const worse = (a: StatusClass | undefined, b: StatusClass): StatusClass => (a === 'off_track' || b === 'off_track' ? 'off_track' : b);

/** The risk a label names, or null: a colour label ("Red") is the tag's colour, and a tag saying done or on track flags nothing. */
function labelRisk(label: string, parsers: Parsers): StatusClass | null {
  if (label === '' || parseRatingWord(label) !== null) return null;
  const status = parsers.status(label).status;
  return status === 'at_risk' || status === 'off_track' ? status : null;
}

/**
 * What an action's tick and label columns flag (FlagColumns.ticks): the worst status a ticked box
 * (its column's `ticked`) or a label naming a risk gives, or undefined when nothing is flagged. An
 * unticked box ("FALSE") says nothing. Only the action's last entry in each column counts.
 * @example tickStatus(raw, [{ col: 9, ticked: 'at_risk' }], parsers) // 'at_risk' where J holds TRUE
 * @example tickStatus(raw, [{ col: 16, ticked: null }], parsers) // 'off_track' where Q holds "Blocked"
 */
export function tickStatus(raw: SheetAction, ticks: readonly TickColumn[], parsers: Parsers): StatusClass | undefined {
  let flagged: StatusClass | undefined;
  for (const { col, ticked } of ticks) {
    const cells = raw.cellsAt(col);
    const text = cellText(cells?.[cells.length - 1]?.value).trim();
    if (text === '') continue;
    if (ticked !== null) {
      if (TICKED.has(text.toLowerCase())) flagged = worse(flagged, ticked);
      continue;
    }
    for (const label of text.split(LABEL_BREAK)) {
      const risk = labelRisk(label.trim(), parsers);
      if (risk !== null) flagged = worse(flagged, risk);
    }
  }
  return flagged;
}
