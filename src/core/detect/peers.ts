import { NOT_PART_WORDS, OVERALL_STATUS_WORDS, PEER_ROLE_WORDS } from '../vocabulary/columns';
import { isFlagHeader, normaliseHeader, withoutHint } from './headers';
import type { HeaderReading } from './reading';
import { PERIOD } from './updates';

/*
 * A trust-wide tracker's status columns, one per directorate, division or site ("Medicine update |
 * Surgery update"): each holds one part's status, so one part's "Complete" is not the action's.
 * Such peers are told from their headers alone, once per sheet, so reading a row costs no more.
 */

const ROLE = new Set(PEER_ROLE_WORDS.map(normaliseHeader));
const NOT_PART = new Set([...NOT_PART_WORDS, ...OVERALL_STATUS_WORDS].map(normaliseHeader));
/** A part is named in a few words ("Women's & Children's"); a longer difference is two different columns. */
const MAX_PART_WORDS = 4;
const NUMBER = /^\d+$/;

/** A header's words when it can be one part's column: two words or more, neither a flag nor a period's. */
function headerWords(text: string): readonly string[] | null {
  const norm = normaliseHeader(withoutHint(text));
  if (isFlagHeader(norm) || PERIOD.test(norm)) return null;
  const words = norm.split(' ');
  return words.length >= 2 ? words : null;
}

/** Words that can name a part: not a kind of column, a time, a person's or forum's view, or a number ("Update 2"). */
function namesPart(words: readonly string[]): boolean {
  return words.length > 0 && words.length <= MAX_PART_WORDS && words.every((w) => !ROLE.has(w) && !NOT_PART.has(w) && !NUMBER.test(w));
}

/**
 * The role word two headers share around the words that tell them apart ("update" of "Medicine
 * update" and "Surgery update", of "Update by directorate Medicine" and "… Surgery"), or null when
 * those words name no part or the shared words no kind of status column.
 */
function sharedRole(a: readonly string[], b: readonly string[]): string | null {
  const shortest = Math.min(a.length, b.length);
  let head = 0;
  while (head < shortest - 1 && a[head] === b[head]) head++;
  let tail = 0;
  while (head + tail < shortest - 1 && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const partA = a.slice(head, a.length - tail);
  const partB = b.slice(head, b.length - tail);
  if (!namesPart(partA) || !namesPart(partB) || partA.join(' ') === partB.join(' ')) return null;
  // The last shared role word names the kind: "Update by site" is an update, "North site position" a position.
  for (let i = a.length - 1; i >= 0; i--) {
    const word = a[i] ?? '';
    if ((i < head || i >= a.length - tail) && ROLE.has(word)) return word;
  }
  return null;
}

/**
 * The groups of peer columns among status-like columns `cols` (`texts` are the header's cells):
 * two or more sharing a role word, each qualified by the name of a part, in sheet order. A
 * "Medicine update | Surgery update | Medicine RAG | Surgery RAG" sheet has two groups.
 * @example peerGroups([2, 3, 4], ['Action', 'Due', 'Medicine update', 'Surgery update', 'Open/Closed']) // [[2, 3]]
 * @example peerGroups([2, 3], ['Action', 'Due', 'Latest update', 'Previous update']) // []
 */
export function peerGroups(cols: readonly number[], texts: readonly string[]): number[][] {
  const sorted = [...cols].sort((x, y) => x - y);
  const words = sorted.map((col) => headerWords(texts[col] ?? ''));
  const groups = new Map<string, number[]>();
  const placed = new Set<number>();
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = words[i];
      const b = words[j];
      const role = a && b ? sharedRole(a, b) : null;
      if (role === null) continue;
      const group = groups.get(role) ?? [];
      // A column is one part's in one group: the first role it pairs by.
      for (const col of [sorted[i], sorted[j]]) {
        if (col === undefined || placed.has(col)) continue;
        group.push(col);
        placed.add(col);
      }
      groups.set(role, group);
    }
  }
  return [...groups.values()].filter((g) => g.length >= 2).map((g) => g.sort((x, y) => x - y));
}

/**
 * The peer groups among a header reading's status column and the columns read beside it, for the
 * row reader (RowLayout.peers); undefined when there are none, as on most sheets.
 * @example peerColumns(readHeader(['Action', 'Medicine update', 'Surgery update']), ['Action', 'Medicine update', 'Surgery update']) // [[1, 2]]
 */
export function peerColumns(reading: HeaderReading, texts: readonly string[]): readonly (readonly number[])[] | undefined {
  const status = reading.columns.status;
  if (status === undefined || reading.extraStatus.length === 0) return undefined;
  const groups = peerGroups([status, ...reading.extraStatus], texts);
  return groups.length === 0 ? undefined : groups;
}
