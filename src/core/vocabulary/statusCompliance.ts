import type { StatusClass } from '../types';

/*
 * The values compliance frameworks rate a standard with (DSPT evidence items, CQC fundamental
 * standards, an IPC board assurance framework, audit standards), alone in a cell (SPEC 4, round 17).
 * They say where the standard stands, not how the work to meet it goes: an improvement plan lists
 * every standard "Not met" until its action is done, so "Not met" there is an open standard, not a
 * failed delivery. Inside a sentence about a target ("Target not met", "4-hour standard not met in
 * Q3") the phrase still reads as off track (STATUS_PHRASES); only the whole cell is read here.
 */

/**
 * Whole-cell compliance values, written as WHOLE_ENTRY_WORDS keys are (lower case, words spaced).
 * "Not met" and "Not assured" are `unknown`, so the dates rate the action (SPEC 5.1 rules 4, 6, 8),
 * as "Open" is: the cell does not say whether work has begun, so not_started would claim what it
 * does not say, and off_track would make every open standard of an improvement plan Red whatever its
 * update and dates. "Partially met" is not here: it stays at risk as SPEC 4's "partially" is, and as
 * "Partially compliant" is in a Compliance column. "Not compliant" and "Non-compliant" are not here
 * either: a Compliance column's "Not compliant" is the lead's formal judgement, rated Red beside a
 * milder narrative (analyse/stepStatus.ts formalWarning), and whole-cell readings must agree with it.
 */
export const COMPLIANCE_WHOLE_ENTRY: Readonly<Record<string, StatusClass>> = {
  'not met': 'unknown', 'not yet met': 'unknown', 'not assured': 'unknown',
  'fully met': 'complete', assured: 'complete', 'fully assured': 'complete',
};
