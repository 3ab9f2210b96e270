/*
 * Words that say where or by whom a revision was agreed ("31/03/27 - extension agreed at Jan QSC",
 * "New date per Board"), lower case. The meeting or date after them is where the change was
 * agreed, not the new deadline; timeframe/agreed.ts builds its pattern from these once.
 */

/** Verbs of agreeing a change, written after a revision word ("extension approved by ELG"). */
export const AGREED_WORDS: readonly string[] = [
  'agreed',
  'approved',
  'signed off',
  'signed-off',
  'ratified',
  'granted',
  'endorsed',
  'confirmed',
  'authorised',
  'authorized',
  'sanctioned',
  'supported',
  'accepted',
];

/**
 * Words after an agreeing verb that introduce the meeting or date where it was agreed. "By" is
 * also a deadline word ("agreed by end of March"), so it counts only before a meeting (agreed.ts).
 * "To", "until" and "for" are left out: after them comes the new deadline ("extension agreed to Jun").
 */
export const AGREED_AT_WORDS: readonly string[] = ['at', 'by', 'in', 'via', 'through', 'with', 'per'];

/** Words that name where a change was agreed with no verb before them ("New date per Jan QSC"). */
export const AGREED_PER_WORDS: readonly string[] = ['per', 'as per', 'as agreed at', 'as agreed by'];

/** Words after the meeting that bring in the new deadline ("extension agreed at QSC to 31/03/27"). */
export const AGREED_DEADLINE_WORDS: readonly string[] = ['to', 'until', 'till'];
