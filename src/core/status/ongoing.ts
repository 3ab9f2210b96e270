import type { EntryReading } from './reading';
import { AUDIT_WORDS, MEETING_FREQUENCIES, MEETING_VERBS, SET_UP_WORDS } from '../vocabulary/statusShortfall';
import { phraseAlternation } from './alternation';
import { CLAUSE_END, clauseStart } from './clauses';
import { clauseWords } from './clauseWords';

/*
 * Two readings of a whole entry once its phrases are settled (readEntry, round 23, SPEC 4), read as patterns
 * rather than phrases because they span a number or a frequency:
 * - an audit finding "only N%" is a level short of the standard: something in place beside it is not working
 *   ("Checklist in place, however audit shows only 48% completion" is at risk), where "only 40% of wards using the
 *   tool" is a roll-out's share, left to the share rules (status/share.ts);
 * - a group "meeting monthly" is running: what it was set up for is going on, so a step done beside it (set up,
 *   terms of reference agreed) is under way. A completion said in full ("Complete; group now meets monthly as BAU")
 *   or a closure stays done.
 */

/** "only 48%", "only 6.5 %": a share said to fall short (100% is no shortfall). */
const ONLY_SHARE = /(?:^|[^\p{L}])only\s+(\d{1,2}(?:\.\d+)?)\s*%/giu;
const AUDIT: ReadonlySet<string> = new Set(AUDIT_WORDS.flatMap((w) => w.split(' ')));
const MEETS = new RegExp(
  `(?:^|[^\\p{L}])(?:${phraseAlternation(MEETING_VERBS)})\\s+(?:${phraseAlternation(MEETING_FREQUENCIES)})(?![\\p{L}])`,
  'iu',
);
const SET_UP: ReadonlySet<string> = new Set(SET_UP_WORDS);

/** Where the clause holding `at` ends: the next clause mark, or the text's end. */
function clauseEnd(text: string, at: number): number {
  const m = CLAUSE_END.exec(text.slice(at));
  return m === null ? text.length : at + m.index;
}

/**
 * Where the clause ends of the last audit finding "only N%" in `text`, or -1: the share's clause names an
 * audit or the measure audited ("re-audit found only 62% compliance", "Compliance only 71%").
 * @example auditShortfallEnd('Checklist in place, however audit shows only 48% completion') // 59
 * @example auditShortfallEnd('Implemented - only 40% of wards using the tool') // -1
 */
export function auditShortfallEnd(text: string): number {
  let found = -1;
  ONLY_SHARE.lastIndex = 0;
  for (let m = ONLY_SHARE.exec(text); m !== null; m = ONLY_SHARE.exec(text)) {
    const from = clauseStart(text, 0, m.index + 1);
    const to = clauseEnd(text, m.index + m[0].length);
    const words = clauseWords(text.slice(from, to));
    if (words.some((w) => AUDIT.has(w))) found = to;
  }
  return found;
}

/**
 * True when `text` says a group meets at a frequency now: "meeting fortnightly", "meets monthly".
 * @example meetsRegularly('Group established and meeting monthly - ToR agreed') // true
 * @example meetsRegularly('Group met monthly until March') // false
 */
export function meetsRegularly(text: string): boolean {
  return MEETS.test(text);
}

/**
 * The entry's reading with these two rules applied: an audit's "only N%" not followed by a later word of its
 * own makes it at risk; a group meeting at a frequency makes a group set up, or nothing said, under way. `doneText`
 * is the words of the completion that decided it, if one did.
 * @example ongoingReading({ status: 'complete', matched: true, redated: false, text: 'In place; audit shows only 48% compliance', end: 8, weak: false }, 'in place').status // 'at_risk'
 * @example ongoingReading({ status: 'complete', matched: true, redated: false, text: 'Group set up and meets monthly', end: 15, weak: false }, 'set up').status // 'on_track'
 */
export function ongoingReading(reading: EntryReading, doneText: string): EntryReading {
  const { status, text } = reading;
  // Only where nothing worse decides, nor a retraction ("Not complete – audit shows only 60%", held open as it is),
  // and the deciding phrase is not after the finding's clause.
  if (status === 'complete' || status === 'on_track' || !reading.matched) {
    const shortEnd = auditShortfallEnd(text);
    if (shortEnd >= 0 && shortEnd >= reading.end) return { ...reading, status: 'at_risk', matched: true, weak: false, end: shortEnd, step: false, goAhead: false };
  }
  const meets = (status === 'complete' || !reading.matched) && meetsRegularly(text);
  if (!meets) return reading;
  // Only a group set up or its terms agreed, or an event, gives way: "Implemented; group meets monthly to monitor" is done.
  const setUp = !reading.matched || reading.weak || clauseWords(doneText).some((w) => SET_UP.has(w));
  return setUp ? { ...reading, status: 'on_track', matched: true, weak: false, step: false, goAhead: false } : reading;
}
