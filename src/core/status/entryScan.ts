import type { StatusClass } from '../types';
import type { Scan } from './settle';
import { leadingWord } from './whole';

/**
 * What readEntry keeps as it reads an entry's phrases in turn (readPhrase, entryPhrase.ts): the Scan that
 * settle reads, and the marks only later phrases read. One object per entry, made where settle's Scan was.
 */
export interface EntryScan extends Scan {
  partEnd: number;
  reassured: boolean;
  /** Where the last moved deadline starts, or -1: it tells what a later approval approves ("Revised date approved"). */
  movedAt: number;
  /** The rating heading the entry ("Red - in progress", "At risk: …"), which outranks the narrative after it. */
  lead: StatusClass | null;
  /** True when the lead's own words rate the entry, so a count of the work done after them only measures it. */
  assessed: boolean;
  /** Where the last completion ends, or -1, and its words: what is left or denied after it is read from there. */
  doneEnd: number;
  doneText: string;
  /** Where the deciding phrase starts when it is a negative word ("Not on track", "Delayed"), or -1: work going on after it only mitigates it. */
  negative: number;
}

/**
 * The scan of `text` before its phrases are read: empty, unless a column's word heads a note
 * ("Compliant (evidence on file)"), which reads as that word, then the note.
 * @example startScan('Compliant (evidence on file)').status // 'complete'
 * @example startScan('R - no progress').lead // 'off_track'
 */
export function startScan(text: string): EntryScan {
  const s: EntryScan = {
    text,
    status: null,
    end: -1,
    support: null,
    supportEnd: -1,
    event: null,
    eventEnd: -1,
    stepEnd: -1,
    planEnd: -1,
    partEnd: -1,
    goAheadEnd: -1,
    redated: false,
    stall: false,
    retracted: false,
    cause: null,
    reassured: false,
    movedAt: -1,
    lead: null,
    assessed: false,
    doneEnd: -1,
    doneText: '',
    negative: -1,
  };
  const head = leadingWord(text);
  if (head?.status === 'unknown') s.retracted = true;
  else if (head !== undefined) {
    s.status = head.status;
    s.end = head.end;
    if (s.status === 'complete') [s.doneEnd, s.doneText] = [s.end, text.slice(0, s.end)];
    if (head.rating === true) s.lead = s.status;
    s.negative = s.status === 'at_risk' || s.status === 'off_track' ? 0 : -1;
  }
  return s;
}
