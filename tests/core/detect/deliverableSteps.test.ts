import { readHeader } from '../../../src/core/detect/columns';

/*
 * A delivery plan lists under each "Key action" the deliverables that make it up ("Deliverables
 * 2026/27"): beside an action column they are its next steps, not a rival action column.
 */
describe('deliverables beside an action column', () => {
  it.each(['Deliverables 2026/27', 'Deliverables', 'Key deliverables', 'Milestones/deliverables', 'Milestones / deliverables'])('"%s" holds the next steps', (head) => {
    const r = readHeader(['Clinical area', 'Key action', 'SRO', head, 'Timescale', 'Progress to date']);
    expect(r.columns.action).toBe(1);
    expect(r.columns.next_steps).toBe(3);
    expect(r.duplicates.filter(([role]) => role === 'action')).toEqual([]);
  });

  it('is the action where no column names one', () => {
    expect(readHeader(['Ref', 'Deliverable', 'Lead', 'Due date']).columns.action).toBe(1);
  });

  it('leaves a next steps column that is named so, the deliverable then a rival', () => {
    const r = readHeader(['Action', 'Deliverables', 'Next steps', 'Lead']);
    expect(r.columns.action).toBe(0);
    expect(r.columns.next_steps).toBe(2);
  });
});

describe('deliverables per period beside an action column', () => {
  it('are still a plan’s period milestones, not its next steps', () => {
    const r = readHeader(['Key action', 'Lead', 'Deliverables Q1 2024/25', 'Deliverables Q2 2024/25', 'Update']);
    expect(r.columns.action).toBe(0);
    expect(r.columns.next_steps).toBeUndefined();
    expect(r.milestones?.map((m) => m.col)).toEqual([2, 3]);
  });
});
