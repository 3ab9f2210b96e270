import fc from 'fast-check';
import { wrappedLines } from '../../../src/core/summary';

/** The word wrap as first written, with split arrays: the one-scan version must count the same lines. */
function splitWrap(text: string, width: number, density = 1.1): number {
  const perLine = Math.max(1, Math.floor(width * density));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else {
        lines += used === 0 ? 0 : 1;
        lines += Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
      }
    }
  }
  return lines;
}

const pieces = ['a', 'word', 'longerwordthanaline', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'é', '😀', '-'];

describe('wrappedLines', () => {
  it('counts the lines the split-based wrap counted, for any text and width', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom(0.9, 1.1), (parts, width, density) => {
        const text = parts.join('');
        expect(wrappedLines(text, width, density)).toBe(splitWrap(text, width, density));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on every single character as a separator', () => {
    for (let code = 0; code < 0x10000; code++) {
      const text = `aaaa${String.fromCharCode(code)}bbbb cc`;
      expect(wrappedLines(text, 4)).toBe(splitWrap(text, 4));
    }
  });
});
