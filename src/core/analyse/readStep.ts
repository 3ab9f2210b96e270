import type { Rating, StatusClass, Step, StepStatus } from '../types';
import { entryIndex } from '../steps';
import { isFlag, type ExtraStatus } from './extraStatus';
import type { Parsers, StepText } from './parsers';
import type { ReadEntries } from './roles';
import { startedStatus } from './progressDone';
import { doneInTimeframe, givenStatus, narrativeStatus } from './stepStatus';
import { byLeadColour, leadRatedReason } from './leadReason';
import { ruleCode, type TimeframeReading } from './verdicts';
import { NO_UPDATE_TEXTS } from '../vocabulary/noUpdate';

/** A status cell with a letter or figure in it says something; a blank or a lone dash ("-") does not. */
const HAS_WORD = /[\p{L}\p{N}]/u;
const NO_UPDATE: ReadonlySet<string> = new Set(NO_UPDATE_TEXTS);
const NO_UPDATE_LONGEST = Math.max(...NO_UPDATE_TEXTS.map((t) => t.length)) + 4;

/** True when a step's status text gives no update at all: none, a blank or a dash, or words that only say so ("Update to follow"). */
function noUpdate(text: string | null): boolean {
  if (text === null || !HAS_WORD.test(text)) return true;
  // Every such text is short: a long update is never one, and is not lower-cased for every step of every row.
  return text.length <= NO_UPDATE_LONGEST && NO_UPDATE.has(text.trim().toLowerCase().replace(/[.!]+$/, ''));
}

/** A status that leaves the dates to decide: not done, and no delay or risk named. */
const openStatus = (status: StatusClass): boolean => status === 'on_track' || status === 'unknown' || status === 'not_started';

/** True when a forecast's earliest date is after the deadline's end. */
const forecastAfter = (from: string | null, due: string | null): boolean => from !== null && due !== null && from > due;

/**
 * Reads and rates step `i` of an action's `count`, its entries lined up as SPEC 2.3 says (see
 * alignSteps): a row's only step takes every entry (ReadEntries.whole), else a lone entry
 * serves every step, else each step its own. The facts come one by one rather than in an
 * object, as this runs for every step of every row. An `extra` with `held` set (a re-read, see
 * heldStatus) keeps open a step whose update reads complete; one `started` (progressStarted) reads as under way a step whose status says nothing.
 * @example readStep(0, 1, nextSteps, timeframes, statuses, 'Publish the plan', NO_EXTRA_STATUS, null, parsers, '2025-12-01').rating // 'green'
 */
export function readStep(i: number, count: number, nextSteps: ReadEntries<StepText>, timeframes: ReadEntries<TimeframeReading>, statuses: ReadEntries<StepStatus>, actionText: string, extra: ExtraStatus, override: Rating | null, parsers: Parsers, asOf: string): Step {
  const entry = nextSteps.readings[i];
  const text = entry?.text ?? parsers.stepText(actionText);
  let timeframeText: string | null = null;
  let reading: TimeframeReading | undefined;
  let statusText: string | null = null;
  let read: StepStatus | undefined;
  const t = entryIndex(timeframes.texts.length, count, i);
  if (t === 'all') {
    const whole = timeframes.whole();
    timeframeText = whole?.text ?? null;
    reading = whole?.reading;
  } else if (t !== null) {
    timeframeText = timeframes.texts[t] ?? null;
    reading = timeframes.readings[t];
  }
  const s = entryIndex(statuses.texts.length, count, i);
  if (s === 'all') {
    const whole = statuses.whole();
    statusText = whole?.text ?? null;
    read = whole?.reading;
  } else if (s !== null) {
    statusText = statuses.texts[s] ?? null;
    read = statuses.readings[s];
  }
  // A step the time-frame column gives nothing may date itself ("Agree ToR by end of Dec").
  const own = t === null ? parsers.ownDeadline(text) : null;
  if (own !== null) {
    timeframeText = own;
    reading = parsers.timeframeReading(own);
  }
  reading ??= parsers.timeframeReading('');
  read ??= parsers.status('');
  const narrative = narrativeStatus(read, text, parsers, statusText);
  // Only a commentary reporting a risk (rare) pays for counting the status cell's words.
  const flagged = extra.told !== undefined && statusText !== null && isFlag(statusText);
  const given = givenStatus(narrative, extra, extra.held ?? null, flagged);
  const dated = given === 'unknown' && timeframeText !== null && doneInTimeframe(timeframeText, reading.timeframe.end, asOf, parsers);
  const status: StatusClass = dated ? 'complete' : startedStatus(given, extra);
  // Under way only by the action's % complete: its reason must not say anyone reported it.
  const byProgress = !dated && status !== given;
  const redated = read.redated || extra.redated;
  // No update at all is told apart from one the rules could not class: the reason says which.
  const silent = status === 'unknown' && noUpdate(statusText);
  // The lead's own forecast of the end after the deadline ("Should be complete by end Jan" beside December) is slippage.
  const late = !redated && !silent && statusText !== null && openStatus(status) && forecastAfter(parsers.forecastFrom(statusText), reading.timeframe.end);
  const code = ruleCode(status, override, redated, timeframeText === null, byProgress, silent, late);
  const rule = reading.ruleAt(code, timeframeText, status, redated, override, byProgress, silent, late);
  const said = reading.reasonAt(code, rule, text, entry?.id ?? -1, i + 1, count);
  // The lead's RAG set the status, not the update: the reason says so (leadReason.ts).
  const reason = extra.leadColour !== null && status === given && byLeadColour(narrative, given, extra, extra.held ?? null, flagged) ? leadRatedReason(said) : said;
  // Written out rather than spread: this object is made for every step of every row.
  return { text, timeframeText, timeframe: reading.timeframe, statusText, status, rating: rule.rating, focus: rule.focus, reason };
}

