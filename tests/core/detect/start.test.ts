import { startColumn } from '../../../src/core/detect/start';

describe('startColumn', () => {
  it('finds a start column only beside a time frame, and never a mapped one', () => {
    expect(startColumn(['Ref', 'Deliverable', 'Start', 'End', 'Status'], { ref: 0, action: 1, timeframe: 3, status: 4 })).toBe(2);
    expect(startColumn(['Ref', 'Deliverable', 'Planned start date', 'Due date'], { ref: 0, action: 1, timeframe: 3 })).toBe(2);
    expect(startColumn(['Ref', 'Deliverable', 'Start', 'Status'], { ref: 0, action: 1, status: 3 })).toBe(-1);
    expect(startColumn(['Ref', 'Deliverable', 'Started?', 'End'], { ref: 0, action: 1, timeframe: 3 })).toBe(-1);
  });
});
