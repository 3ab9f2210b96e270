import { COHORTS, CLOSURE_REASONS, FACILITIES, OUT_OF_USE } from '../vocabulary/statusSetbacks';
import { looseAlternation } from './alternation';

/*
 * Round 33 (SPEC 4): words that look like a status but are not one, rewritten letter for letter before an entry is
 * read. A cohort named by a risk it faces ("Children at risk of exploitation pathway live") is no risk statement; "far
 * from" denies what follows as "not" does ("Far from stalled"); a place shut as a problem ("Ward 3 closed to
 * admissions", "outlets taken out of use") is no action closed, so its closure word is masked and the entry is
 * flagged for status/setback.ts to rate at risk at least.
 */

const alt = looseAlternation;
const COHORT_AT_RISK = new RegExp(`(?<![\\p{L}])((?:${alt(COHORTS)})\\s+(?:(?:who\\s+are|deemed|identified\\s+as|considered)\\s+)?)(at\\s+risk)(?=\\s+of\\s)`, 'giu');
const AT_RISK_COHORT = new RegExp(`(?<![\\p{L}])(at[\\s-]risk)(?=\\s+(?:${alt(COHORTS)})(?![\\p{L}]))`, 'giu');
const FAR_FROM = /(?<![\p{L}])far\s+from(?=\s)/giu;
const PLACE = `(?<![\\p{L}])(?:${alt(FACILITIES)})(?![\\p{L}])(?:\\s+(?:\\d+\\w?|\\([^()]{1,20}\\)|[\\p{Lu}\\d][\\p{L}\\d]*)){0,3}\\s+(?:(?:is|was|were|has\\s+been|have\\s+been|remains?|now|also|temporarily)\\s+)*`;
/** A spell shut or a count of times: "for 3 weeks", "on 6 occasions". */
const SPELL = String.raw`for\s+(?:\d+|a|an|one|two|three|four|five|six|several|some|many)\s+(?:days?|weeks?|months?|hours?|shifts?|nights?)|on\s+\d+\s+occasions`;
/** "unit closed to production", "S136 suite closed due to staffing", "Theatre 4 closed for 3 weeks". */
const SHUT = new RegExp(`(${PLACE})(closed|shut)(?=\\s+(?:${alt(CLOSURE_REASONS)}|${SPELL})(?![\\p{L}]))`, 'giu');
/** "outlets taken out of use", "Ward 3 temporarily closed". */
const DISUSED = new RegExp(`(${PLACE})(${alt(OUT_OF_USE)})(?![\\p{L}])`, 'giu');
const REOPENED = /(?<![\p{L}])re-?\s?opened(?![\p{L}])/iu;

const mask = (s: string): string => s.replace(/\p{L}/gu, 'x');

/** What {@link readableSense} made of an entry: the text to read, and whether a place was shut as a problem. */
export interface Sense {
  text: string;
  shut: boolean;
}

/**
 * `text` with cohorts' "at risk", "far from" and a place's closure as a problem rewritten to the same length.
 * A place reopened since is the closure over, left as it is.
 * @example readableSense('Far from stalled').text // 'not      stalled'
 * @example readableSense('Children at risk of exploitation pathway live').text // 'Children xx xxxx of exploitation pathway live'
 * @example readableSense('Clinic closed due to staffing') // { text: 'Clinic xxxxxx due to staffing', shut: true }
 * @example readableSense('Action closed').shut // false
 */
export function readableSense(text: string): Sense {
  let out = text.replace(COHORT_AT_RISK, (_m, who: string, risk: string) => who + mask(risk));
  out = out.replace(AT_RISK_COHORT, (risk: string) => mask(risk));
  out = out.replace(FAR_FROM, (m: string) => 'not'.padEnd(m.length, ' '));
  if (REOPENED.test(out)) return { text: out, shut: false };
  let shut = false;
  const hide = (_m: string, place: string, word: string): string => {
    shut = true;
    return place + mask(word);
  };
  out = out.replace(SHUT, hide).replace(DISUSED, hide);
  return { text: out, shut };
}
