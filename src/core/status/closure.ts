import { AUDIT_BODIES, CLOSED_BY_WORDS, CLOSURE_VERBS } from '../vocabulary/statusToCome';
import { clauseWords } from './clauseWords';
import { phraseAlternation } from './alternation';

/*
 * Audit-recommendation trackers name who closed an action between the words that close it (SPEC 4):
 * "Accepted by ARC for closure", "Recommendation approved by Audit Committee for closure", "Withdrawn
 * by IA". The body is who decided; the action is closed as "accepted for closure" or "withdrawn" alone is.
 */

/** A closing verb, the body that decided, then "for closure": groups the verb, the body, "for closure". */
const BY_FOR_CLOSURE = new RegExp(`\\b(${phraseAlternation(CLOSURE_VERBS)})(\\s+by\\s+(?:[a-z0-9&'’-]+\\s+){1,5}?)(for\\s+clos(?:ure|e|ing))\\b`, 'gi');
/** A closure word heading the entry, then who closed it: "Withdrawn by internal audit". */
const AUDITORS: ReadonlySet<string> = new Set(AUDIT_BODIES);
const CLOSED_BY = new RegExp(`^\\s*(?:(?:the\\s+)?(?:recommendation|action)\\s+)?(?:${phraseAlternation(CLOSED_BY_WORDS)})\\s+by\\s+(.{1,40}?)[\\s.]*$`, 'i');

/**
 * `text` with a body named between a closing verb and "for closure" moved after them, so the phrase
 * reads as one ("accepted for closure"); the text keeps its length, so positions in it stand.
 * @example forClosure('Accepted by ARC for closure') // 'Accepted for closure by ARC'
 * @example forClosure('Paper to ARC for closure in March') // 'Paper to ARC for closure in March'
 */
export function forClosure(text: string): string {
  if (!/for\s+clos/i.test(text)) return text;
  return text.replace(BY_FOR_CLOSURE, (all: string, verb: string, by: string, closure: string) =>
    `${verb} ${closure} ${by.trim()}`.padEnd(all.length),
  );
}

/**
 * True when the whole entry is a closure word and who closed the action: "Withdrawn by IA",
 * "Recommendation withdrawn by internal audit". Only an audit body: "Withdrawn by ICB" may be funding withdrawn.
 * @example closedBy('Withdrawn by IA') // true
 * @example closedBy('Withdrawn by ICB') // false
 */
export function closedBy(text: string): boolean {
  const m = CLOSED_BY.exec(text);
  return m !== null && AUDITORS.has(clauseWords(m[1] ?? '').join(' '));
}

/** A closure question or field, then its one-word answer: "Recommendation to close: yes", "Can be closed? Y", "Close: no". */
const CLOSURE_ANSWER = /^\s*((?:[a-z]+\s+){0,4}?clos(?:e|ed|ure|ing)(?:\s+[a-z]+){0,2}?)\s*[:?\-–—]\s*(yes|y|no|n)\s*[.!]?\s*$/i;
const NEGATOR = /\b(?:not|no|never|cannot|unable)\b/i;
/** How long a closure field and its answer may be: one cell of a "Recommend closure?" column, not a sentence. */
const ANSWER_MAX = 48;

/**
 * The class a closure question answered in one word gives the action: complete for yes, and for no, 'unknown'
 * (not closed, and nothing said of the work), as "Completed: No" is read; undefined for any other text.
 * @example closureAnswer('Recommendation to close: yes') // 'complete'
 * @example closureAnswer('Can be closed? N') // 'unknown'
 * @example closureAnswer('Closing date: 31 March') // undefined
 */
export function closureAnswer(text: string): 'complete' | 'unknown' | undefined {
  if (text.length > ANSWER_MAX || !/clos/i.test(text)) return undefined;
  const m = CLOSURE_ANSWER.exec(text);
  if (m === null || NEGATOR.test(m[1] ?? '')) return undefined;
  return (m[2] ?? '').toLowerCase().startsWith('y') ? 'complete' : 'unknown';
}
