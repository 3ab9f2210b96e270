import type { StatusClass } from '../types';
import {
  AUDIT_SHORTFALL_FOLLOW_UPS,
  AUDIT_TO_COME,
  AUDITED_WORDS,
  DRAFT_WORDS,
  OPEN_AFTER_DONE,
} from '../vocabulary/statusAftermath';
import { PLACE_NOUNS } from '../vocabulary/statusPlaces';
import { awaitsAcceptance } from './acceptance';
import { phraseAlternation } from './alternation';
import { clauseWords } from './clauseWords';
import { levelAgainstTarget } from './target';
import { hasPhrase, wholeWordPattern } from './trie';

/*
 * What an entry says after a completion that leaves the action open (SPEC 4, round 25; false completes are the worst
 * misread, as a Complete drops off the board's exceptions):
 * - something still open said in so many words: "to go to QSC for final approval", "action remains open", "has not
 *   yet met", "3 consecutive months required before closure", "further meeting needed", "Done draft", or a caveat
 *   after "but" ("Proposed to close - but awaiting evidence from lead", round 32);
 * - an audit done whose result falls short: a level below its stated standard ("compliance 88% vs 95% standard"),
 *   or a result below 100% followed by the work it calls for ("64% compliance. Action plan developed to address
 *   gaps", "72% compliant. Further work required"); no fixed threshold is assumed;
 * - an audit done for one site with another's still to come ("98% compliance at RSH. PRH audit due March");
 * - a completion by some of the places counted ("Completed by 6 of 9 wards").
 * A closure said after the result keeps it closed ("Audit complete - 98% compliance, action closed").
 */

const OPEN = wholeWordPattern(OPEN_AFTER_DONE);
const FOLLOW_UP = wholeWordPattern(AUDIT_SHORTFALL_FOLLOW_UPS);
const AUDITED: ReadonlySet<string> = new Set(AUDITED_WORDS.flatMap((w) => w.split(' ')).concat(['reaudit']));
const TO_COME = new RegExp(`^\\s*(?:${phraseAlternation(AUDIT_TO_COME)})(?![\\p{L}])`, 'iu');
const DRAFT = new RegExp(`^\\s*(?:${phraseAlternation(DRAFT_WORDS)})(?![\\p{L}])`, 'iu');
/** A closure after the result: "action closed", "close", "closure agreed"; not "required before closure". */
const CLOSED = /(?:^|[^\p{L}])(?:closed|close|closure\s+(?:agreed|approved))(?![\p{L}])/iu;
/** A result below 100%: "64% compliance", "(62%)", "72% compliant". */
const SHORT_RESULT = /(?:^|[^\d.])(\d{1,2}(?:\.\d+)?)\s*%/;
/** A count of places after the completion: "by 6 of 9 wards", "in 4/6 teams". */
const SOME_PLACES = new RegExp(
  String.raw`^\s*(?:by|in|at|across|on|for)\s+(?:the\s+)?(\d{1,3})\s*(?:of|/|out\s+of)\s*(\d{1,3})\s+(?:${PLACE_NOUNS.join('|')})(?![\p{L}])`,
  'iu',
);
/** A further body's approval still awaited: "awaiting QSC approval", "awaiting Trust sign off at March PAG". */
const BODY_AWAITED = /(?:^|[^\p{L}])(?:awaiting|pending)\s+(?!formal|formally|the\s+formal)(?:[\p{L}&]+\s+){1,3}(?:approval|sign[\s-]?off|ratification|agreement)(?![\p{L}])/iu;
/**
 * What a further body's approval may follow: a sign-off or approval itself, or the work only ready to close ("Signed
 * off by Division", "Ready to close"); after other work done ("Evidence submitted, awaiting LMNS sign off") the
 * wait is closing paperwork, which leaves it done (round 14).
 */
const APPROVAL_DONE = /(?:signed[\s-]*off|approved|agreed|ratified|endorsed|supported|ready\s+(?:to|for)\s+clos\w*)(?:\s+(?:by|at|in)\s+(?:the\s+)?[\p{L}&]+(?:\s+[\p{L}&]+)?)?\s*[-–—:;,.]?\s*$/iu;
/** A completion only reported, with its evidence or confirmation still to come: "Reported complete – evidence awaited". */
const REPORTED = /(?:^|[^\p{L}])reported\s+(?:as\s+|to\s+be\s+)?\S+\s*$/iu;
/** A caveat opening right after the completion: "Proposed to close - but awaiting evidence from lead". */
const BUT_WAITING = /^\s*[-–—,;:]?\s*but\s+(?:(?:still|final|formal|the|further)\s+)?(?:[\p{L}]+\s+){0,2}?(?:awaiting|awaited|pending|outstanding)(?![\p{L}])/iu;
const STILL_TO_COME = /(?:^|[^\p{L}])(?:awaited|awaiting|to\s+follow|not\s+yet|pending|outstanding|required)(?![\p{L}])/iu;
/** A site named in a result: "at RSH", "at Whipps Cross". */
const AT_SITE = /(?:^|[^\p{L}])at\s+([A-Z][A-Za-z&']*)/u;
/** A named site's own audit in a later sentence: "PRH audit due March". */
const SITE_AUDIT = /(?:^|[^\p{L}])([A-Z][A-Za-z&']*)\s+(?:re-?)?audits?(?![\p{L}])/gu;

/** How far the completion's own words run on in `rest`: "Signed off| by Division;" names who signed. */
function approvalTail(rest: string): number {
  const m = /^\s+(?:by|at|in)\s+(?:the\s+)?[\p{L}&]+(?:\s+[\p{L}&]+)?/u.exec(rest);
  return m === null ? 0 : m[0].length;
}

/** True when the words before `end` in `text` (its completion's clause) name an audit. */
function auditDone(text: string, end: number): boolean {
  const before = text.slice(Math.max(0, end - 40), end).split(/[.;\n]/).pop() ?? '';
  return clauseWords(before).some((w) => AUDITED.has(w));
}

/** True when a later sentence of `rest` sets another site's audit still to come than the one its result names. */
function otherSiteToCome(rest: string): boolean {
  const site = AT_SITE.exec(rest)?.[1];
  if (site === undefined) return false;
  SITE_AUDIT.lastIndex = 0;
  for (let m = SITE_AUDIT.exec(rest); m !== null; m = SITE_AUDIT.exec(rest)) {
    if (m[1] !== site && TO_COME.test(rest.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/**
 * What a completion ending at `end` in `text` becomes from what follows it: on track or at risk when the entry says
 * the action is still open, or null when it stays done.
 * @example openAfterDone('Signed off at DMT; to go to QSC for final approval', 10) // 'on_track'
 * @example openAfterDone('Audit completed - compliance 88% vs 95% standard', 15) // 'at_risk'
 * @example openAfterDone('Audit completed - 64% compliance. Action plan developed to address gaps.', 15) // 'at_risk'
 * @example openAfterDone('Audit complete – 98% compliance at RSH. PRH audit due March.', 14) // 'on_track'
 * @example openAfterDone('Completed by 6 of 9 wards', 9) // 'on_track'
 * @example openAfterDone('Works complete, awaiting handover', 14) // 'on_track'
 * @example openAfterDone('Proposed to close - but awaiting evidence from lead', 17) // 'on_track'
 * @example openAfterDone('Audit complete - 98% compliance, action closed', 14) // null
 */
export function openAfterDone(text: string, end: number): StatusClass | null {
  if (end < 0) return null;
  const rest = text.slice(end);
  const places = SOME_PLACES.exec(rest);
  if (places !== null) return Number(places[1]) < Number(places[2]) ? 'on_track' : null;
  if (DRAFT.test(rest)) return 'on_track';
  if (hasPhrase(OPEN, rest) || (BODY_AWAITED.test(rest) && APPROVAL_DONE.test(text.slice(Math.max(0, end - 40), end + approvalTail(rest))))) return 'on_track';
  // "Reported complete – evidence awaited", "Proposed to close - but awaiting evidence": the closure is held open.
  if ((REPORTED.test(text.slice(0, end)) && STILL_TO_COME.test(rest)) || BUT_WAITING.test(rest)) return 'on_track';
  // "Works complete, awaiting handover": acceptance into use can still send the work back (round 26).
  if (awaitsAcceptance(text, end)) return 'on_track';
  if (CLOSED.test(rest)) return null;
  if (levelAgainstTarget(rest) === 'at_risk') return 'at_risk';
  if (!auditDone(text, end)) return null;
  if (otherSiteToCome(rest)) return 'on_track';
  const result = SHORT_RESULT.exec(rest);
  if (result === null) return null;
  return hasPhrase(FOLLOW_UP, rest.slice(result.index)) ? 'at_risk' : null;
}

/**
 * True when `text` says the action is still open anywhere in it, whatever decided it: "3 consecutive months >95%
 * required before closure (2 achieved)", where the last completion word is a count of the months met.
 * @example openSaid('Monthly audits in place - 3 consecutive months >95% required before closure (2 achieved)') // true
 */
export function openSaid(text: string): boolean {
  return hasPhrase(OPEN, text);
}
