import { warmUpInChunks } from '../../../src/core/analyse/warm';
import { classifyStatus, phraseWarmUps } from '../../../src/core/status';

describe('warmUpInChunks: a cold start\'s pattern compiling, a slice at a time', () => {
  it('pauses after each part of the status phrases\' patterns, each status, the time frames, the cells and the small sheet it reads', () => {
    expect(phraseWarmUps().length).toBeGreaterThan(1);
    // Five statuses, then one step each for the time frames, the cells and the sheet.
    expect([...warmUpInChunks('2024-11-20')]).toHaveLength(phraseWarmUps().length + 5 + 3);
  });

  it('leaves every later reading as it was', () => {
    const before = classifyStatus('Update: Deadlines adjusted');
    for (const _ of warmUpInChunks('2024-11-20')) void _;
    expect(classifyStatus('Update: Deadlines adjusted')).toBe(before);
  });

  it('compiles the phrase patterns without moving where the next reading starts', () => {
    for (const step of phraseWarmUps()) step();
    expect(classifyStatus('Delayed to January')).toBe('at_risk');
    expect(classifyStatus('On track')).toBe('on_track');
  });
});
