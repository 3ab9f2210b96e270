import type { StatusClass } from '../types';
import { BUT_NOT_DONE_ANYWAY, BUT_NOT_FORMALITIES, FALL_VERBS } from '../vocabulary/statusReversal';
import { phraseAlternation } from './alternation';

/*
 * A completion undone later in its sentence (SPEC 4): "Achieved but not sustained", "Target achieved in March but
 * not sustained in April", "Achieved YE target, then dropped in April". A level reached once and lost is at risk.
 * Only the sentence after the completion word is read, so "not only … but" and "Complete, not required any more"
 * (no "but not") stay as they were.
 */

/** How far after the completion word the reversal may stand: one clause's worth. */
const REACH = 60;
const BUT_NOT = /^[^.;!?\n\r\u2028•]*?\bbut\s+(?:has\s+|have\s+|was\s+|were\s+|is\s+|are\s+)?not\s+(yet\s+)?(?:been\s+|be\s+)?/i;
const DONE_ANYWAY = new RegExp(`^(?:${phraseAlternation(BUT_NOT_DONE_ANYWAY)})(?![\\p{L}])`, 'iu');
const FORMALITY = new RegExp(`^(?:(?:the|formal|final|fully)\\s+)?(?:${phraseAlternation(BUT_NOT_FORMALITIES)})(?![\\p{L}])`, 'iu');
const THEN_FELL = new RegExp(`^[^.;!?\\n\\r\\u2028•]*?\\b(?:and\\s+)?(?:then|since|subsequently|but\\s+(?:then|has|have)?)\\s+(?:has\\s+|have\\s+)?(?:${phraseAlternation(FALL_VERBS)})(?![\\p{L}])`, 'iu');

/**
 * The class a completion ending at `end` takes when its sentence goes on to undo it: at_risk for "but not …" or
 * "then dropped", on_track when what is not done is only a formality ("but not yet signed off"); null otherwise,
 * and for "but not yet …", which is more to do, not a reversal.
 * @example reversedAfter('Achieved but not sustained', 8) // 'at_risk'
 * @example reversedAfter('Achieved YE target, then dropped in April', 8) // 'at_risk'
 * @example reversedAfter('Complete but not yet signed off', 8) // 'on_track'
 * @example reversedAfter('Delivered, but not without difficulty', 9) // null
 */
export function reversedAfter(text: string, end: number): StatusClass | null {
  const after = text.slice(end, end + REACH);
  const but = BUT_NOT.exec(after);
  if (but !== null) {
    const rest = after.slice(but[0].length);
    if (DONE_ANYWAY.test(rest)) return null;
    if (FORMALITY.test(rest)) return 'on_track';
    // "Implemented but not yet embedded" is work still to come, read as the rest of the entry reads it.
    return but[1] === undefined ? 'at_risk' : null;
  }
  return THEN_FELL.test(after) ? 'at_risk' : null;
}
