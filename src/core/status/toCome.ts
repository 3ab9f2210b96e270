import { LATER_STAGES } from '../vocabulary/statusStages';
import {
  DRAFT_SETTLED_WORDS,
  DRAFT_WORDS,
  IRREGULAR_PARTICIPLES,
  MORE_WORK_HEADS,
  NOT_WORK_PARTICIPLES,
  SHORTFALL_WORDS,
  SPREAD_WORDS,
  TO_COME_ENDINGS,
} from '../vocabulary/statusToCome';
import { SCHEDULE_COMPARERS } from '../vocabulary/statusSchedule';
import { TALLY_WORDS } from '../vocabulary/statusShare';
import { isTime } from './clauseWords';

/*
 * More of the work still to come after a part done, named without the schedule word and date that
 * scheduled.ts needs (SPEC 4): "Additional cohorts in Feb", "other areas TBC", "community sites next",
 * "Evaluation awaited before wider roll-out", "not yet advertised", and a level short of the whole
 * ("compliance still 60%"; after a step or launch, any level under 100%: "44% compliant at 10 Nov"),
 * more of it going on now ("framework being updated") and a draft still to settle ("draft priorities
 * circulated"). scheduledAfter has already set aside routine, closing-paperwork and past clauses.
 */

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const HEADS = set(MORE_WORK_HEADS);
const ENDINGS = set(TO_COME_ENDINGS);
const SHORT = set(SHORTFALL_WORDS);
/** A spread word, then a later stage: " wider roll out ". */
const SPREAD_STAGES: readonly string[] = SPREAD_WORDS.flatMap((w) => LATER_STAGES.map((s) => ` ${w} ${s} `));
/** A percentage below 100: "44%", "60 per cent". */
const PART_PERCENT = /(?<![\d.])(\d{1,2})(?:\.\d+)?\s*(?:%|per\s?cent)/i;
/** A completion not yet reached: "not yet advertised", "not yet been rolled out". */
const NOT_YET = /\bnot\s+yet\s+(?:been\s+)?[a-z]+(?:ed|en|un)\b/i;
/** How many words may stand between a head word and what sets it for later: "further 30 staff booked". */
const REACH = 6;
const COMPARERS = set(SCHEDULE_COMPARERS);
const IRREGULAR = set(IRREGULAR_PARTICIPLES);
const NOT_WORK = set(NOT_WORK_PARTICIPLES);
const DRAFT = set(DRAFT_WORDS);
const SETTLED = set(DRAFT_SETTLED_WORDS);
const NEGATED = set(['not', 'no', 'never', 'nor', 'without']);
const TALLY: readonly string[] = TALLY_WORDS.map((w) => ` ${w} `);

/** True when the clause says work is being done now: "framework being updated", "new pathway being built". */
function goingOn(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (w !== 'being' || NEGATED.has(words[i - 1] ?? '')) return false;
    const next = words[i + 1] ?? '';
    return !NOT_WORK.has(next) && (IRREGULAR.has(next) || (next.length > 4 && (next.endsWith('ed') || next.endsWith('en'))));
  });
}

/** True when the clause names a draft not yet settled: "draft priorities circulated", not "draft approved by Board". */
function draftOpen(words: readonly string[]): boolean {
  return words.some((w) => DRAFT.has(w)) && !words.some((w) => SETTLED.has(w));
}

/** True when the clause opens with more of the work (`words`) and sets it for later. */
function moreLater(words: readonly string[]): boolean {
  const head = words[0] === 'the' || words[0] === 'a' ? 1 : 0;
  if (!HEADS.has(words[head] ?? '') || words.length < head + 2) return false;
  const rest = words.slice(head + 1, head + 1 + REACH);
  return rest.some((w) => isTime(w) || ENDINGS.has(w)) || ENDINGS.has(words[words.length - 1] ?? '');
}

/**
 * True when one clause after a part done (`clause`, its words `words`) names more of the work still
 * to come; `afterStep` says the part done was a step or an event (an approval, a launch), `closed` that
 * it was a closure, after which work going on or a draft is the work's new home, not more to come.
 * @example moreToCome('Additional cohorts in Feb', ['additional', 'cohorts', 'in', 'feb'], false) // true
 * @example moreToCome('community sites next', ['community', 'sites', 'next'], false) // true
 * @example moreToCome('compliance still 60%', ['compliance', 'still', '60'], false) // true
 * @example moreToCome('44% compliant at 10 Nov', ['44', 'compliant', 'at', '10', 'nov'], true) // true
 * @example moreToCome('framework being updated', ['framework', 'being', 'updated'], false) // true
 * @example moreToCome('draft priorities circulated', ['draft', 'priorities', 'circulated'], false) // true
 * @example moreToCome('95% compliance', ['95', 'compliance'], false) // false
 */
export function moreToCome(clause: string, words: readonly string[], afterStep: boolean, closed = false): boolean {
  if (words.length < 2) return false;
  if (moreLater(words) || (words.length <= 5 && ENDINGS.has(words[words.length - 1] ?? '') && !COMPARERS.has(words[words.length - 2] ?? ''))) return true;
  const spaced = ` ${words.join(' ')} `;
  if (SPREAD_STAGES.some((s) => spaced.includes(s))) return true;
  if (NOT_YET.test(clause)) return true;
  // After a closure, work going on is the work's new home ("Closed - being taken forward in the CQC plan").
  if (!closed && (goingOn(words) || draftOpen(words))) return true;
  // "uptake 64% so far": a level still counting is short of the whole, as one called "still" or "only" is.
  return PART_PERCENT.test(clause) && (afterStep || words.some((w) => SHORT.has(w)) || TALLY.some((t) => spaced.includes(t)));
}
