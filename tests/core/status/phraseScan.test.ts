import fc from 'fast-check';
import { forEachMatch, phrasePatterns, splitByFirst } from '../../../src/core/status/phraseScan';
import { wholeWordPattern } from '../../../src/core/status/trie';
import { EVENT_PHRASES, IGNORED_PHRASES, RETRACTION_PHRASES, STATUS_PHRASES } from '../../../src/core/vocabulary/status';
import { REDATED_PHRASES, REMAINING_PHRASES } from '../../../src/core/vocabulary/statusWords';

/*
 * The status phrases are split by first character into a few regexes, each quick to compile
 * (SPEC 10's 100 ms); scanned together they must find exactly what one regex of them all finds.
 */

const PHRASES = [...Object.values(STATUS_PHRASES).flat(), ...EVENT_PHRASES, ...RETRACTION_PHRASES, ...IGNORED_PHRASES, ...REMAINING_PHRASES, ...REDATED_PHRASES];

function matches(patterns: readonly RegExp[], text: string): [number, string][] {
  const out: [number, string][] = [];
  forEachMatch(patterns, text, (m) => out.push([m.index, m[0]]));
  return out;
}

function oneRegex(text: string, pattern: RegExp): [number, string][] {
  const out: [number, string][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push([m.index, m[0]]);
  return out;
}

describe('splitByFirst', () => {
  it('puts each first character in one group, and every phrase in some group', () => {
    const groups = splitByFirst(PHRASES, 4);
    expect(groups.length).toBeLessThanOrEqual(4);
    expect(groups.flat().sort()).toEqual([...PHRASES].sort());
    const firsts = groups.map((g) => new Set(g.map((p) => p.trim().charAt(0).toLowerCase())));
    for (let i = 0; i < firsts.length; i++) for (let j = i + 1; j < firsts.length; j++) for (const c of firsts[i] ?? []) expect(firsts[j]?.has(c)).toBe(false);
  });

  it('keeps the groups near the same size, so no one compile dominates', () => {
    const sizes = splitByFirst(PHRASES, 4).map((g) => g.length);
    expect(Math.max(...sizes)).toBeLessThan(PHRASES.length / 2);
  });
});

describe('forEachMatch over the split patterns', () => {
  const single = wholeWordPattern(PHRASES);
  const split = phrasePatterns(PHRASES);

  it.each([
    'Delayed, now on track',
    'Not on track – recurrent funding not confirmed by ICB',
    'Completed 28/11 – all 14 staff trained. Not started phase 2; deferred to Q4',
    'Update: Deadlines adjusted to reflect more realistic delivery of actions',
    'ON TRACK - on-track; On Track',
    'Off track – delayed; slipped to March; now completed',
    '',
  ])('finds what one regex of every phrase finds in "%s"', (text) => {
    expect(matches(split, text)).toEqual(oneRegex(text, single));
  });

  it('finds what one regex finds in any sentence made of status phrases and other words', () => {
    const word = fc.oneof(fc.constantFrom(...PHRASES), fc.constantFrom('the', 'plan', 'Board', '12/11', 'not', '-', ';', 'Q4', 'x'));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.constantFrom(' ', ', ', '. ', '\n', '-'), (words, joiner) => {
        const text = words.join(joiner);
        expect(matches(split, text)).toEqual(oneRegex(text, single));
      }),
      { numRuns: 400 },
    );
  });
});
