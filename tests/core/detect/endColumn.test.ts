import { readHeader } from '../../../src/core/detect/columns';

/*
 * SPEC 2.2: a quality improvement plan's "Start | End" pair dates each action by its end, as
 * "End date" does; "End" qualified ("End of life care") is a theme, never the deadline.
 */

describe('a column headed "End" or "Finish"', () => {
  it.each([
    [['Priority', 'Improvement aim', 'Actions', 'Lead', 'Start', 'End', 'RAG', 'Comments'], 5],
    [['Action', 'Owner', 'Start', 'Finish', 'Update'], 3],
    [['Action', 'Owner', 'Start date', 'End date', 'Update'], 3],
  ])('is the time frame in %j', (header, col) => {
    expect(readHeader(header).columns.timeframe).toBe(col);
  });

  it('is no time frame when the header says more ("End of life care")', () => {
    expect(readHeader(['Action', 'Lead', 'End of life care', 'Update']).columns.timeframe).toBeUndefined();
  });
});
