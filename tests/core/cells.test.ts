import { a1Range, counted, wordCount } from '../../src/core/cells';

describe('wordCount: how many words a cell holds', () => {
  it('counts words in text, however they are spaced', () => {
    expect(wordCount('  Draft circulated to\nmembers ')).toBe(4);
    expect(wordCount('Open')).toBe(1);
  });

  it('is 0 for an empty cell and for anything that is not text', () => {
    expect(wordCount('   ')).toBe(0);
    expect(wordCount(null)).toBe(0);
    expect(wordCount(42)).toBe(0);
  });
});

describe('counted: a count with its noun agreeing', () => {
  it('says one thing, and many, with a plural given where an s will not do', () => {
    expect([counted(1, 'action'), counted(0, 'warning'), counted(2, 'status entry', 'status entries')]).toEqual(['1 action', '0 warnings', '2 status entries']);
  });
});

describe('a1Range: a range as a file writes it', () => {
  it('writes both corners, a single cell too', () => {
    expect(a1Range({ top: 2, left: 0, bottom: 39, right: 10 })).toBe('A3:K40');
    expect(a1Range({ top: 5, left: 27, bottom: 5, right: 27 })).toBe('AB6:AB6');
  });

  it('pins every row and column for a defined name', () => {
    expect(a1Range({ top: 2, left: 0, bottom: 39, right: 10 }, true)).toBe('$A$3:$K$40');
    expect(a1Range({ top: 0, left: 26, bottom: 99, right: 27 }, true)).toBe('$AA$1:$AB$100');
  });
});
