import { oneSlip } from '../../src/core/slips';

describe('oneSlip: a word typed with one slip', () => {
  it.each([
    ['compelte', 'complete'],
    ['setp', 'sept'],
    ['agust', 'august'],
    ['progres', 'progress'],
  ])('reads %s as a slip of %s', (word, name) => {
    expect(oneSlip(word, name)).toBe(true);
  });

  it('counts no changed letter, nor two slips, so real words stay themselves', () => {
    expect(oneSlip('passed', 'paused')).toBe(false);
    expect(oneSlip('deleyed', 'delayed')).toBe(false);
    expect(oneSlip('sprint', 'spring')).toBe(false);
    expect(oneSlip('marhc', 'march')).toBe(true);
    expect(oneSlip('jnauray', 'january')).toBe(false);
  });
});
