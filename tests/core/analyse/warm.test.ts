import { warmUpInChunks } from '../../../src/core/analyse/warm';
import { classifyStatus } from '../../../src/core/status';

describe('warmUpInChunks: a cold start\'s pattern compiling, a slice at a time', () => {
  it('pauses after each of the status, the time frame and the cell it reads', () => {
    expect([...warmUpInChunks('2024-11-20')]).toHaveLength(3);
  });

  it('leaves every later reading as it was', () => {
    const before = classifyStatus('Update: Deadlines adjusted');
    for (const _ of warmUpInChunks('2024-11-20')) void _;
    expect(classifyStatus('Update: Deadlines adjusted')).toBe(before);
  });
});
