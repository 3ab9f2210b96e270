import type { EntryReading } from './reading';
import { readPhrase } from './entryPhrase';
import { startScan } from './entryScan';
import { readableEntry, wholeEntryStatus } from './whole';
import { PHRASE_MEANINGS, PHRASE_PATTERNS, phraseKey } from './phrases';
import { forEachMatch } from './phraseScan';
import { settle } from './settle';
import { respellStatus } from './spelling';
import { ownTimeExtended, withExtension } from './extended';
import { ongoingReading } from './ongoing';
import { afterRead } from './afterRead';
import { courseReading } from './entryCourse';
import { pendingReading } from './pending';
import { heldOpenReading } from './heldOpen';
import { heldUpReading } from './heldUp';
import { maskSchemeNames } from './names';
import { readableSense } from './sense';
import { setbackReading } from './setback';
import { factsReading } from './facts';

export { stripStatusPrefix } from './prefix';
export type { EntryReading } from './reading';

/**
 * Reads one entry: a whole-entry word ("Closed", "Yes", "A") first, else the latest status
 * phrase in it. A supporting phrase ("escalated"), or a completion still in progress ("being
 * rolled out"), decides only when no other phrase gives a class: "Delay in the programme being
 * rolled out" is the delay. An event ("launched") decides only after those, and the reading is
 * then weak. A retraction ("not complete") decides only when no phrase at all does. Work left
 * after a completion ("outstanding", "to follow", "phase 2 to start"), further work set for later
 * ("teaching sessions planned for January") or a stopgap ("in place meanwhile") makes it on track,
 * as a report back still to come does after a step ("Plan in place; further update due January").
 * A rating word heading the entry ("At risk: …") outranks a count of the work done after it.
 * A column word heading a note ("Compliant (evidence on file)") reads as that word; "no progress"
 * after work under way is stalled, so off track. A deadline moved to a date ("moved to December")
 * is at risk, as "deferred" is; an approval with a condition outstanding after it ("approved pending
 * funding") is at risk; a hold-up after "after", "following" or "despite" ("Completed after delays")
 * is background, which decides only when nothing else in the entry does. A plan for the work in
 * place ("implementation plan in place"), or a part done with the rest denied after it ("… but not yet
 * delivered"), is under way; a closure stays closed ("Closed - not implemented"). A short entry that reads
 * as nothing is read again with a status word typed wrong put right ("Compelte", status/spelling.ts).
 * The work's own dates extended ("Timeline extended") are re-dated, and at risk where nothing else says.
 * @example readEntry('Update: THCVS BAME Leadership - Disparities Project meeting delayed to Jan 23').status // 'at_risk'
 */
export function readEntry(entry: string): EntryReading {
  const reading = readPhrases(entry);
  if (reading.matched) return reading;
  // "Compelte", "Delayd", "In progres": a short entry that says nothing may hold a status word typed wrong.
  const respelt = respellStatus(reading.text);
  return respelt === null ? reading : { ...readPhrases(respelt), text: reading.text };
}

function readPhrases(entry: string): EntryReading {
  // "Was Not Brought policy", "Red Bag scheme": a scheme's name holds no negation or RAG colour (names.ts).
  // Round 33 (sense.ts): a cohort "at risk of", "far from" and a place shut as a problem are rewritten first.
  const sense = readableSense(readableEntry(entry));
  const text = maskSchemeNames(sense.text);
  const whole = wholeEntryStatus(text);
  if (whole !== undefined) return { status: whole, matched: true, redated: false, text, end: text.length, weak: false };
  // The phrases are read in turn into one scan (entryScan.ts), each weighed against those before it (entryPhrase.ts).
  const scan = startScan(text);
  forEachMatch(PHRASE_PATTERNS, text, (m) => {
    const key = phraseKey(m[0]);
    const meaning = PHRASE_MEANINGS.get(key);
    if (meaning !== undefined) readPhrase(scan, key, meaning, m.index, m[0]);
  });
  // An audit's "only 48%" or a group "meeting monthly" spans a number or a frequency, read over the whole entry (ongoing.ts).
  // Round 25's whole-entry rules (afterRead.ts): a closure said last, "Not completed", reopened, a start to come, a
  // level short of its target, and a completion with the action left open.
  // Round 27's (entryCourse.ts): a delivery denied "as planned", a deadline that will not be met, work yet to begin.
  // Round 28's (pending.ts): a step of a numbered part done, a paper waiting on a meeting, a kick-off booked.
  // Round 31's (heldOpen.ts, heldUp.ts): a completion of part, a draft or an instance, and waits and slippage read anew.
  const read = heldUpReading(heldOpenReading(pendingReading(courseReading(afterRead(ongoingReading(settle(scan), scan.doneText), scan)))));
  // Round 33's (setback.ts): a place shut, a setback beside a remedy, a plan missed, a conditional forecast, a recovery;
  // then (facts.ts) closures by decision, events done with their dates, bad news told as plain facts.
  const reading = factsReading(setbackReading(read, sense.shut));
  // "Closing date for applications extended": the work's own dates moved, which no phrase spans (status/extended.ts).
  return ownTimeExtended(text) ? withExtension(reading) : reading;
}
