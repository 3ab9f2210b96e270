import { AFTER_STEP_STAGES, LATER_PARTS, LATER_STAGES, STAGE_DESIGNATORS, STAGE_NOT_HEAD, STAGE_TIME_LEADS } from '../vocabulary/statusStages';
import { CLOSURE_WORDS } from '../vocabulary/statusWords';
import { isTime } from './clauseWords';

/*
 * A later stage set at a time, with no schedule word: "testing in Dec", "go-live in March",
 * "roll-out from Jan", "training w/c 4 Nov". After a stage done ("Build complete") it is work
 * still to do, so the action goes on. Read from the clause's head only, so a stage the clause
 * merely mentions ("compliance with training in March") is not taken for one to come.
 */

const STAGES: readonly (readonly string[])[] = LATER_STAGES.map((s) => s.split(' '));
const STEP_STAGES: readonly (readonly string[])[] = [...STAGES, ...AFTER_STEP_STAGES.map((s) => s.split(' '))];
const LEAD: ReadonlySet<string> = new Set(STAGE_TIME_LEADS);
const NOT_HEAD: ReadonlySet<string> = new Set(STAGE_NOT_HEAD);
const PARTS: ReadonlySet<string> = new Set(LATER_PARTS);
const CLOSURE: ReadonlySet<string> = new Set(CLOSURE_WORDS);
/** How many words may name the part before its time: "other areas", "rest of the trust". */
const PART_REACH = 4;
/** How many words may name what a stage is of before it: "user acceptance testing", "staff training". */
const MODIFIER_REACH = 3;
/** How many words after a lead its time may come: "w/c 4 Nov", "from the end of January". */
const TIME_REACH = 3;

/** The number of words of a stage (one of `stages`) at `at` in `words`, or 0. */
function stageLength(words: readonly string[], at: number, stages: readonly (readonly string[])[]): number {
  const found = stages.find((stage) => stage.every((w, k) => words[at + k] === w));
  return found?.length ?? 0;
}

/** True when a time lead at `lead` in `words` has a time after it (or is one: "early", "next"). */
function timed(words: readonly string[], lead: number): boolean {
  return isTime(words[lead] ?? '') || words.slice(lead + 1, lead + 1 + TIME_REACH).some(isTime);
}

/** True when `words` open with the rest of the places still to reach, then a time: "other areas from January". */
function partScheduled(words: readonly string[]): boolean {
  const head = words[0] === 'the' ? 1 : 0;
  if (!PARTS.has(words[head] ?? '')) return false;
  for (let i = head + 2; i <= head + PART_REACH && i < words.length; i += 1) {
    if (LEAD.has(words[i] ?? '')) return timed(words, i);
  }
  return false;
}

/** The index of the first time lead within PART_REACH words after "to" at `to` in `words`, or -1: "to remaining wards from". */
function leadAfterPlace(words: readonly string[], to: number): number {
  for (let i = to + 2; i <= to + PART_REACH + 1 && i < words.length; i += 1) {
    // "Handover to BAU from April" hands the work on, which closes it (SPEC 4).
    if (CLOSURE.has(words[i - 1] ?? '')) return -1;
    if (LEAD.has(words[i] ?? '')) return i;
  }
  return -1;
}

/**
 * True when `words` (one clause, as clauseWords reads it) set a later stage at a time: a stage
 * near the head of the clause, then a word that sets a time ("in", "from", "w/c") and a time.
 * `afterStep` says the clause follows work set running, after which an evaluation is a stage too.
 * @example stageScheduled(['testing', 'in', 'dec']) // true
 * @example stageScheduled(['staff', 'training', 'wc', '4', 'nov']) // true
 * @example stageScheduled(['other', 'areas', 'from', 'january']) // true
 * @example stageScheduled(['rollout', 'to', 'remaining', 'wards', 'from', 'jan']) // true
 * @example stageScheduled(['handover', 'to', 'bau', 'from', 'april']) // false
 * @example stageScheduled(['audit', 'in', '12', 'months']) // false
 * @example stageScheduled(['compliance', 'with', 'training', 'in', 'march']) // false
 * @example stageScheduled(['evaluation', 'in', 'march'], true) // true
 */
export function stageScheduled(words: readonly string[], afterStep = false): boolean {
  const stages = afterStep ? STEP_STAGES : STAGES;
  if (partScheduled(words)) return true;
  for (let i = 0; i <= MODIFIER_REACH && i < words.length; i += 1) {
    if (NOT_HEAD.has(words[i] ?? '')) return false;
    const length = stageLength(words, i, stages);
    if (length === 0) continue;
    let next = i + length;
    if (STAGE_DESIGNATORS.test(words[next] ?? '')) next += 1;
    // "Roll-out to remaining wards from Jan", "rollout to wards 4-6 in March": where the stage goes, then when.
    if (words[next] === 'to') next = leadAfterPlace(words, next);
    if (!LEAD.has(words[next] ?? '')) return false;
    // "Early", "mid", "end" and "next" are times themselves ("testing next week"); the rest need one after them.
    return timed(words, next);
  }
  return false;
}
