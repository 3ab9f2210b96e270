import { isTrackerHeader, readHeader } from '../../../src/core/detect/columns';

/*
 * SPEC 2.2: a plan's "Milestone" column is its action only on a milestone plan. Beside what the
 * milestones deliver (an ICB's "Commitment", a UEC plan's "Scheme") it holds that thing's steps,
 * and the commitment is the action the board paper names; a place or part of the organisation
 * ("PCN", "Site", "Directorate") groups the actions where no objective column does.
 */

describe('a Milestone column beside what it delivers', () => {
  it('holds the steps of a Commitment, which is the action, and the PCN groups the rows', () => {
    const { columns } = readHeader(['PCN', 'Commitment', 'Milestone', 'Date', 'Status', 'Comments', 'ICB lead']);
    expect(columns).toEqual({ objective: 0, action: 1, next_steps: 2, timeframe: 3, status: 4, lead: 6 });
  });

  it('holds the steps of a Scheme or Project, reporting no rival', () => {
    const reading = readHeader(['Scheme', 'Milestone', 'Owner', 'Due']);
    expect(reading.columns).toMatchObject({ action: 0, next_steps: 1 });
    expect(reading.duplicates).toEqual([]);
    expect(readHeader(['Project', 'Key milestone', 'Owner']).columns).toMatchObject({ action: 0, next_steps: 1 });
  });

  it('stays the action beside a Description of it, and beside an Action the milestones are its steps as before', () => {
    expect(readHeader(['Milestone', 'Description', 'Owner', 'Due']).columns).toMatchObject({ action: 0 });
    expect(readHeader(['Action', 'Milestone', 'Owner']).columns).toMatchObject({ action: 0, next_steps: 1 });
  });
});

describe('scheme and project headers', () => {
  it('name the action of a UEC plan that has no Action column', () => {
    const reading = readHeader(['No.', 'Workstream', 'Scheme', 'SRO', 'Metric', 'Baseline', 'Target', 'Latest position', 'Delivery date', 'Scheme RAG', 'Narrative']);
    expect(isTrackerHeader(reading)).toBe(true);
    expect(reading.columns).toMatchObject({ ref: 0, objective: 1, action: 2, lead: 3, timeframe: 8, status: 10 });
  });

  it('give way to an Action column without being reported as its rival', () => {
    const reading = readHeader(['Project', 'Action', 'Lead']);
    expect(reading.columns.action).toBe(1);
    expect(reading.duplicates).toEqual([]);
  });
});

describe('places and parts of the organisation', () => {
  it.each(['PCN', 'Practice', 'Locality', 'Place', 'Neighbourhood', 'Site', 'Ward', 'Directorate', 'Division', 'Care group'])('%s groups the actions where no objective column does', (header) => {
    expect(readHeader([header, 'Action', 'Lead', 'Due']).columns.objective).toBe(0);
  });

  it('give way to an objective column, and name nothing when qualified ("Best practice", "Site lead")', () => {
    expect(readHeader(['Theme', 'Site', 'Action', 'Lead']).columns.objective).toBe(0);
    expect(readHeader(['Best practice', 'Action', 'Lead']).columns.objective).toBeUndefined();
    expect(readHeader(['Action', 'Site lead']).columns).toEqual({ action: 0, lead: 1 });
  });
});
