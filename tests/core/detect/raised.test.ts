import { raisedColumn } from '../../../src/core/detect/raised';

// The column dating the meeting each action came from (SPEC 2.2: an event date, never a deadline).
describe('raisedColumn', () => {
  it.each(['Meeting date', 'Date of meeting', 'Date raised', 'Date agreed', 'Date opened', 'Meeting', 'Meeting date (dd/mm/yy)'])('finds "%s"', (header) => {
    expect(raisedColumn(['Ref', header, 'Action', 'Due date'], { ref: 0, action: 2, timeframe: 3 })).toBe(1);
  });

  it.each(['Date closed', 'Meeting focus', 'Agenda item', 'Last updated'])('passes over "%s"', (header) => {
    expect(raisedColumn(['Ref', header, 'Action', 'Due date'], { ref: 0, action: 2, timeframe: 3 })).toBe(-1);
  });

  it('passes over a column a role or output column holds', () => {
    expect(raisedColumn(['Meeting', 'Action'], { timeframe: 0, action: 1 })).toBe(-1);
    expect(raisedColumn(['Action', 'Meeting'], { action: 0 }, [1])).toBe(-1);
  });
});
