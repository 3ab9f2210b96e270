import type { StatusClass } from '../types';
import { WHOLE_ENTRY_WORDS } from '../vocabulary/statusWords';

/*
 * Open/Closed, Complete? and RAG columns hold one word ("Closed", "A", "🟢"); such words are
 * read only as a whole entry, never inside a sentence.
 */

const WHOLE_ENTRY_MAX = 24;
/** A Map, not the object itself: lookups by freshly built strings are much cheaper. */
const WHOLE_ENTRY = new Map<string, StatusClass>(Object.entries(WHOLE_ENTRY_WORDS));
/** Whole-entry words are ASCII or the marks of WHOLE_ENTRY_WORDS, so anything else separates words. */
const NOT_WORD = /[^a-z0-9✓✔✅❌⚠🟢🟡🟠🔴🔵]+/gu;

/**
 * The status of an entry that is one of the whole-entry words (an Open/Closed, Complete? or RAG
 * column's "Closed", "Yes", "A", "🟢"), or undefined for any other text.
 * @example wholeEntryStatus('Closed') // 'complete'
 * @example wholeEntryStatus('Open') // 'unknown'
 * @example wholeEntryStatus('Partially implemented') // undefined
 */
export function wholeEntryStatus(text: string): StatusClass | undefined {
  return text.length <= WHOLE_ENTRY_MAX ? WHOLE_ENTRY.get(text.toLowerCase().replace(NOT_WORD, ' ').trim()) : undefined;
}
