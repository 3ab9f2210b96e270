import { FORECAST_BARE_WORDS, FORECAST_ENDS, FORECAST_TIME_LEADS, FORECAST_WORDS } from '../vocabulary/statusSchedule';
import { HEDGED_FORECAST_WORDS, HEDGED_OPENING_WORDS } from '../vocabulary/statusPending';
import { DATE_WORDS } from './dateFollows';
import { looseAlternation } from './alternation';

/*
 * A forecast of the work's end (SPEC 4): "Expected to complete by March", "Due to complete Q4",
 * "Anticipated completion Jan 25", "Completion expected end of Dec". The lead says when work under way
 * will end, so it is on track; read only where nothing else in the entry gives a class (status/settle.ts),
 * so "Delayed - expected to complete by March" is the delay and "Not started; due to complete Q4" not started.
 */

const alt = looseAlternation;
const WORD = `(?:${alt(FORECAST_WORDS)})`;
const END = `(?:${alt(FORECAST_ENDS)})`;
/** "expected to complete", "due to be completed", "anticipated completion", "due for completion", "on course to deliver". */
const BEFORE = new RegExp(`(?<![\\p{L}])${WORD}\\s+(?:(?:to|for)\\s+)?(?:be\\s+)?${END}(?![\\p{L}])`, 'iu');
/** "completion expected", "completion is anticipated", "delivery due". */
const AFTER = new RegExp(`(?<![\\p{L}])${END}\\s+(?:(?:is|date|now)\\s+)?${WORD}(?![\\p{L}])`, 'iu');
/** What every forecast names, tested first: most entries name no end of the work at all. */
const ANY_END = new RegExp(END, 'i');
/** A time after a bare forecast's leads; the leads themselves ("end", "early") are not one: "Forecast end date" is a header. */
const TIME = String.raw`(?:\d|q[1-4]\b|(?:${[...DATE_WORDS].filter((w) => !FORECAST_TIME_LEADS.includes(w)).join('|')})(?![\p{L}]))`;
/**
 * A bare forecast with a lead and a time after it: "expected by end Nov", "anticipated in March" (round 24). A lead is
 * needed, as "forecast Mar 25" names a date, not a forecast of the work's end. Not after "as" or "than", which say
 * how work went ("Delivered as expected in March").
 */
const BARE = new RegExp(`(?<![\\p{L}])(?<!(?:as|than)\\s+)(?:${alt(FORECAST_BARE_WORDS)})\\s+(?:(?:${alt(FORECAST_TIME_LEADS)})\\s+){1,4}${TIME}`, 'iu');
/**
 * A hedged forecast with a time after it (round 28): "Should be complete by end Jan", "Hopefully complete by March". The
 * time is needed: "Evidence should be completed by ward managers" says what ought to happen, not when it will; a bare
 * "should" only opens the entry ("All staff should complete training by March" is a duty).
 */
const HEDGED = new RegExp(
  `(?:(?<![\\p{L}])(?:${alt(HEDGED_FORECAST_WORDS)})|^\\s*(?:${alt(HEDGED_OPENING_WORDS)}))\\s+(?:be\\s+)?${END}\\s+(?:(?:${alt(FORECAST_TIME_LEADS)})\\s+){1,4}${TIME}`,
  'iu',
);
/** A negated forecast foresees a miss: "not expected to complete", "no longer due to complete". */
const NEGATED = /(?<![\p{L}])(?:not|no|never|unlikely|longer)\s+(?:\p{L}+\s+)?$/iu;

/** A condition, a risk or an earlier date after a hedged forecast: "…subject to funding", "…however the contractor has gone", "(previously Dec)". */
const CAVEAT = /(?<![\p{L}])(?:however|but|subject\s+to|if|unless|provided|pending|dependent|depending|previously|originally|was)(?![\p{L}])/iu;

/** A hedged forecast (HEDGED) with nothing after it that makes it conditional, at risk or re-dated: those the other rules weigh. */
function hedged(text: string): RegExpExecArray | null {
  const m = HEDGED.exec(text);
  return m !== null && CAVEAT.test(text.slice(m.index + m[0].length)) ? null : m;
}

/**
 * The class a forecast of the end of the work in `text` gives: on_track, or at_risk when it is negated
 * ("Not expected to complete by March" foresees a miss, as "likely to slip" does); null for none.
 * @example forecastOf('Expected to complete by March') // 'on_track'
 * @example forecastOf('Anticipated completion Jan 25') // 'on_track'
 * @example forecastOf('Not expected to complete by March') // 'at_risk'
 * @example forecastOf('Should be complete by end Jan') // 'on_track'
 * @example forecastOf('Should be complete by end of Q4 subject to funding') // null
 * @example forecastOf('Not yet complete, expected by end Nov') // 'on_track'
 * @example forecastOf('To be completed by March') // null
 */
export function forecastOf(text: string): 'on_track' | 'at_risk' | null {
  const m = forecastMatch(text);
  if (m === null) return null;
  return negated(text, m) ? 'at_risk' : 'on_track';
}

function forecastMatch(text: string): RegExpExecArray | null {
  return ANY_END.test(text) ? (BEFORE.exec(text) ?? AFTER.exec(text) ?? hedged(text) ?? BARE.exec(text)) : BARE.exec(text);
}

const negated = (text: string, m: RegExpExecArray): boolean => NEGATED.test(text.slice(Math.max(0, m.index - 24), m.index));

/** The forecast's own words, the last of which ends where its time begins: "expected to complete | by March". */
const MARKER = new RegExp(`(?<![\\p{L}])(?:${alt([...FORECAST_WORDS, ...FORECAST_ENDS, ...FORECAST_BARE_WORDS, ...HEDGED_FORECAST_WORDS])})(?![\\p{L}])`, 'giu');
/** Where the forecast's time ends: its clause, or a condition after it ("by March, subject to funding" is March). */
const TIME_END = /[.;!?\n\r()]|\s[-–—]\s|,/;
/** A time is a few words: longer is a clause the forecast runs on into. */
const TIME_CHARS = 40;

/**
 * The time a forecast of the work's end in `text` gives, as written, for the caller to date (the forecast
 * after its deadline is slippage: analyse/readStep.ts); null for none, or one negated ("Not expected by March").
 * @example forecastTime('Should be complete by end Jan') // 'by end Jan'
 * @example forecastTime('On track - expected to complete by end of February, subject to funding') // 'by end of February'
 * @example forecastTime('Not expected to complete by March') // null
 */
export function forecastTime(text: string): string | null {
  // Only a forecast naming the work's end: "Next review expected in March" forecasts the review, not the action.
  const m = ANY_END.test(text) ? (BEFORE.exec(text) ?? AFTER.exec(text) ?? hedged(text)) : null;
  if (m === null || negated(text, m) || OTHER_PART.test(clauseBefore(text, m.index))) return null;
  let cut = 0;
  for (const word of m[0].matchAll(MARKER)) cut = (word.index ?? 0) + word[0].length;
  const after = text.slice(m.index + cut, m.index + cut + TIME_CHARS);
  const end = after.search(TIME_END);
  const time = (end < 0 ? after : after.slice(0, end)).trim();
  return time === '' || AHEAD.test(time) ? null : time;
}

/** The forecast's subject names another part or a later piece of work: "phase 2 expected to complete June". */
const OTHER_PART = /(?:^|[^\p{L}])(?:(?:phase|stage|part|wave|tranche|cohort|year)\s+(?:\d|[ivx]+\b|two|three|four)|next|further|subsequent|another|evaluation|review|audit)(?![\p{L}])/iu;
/** "ahead of schedule in January": the lead says it beats its plan, whatever the dates say. */
const AHEAD = /(?:^|[^\p{L}])(?:ahead\s+of|early)(?![\p{L}])/iu;
/** The clause before `index`: from the last stop, semicolon or line before it. */
const clauseBefore = (text: string, index: number): string => {
  const before = text.slice(Math.max(0, index - 80), index);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  return before.slice(cut + 1);
};
