/*
 * How partners' own names for one objective differ, as data: the words set aside when matching
 * objectives across the workbooks of a roll-up (summary/objective-key.ts). Kept short on purpose:
 * a word that could change what an objective is about (increasing, children, inclusion) is never
 * set aside.
 */

/** Labels a tracker puts before an objective's name ("Strategic objective:", "Priority 2 –"). */
export const OBJECTIVE_LABELS = ['objective', 'priority', 'ambition', 'aim', 'goal', 'theme', 'workstream', 'programme'];

/** Words a label may open with ("Strategic objective", "Our priority"). */
export const LABEL_QUALIFIERS = ['strategic', 'system', 'our', 'key'];

/** Leading verbs that say how, not what: "Tackling health inequalities" is the objective "health inequalities". */
export const OBJECTIVE_VERBS = ['tackling', 'reducing', 'improving', 'addressing', 'delivering'];

/** Leading words that name no objective of their own ("Our workforce" is "workforce"). */
export const OBJECTIVE_FILLERS = ['our', 'the'];
