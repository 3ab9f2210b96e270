import type { StatusClass } from '../types';
import { APPROVALS } from './approval';
import { NO_ANSWERS, PART_ANSWERS, PEOPLE_COUNTED } from '../vocabulary/statusSubSteps';
import { phraseAlternation } from './alternation';

/*
 * What the words beside a completion word say of it (SPEC 4, round 19): an answer to a field that heads
 * the cell ("Completed: No"), a part done ("Done - partly"), a count of the people who have done it
 * so far ("Survey completed by 120 patients"), or a draft as what was done. Each reads a few characters only.
 */

/** The answer is all its clause holds: "Completed: No", "Completed - no." but not "Complete - no issues". */
const NO_ANSWER = new RegExp(`^\\s*[:?\\-–—]\\s*(?:${phraseAlternation(NO_ANSWERS)})\\s*(?:[.;,!)\\-–—]|$)`, 'i');
const PART_ANSWER = new RegExp(`^\\s*[:\\-–—,(]?\\s*(?:only\\s+)?(?:${phraseAlternation(PART_ANSWERS)})(?:\\s+only)?\\s*(?:[.;,!)\\-–—]|$)`, 'i');
const PEOPLE_AFTER = new RegExp(
  `^\\s+by\\s+(?:(?:over|around|about|approx|approximately|nearly|almost|more\\s+than|c)\\.?\\s+)?\\d[\\d,]*\\s+(?:${phraseAlternation(PEOPLE_COUNTED)})(?![\\p{L}])`,
  'iu',
);
/** A draft heading the approval's subject: "Draft policy signed off by Exec", not "Draft circulated and policy approved". */
const DRAFT_BEFORE = /(?:^|[^\p{L}])drafts?(?:\s+(?!and\b|then\b|but\b)[\p{L}'’-]+){0,3}\s+$/iu;
/** The characters after a completion word that these rules read. */
const REACH = 48;

/**
 * The class the words beside the completion from `start` to `end` give it, or null where they say nothing:
 * 'unknown' for a "No" answer, at risk for a part done, on track for a count of people so far or a draft approved.
 * @example subStepOf('Completed: No', 0, 9, 'completed') // 'unknown'
 * @example subStepOf('Done - partly', 0, 4, 'done') // 'at_risk'
 * @example subStepOf('Survey completed by 120 patients', 7, 16, 'completed') // 'on_track'
 * @example subStepOf('Draft policy signed off by Exec', 13, 23, 'signedoff') // 'on_track'
 * @example subStepOf('Draft plan completed', 11, 20, 'completed') // null
 * @example subStepOf('Delivered to all 60 staff', 0, 9, 'delivered') // null
 */
export function subStepOf(text: string, start: number, end: number, key: string): StatusClass | null {
  // A draft approved is a step on the way to the final version; a draft completed may be the step itself ("Draft the plan").
  const before = start > 5 && APPROVALS.has(key) ? text.slice(Math.max(0, start - 40), start) : '';
  if (/draft/i.test(before) && DRAFT_BEFORE.test(before)) return 'on_track';
  if (end >= text.length) return null;
  const after = text.slice(end, end + REACH);
  if (NO_ANSWER.test(after)) return 'unknown';
  if (PART_ANSWER.test(after)) return 'at_risk';
  return PEOPLE_AFTER.test(after) ? 'on_track' : null;
}
