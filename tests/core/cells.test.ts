import { counted, wordCount } from '../../src/core/cells';

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
