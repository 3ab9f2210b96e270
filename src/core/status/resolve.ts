import type { StatusClass } from '../types';
import { NEGATED_CLASS, NOT_ALL_ADVERBS } from '../vocabulary/statusGrammar';
import { NOT_DONE_IS_NOT_BEGUN } from '../vocabulary/statusAssurance';
import { LEVEL_PHRASES } from '../vocabulary/statusShare';
import { SERIES_EVENT_PHRASES } from '../vocabulary/statusEvents';
import { byDeadline } from './byDate';
import { isImperative, readContext, type PhraseContext } from './context';
import { doubted } from './doubt';
import { hedged } from './hedge';
import { partlyDone, percentAround } from './share';
import { phraseKey } from './phrases';
import type { PhraseMeaning } from './phrases';
import { recurs } from './remaining';
import { runningTally } from './tally';

/* What one matched phrase says in its place in an entry: negated, in the future, in part or whole. */

const WAITS_ON = /^\s+(?:until|till|unless|before|once|when)\b/i;
const NOT_ALL = `(?:${NOT_ALL_ADVERBS.join('|')})`;
/** "Not fully implemented", "not consistently achieved": done in part ("has not been fully implemented" stays not done). */
const NOT_FULLY_BEFORE = new RegExp(`\\bnot\\s+(?:yet\\s+)?(?:${NOT_ALL}\\s+)?$`, 'i');
const ALL_BEFORE = new RegExp(`${NOT_ALL}\\s+$`, 'i');
const LEVEL: ReadonlySet<string> = new Set(LEVEL_PHRASES.map(phraseKey));
const SERIES: ReadonlySet<string> = new Set(SERIES_EVENT_PHRASES.map(phraseKey));
const NOT_BEGUN: ReadonlySet<string> = new Set(NOT_DONE_IS_NOT_BEGUN.map(phraseKey));

/**
 * The context a phrase from `start` to `end` is read in: tense matters for completions and starts only.
 * @example contextOf(PHRASE_MEANINGS.get('completed')!, 'To be completed', 6) // 'prospective'
 */
export function contextOf(meaning: PhraseMeaning, text: string, start: number, end = start): PhraseContext {
  const signal = meaning.kind === 'signal';
  const tense = signal && (meaning.status === 'complete' || meaning.start);
  const context = readContext(text, start, tense, signal && meaning.rating);
  // "Closed by 31 March" is a deadline, to come as "to be closed by" is; "Closed 3 March" happened.
  if (context === 'plain' && signal && meaning.status === 'complete' && !meaning.start && byDeadline(text, start, end)) return 'prospective';
  // "No evidence that the training has been delivered": a doubt reaches further back than a negator.
  return tense && (context === 'plain' || context === 'progressive') && doubted(text, start, end) ? 'negated' : context;
}

/**
 * The class of the phrase `key` from `start` to `end` in its context, 'unknown' for a
 * retraction, or null to ignore it; a hedge ("may not be met") makes off track a risk.
 * @example resolvePhrase(PHRASE_MEANINGS.get('complete')!, 'plain', '90% complete', 4, 12, 'complete') // 'on_track'
 */
export function resolvePhrase(
  meaning: PhraseMeaning,
  context: PhraseContext,
  text: string,
  start: number,
  end: number,
  key: string,
): StatusClass | null {
  const found = resolveUnhedged(meaning, context, text, start, end, key);
  return found === 'off_track' && hedged(text, start, key) ? 'at_risk' : found;
}

function resolveUnhedged(
  meaning: PhraseMeaning,
  context: PhraseContext,
  text: string,
  start: number,
  end: number,
  key: string,
): StatusClass | null {
  if (meaning.kind === 'ignored' || meaning.kind === 'moved' || meaning.kind === 'remaining' || meaning.kind === 'condition') return null;
  if (context === 'past') return null;
  if (meaning.kind === 'retraction') return context === 'negated' ? null : 'unknown';
  const { status, start: isStart } = meaning;
  // "Cannot be closed until evidence received" waits on something: not done, not ruled out.
  const ruledOut = context === 'ruled_out' && !WAITS_ON.test(text.slice(end, end + 12));
  const before = text.slice(Math.max(0, start - 20), start);
  const fully = NOT_FULLY_BEFORE.test(before) && (key.startsWith('fully') || ALL_BEFORE.test(before));
  if (context === 'negated' && status === 'complete' && fully) return 'at_risk';
  // "Not implemented": nothing done, where "not fully implemented" (above) or "has not been fully
  // implemented" is short of done, and a doubt ("no evidence it has been implemented") says nothing.
  if (context === 'negated' && NOT_BEGUN.has(key) && !ALL_BEFORE.test(before) && !doubted(text, start, end)) return 'not_started';
  if (context === 'negated' || context === 'ruled_out') return isStart ? 'not_started' : ruledOut ? 'off_track' : NEGATED_CLASS[status];
  if (context === 'prospective') return isStart ? 'not_started' : null;
  if (context === 'progressive') return 'on_track';
  if (key === 'complete' && isImperative(text, end)) return null;
  if (status === 'complete') {
    // Events at a frequency ("Meetings held monthly") or in the plural ("Outreach events held") are work going on.
    if (meaning.event && (SERIES.has(key) || recurs(text, end))) return 'on_track';
    const percent = percentAround(text, start, end, LEVEL.has(key));
    if (percent !== null && percent < 100) return percent === 0 ? 'not_started' : 'on_track';
    if (percent === null && (partlyDone(text, start) || runningTally(text, start, end))) return 'on_track';
  }
  return status;
}
