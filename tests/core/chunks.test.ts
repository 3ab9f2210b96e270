import { finish } from '../../src/core/chunks';

describe('finish: a chunked pass run straight through', () => {
  it('returns what the pass returns, however often it pauses', () => {
    function* pass(n: number): Generator<number, string, undefined> {
      for (let i = 0; i < n; i++) yield i;
      return `done after ${n}`;
    }
    expect(finish(pass(0))).toBe('done after 0');
    expect(finish(pass(1000))).toBe('done after 1000');
  });
});
