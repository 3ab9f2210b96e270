import { warmUpInChunks } from '../../../src/core/analyse/warm';
import { classifyStatus, compilePhrases } from '../../../src/core/status';

describe('warmUpInChunks: a cold start\'s pattern compiling, a slice at a time', () => {
  it('pauses after the status phrases\' pattern, and after each of the status, the time frame and the cell it reads', () => {
    expect([...warmUpInChunks('2024-11-20')]).toHaveLength(4);
  });

  it('leaves every later reading as it was', () => {
    const before = classifyStatus('Update: Deadlines adjusted');
    for (const _ of warmUpInChunks('2024-11-20')) void _;
    expect(classifyStatus('Update: Deadlines adjusted')).toBe(before);
  });

  it('compiles the phrase pattern without moving where the next reading starts', () => {
    compilePhrases();
    expect(classifyStatus('Delayed to January')).toBe('at_risk');
    expect(classifyStatus('On track')).toBe('on_track');
  });
});
