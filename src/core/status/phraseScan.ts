import { wholeWordPattern } from './trie';

/*
 * The status vocabulary is over a thousand phrases. Folded into one regex it took 140-160 ms to
 * compile on the reference machine, and V8 compiles a regex again, to machine code, on its second
 * run (60 ms more): each a stretch no refresh may spend without yielding (SPEC 10: 100 ms). Split
 * by the phrase's first character into a few regexes, each compiles in a fraction of that, in a
 * stretch of its own (warmUpInChunks). Only the phrases of one part can start with a given
 * character, so the parts never match at the same place, and scanning them together (the earliest
 * match next, each part moved on past it) finds exactly the matches the one regex found.
 */

/** How many regexes the phrases are split into: a compile of each stays far under the 100 ms budget. */
const PARTS = 4;

/**
 * The phrases split into `parts` groups of about equal size, by first character (lower case), each
 * character in one group only.
 * @example splitByFirst(['on track', 'off track', 'delayed', 'done'], 2) // [['delayed', 'done'], ['on track', 'off track']]
 */
export function splitByFirst(phrases: readonly string[], parts: number): string[][] {
  const byFirst = new Map<string, string[]>();
  for (const phrase of phrases) {
    const first = phrase.trim().charAt(0).toLowerCase();
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  const firsts = [...byFirst.keys()].sort();
  const target = Math.ceil(phrases.length / parts);
  const out: string[][] = [[]];
  for (const first of firsts) {
    let group = out[out.length - 1] ?? [];
    if (group.length >= target && out.length < parts) out.push((group = []));
    group.push(...(byFirst.get(first) ?? []));
  }
  return out.filter((g) => g.length > 0);
}

/**
 * Whole-word patterns (wholeWordPattern) over `phrases`, split by first character, scanned as one
 * with {@link forEachMatch}.
 * @example phrasePatterns(['on track', 'delayed']).length // 2
 */
export function phrasePatterns(phrases: readonly string[], parts = PARTS): RegExp[] {
  return splitByFirst(phrases, parts).map((group) => wholeWordPattern(group));
}

/**
 * Calls `visit` with each match of `patterns` in `text`, left to right, never overlapping: the
 * matches one regex of all their phrases would find, as each part holds the phrases of its own
 * first characters. The patterns are global; their places are reset first.
 * @example forEachMatch(phrasePatterns(['on track', 'delayed']), 'Delayed, now on track', (m) => seen.push(m[0])) // seen: ['Delayed', 'on track']
 */
export function forEachMatch(patterns: readonly RegExp[], text: string, visit: (m: RegExpExecArray) => void): void {
  const next: (RegExpExecArray | null)[] = [];
  for (const p of patterns) {
    p.lastIndex = 0;
    next.push(p.exec(text));
  }
  for (;;) {
    let first: RegExpExecArray | null = null;
    for (const m of next) if (m !== null && (first === null || m.index < first.index)) first = m;
    if (first === null) return;
    const end = first.index + first[0].length;
    visit(first);
    for (let i = 0; i < next.length; i++) {
      const m = next[i];
      const p = patterns[i];
      if (m === null || m === undefined || p === undefined || m.index >= end) continue;
      p.lastIndex = end;
      next[i] = p.exec(text);
    }
  }
}

/** A text of each width V8 stores strings in: it compiles a regex apart for each ("–" makes a text two-byte). */
const WARM_TEXTS = ['on track', 'on track – now'];

/**
 * Two steps per pattern, one per string width (WARM_TEXTS), each running it twice: V8 compiles a
 * regex on its first run and again, to machine code, on its second, and apart for one-byte and
 * two-byte texts, so a refresh pays for all of it in these steps, with a pause after each, rather
 * than inside the first statuses it reads.
 * @example for (const step of patternWarmUps(phrasePatterns(['on track']))) step()
 */
export function patternWarmUps(patterns: readonly RegExp[]): (() => void)[] {
  return WARM_TEXTS.flatMap((text) =>
    patterns.map((pattern) => () => {
      for (let i = 0; i < 2; i++) {
        pattern.lastIndex = 0;
        pattern.test(text);
      }
      pattern.lastIndex = 0;
    }),
  );
}
