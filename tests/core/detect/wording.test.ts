import { readHeader } from '../../../src/core/detect/columns';
import { matchRole } from '../../../src/core/detect/headers';

describe('a header of several role words is read by the word that names what the column holds', () => {
  it.each([
    ['Action lead', 'lead'],
    ['Action Plan Lead', 'lead'],
    ['Deliverable owner', 'lead'],
    ['Milestone owner', 'lead'],
    ['Workstream lead', 'lead'],
    ['Action due date', 'timeframe'],
    ['Milestone date', 'timeframe'],
    ['Action status', 'status'],
    ['Action update', 'status'],
    ['Lead update', 'status'],
    ['Owner comments', 'status'],
  ])('reads the compound "%s" by its last words, as the %s', (header, role) => {
    expect(matchRole(header)?.role).toBe(role);
  });

  it.each([
    ['Progress against milestones', 'progress'],
    ['Comments on progress', 'status'],
    ['Update on actions', 'status'],
    ['Actions / next steps', 'action'],
    ['Action(s) required', 'action'],
  ])('reads "%s", whose parts are joined, by its first words, as the %s', (header, role) => {
    expect(matchRole(header)?.role).toBe(role);
  });

  it('finds the lead, deadline and status of an action log that names them all after the action', () => {
    const r = readHeader(['Action No', 'Action', 'Action lead', 'Action due date', 'Action status', 'Comments']);
    expect(r.columns).toEqual({ ref: 0, action: 1, lead: 2, timeframe: 3, status: 5 });
    expect(r.extraStatus).toEqual([4]);
    expect(r.duplicates).toEqual([]);
  });
});

describe('a date header naming when something happened is not the deadline', () => {
  it.each(['Date of incident', 'Incident date', 'Date action agreed', 'Start date', 'Planned start date', 'Actual completion date', 'Date reported', 'Date received'])(
    'leaves "%s" unmapped, as read as the deadline it would make open actions overdue',
    (header) => expect(matchRole(header)).toBeNull(),
  );

  it.each(['Agreed target date', 'Target date agreed', 'Due meeting', 'Date to be completed by', 'Planned end date', 'Completion by'])(
    'still reads "%s" as the deadline',
    (header) => expect(matchRole(header)?.role).toBe('timeframe'),
  );

  it('maps the deadline of a safety action plan without reporting the incident and agreement dates as rivals', () => {
    const r = readHeader(['PSII ref', 'Date of incident', 'Safety action', 'Action owner', 'Date action agreed', 'Target completion date', 'Current position']);
    expect(r.columns.timeframe).toBe(5);
    expect(r.duplicates).toEqual([]);
  });

  it('keeps a role word in a non-date header: "Actions completed to date" still names actions', () => {
    expect(matchRole('Actions completed to date')?.role).toBe('action');
  });
});

describe('abbreviations and other wordings NHS trackers use', () => {
  it.each([
    ['Resp.', 'lead'],
    ['Responsibility', 'lead'],
    ['Executive sponsor', 'lead'],
    ['Actioned by', 'lead'],
    ['Action by (name)', 'lead'],
    ['Time scale', 'timeframe'],
    ['Completion by', 'timeframe'],
    ['Next actions', 'next_steps'],
    ['Further action required', 'next_steps'],
    ['Agreed management action', 'action'],
  ])('reads "%s" as the %s', (header, role) => expect(matchRole(header)?.role).toBe(role));

  it.each(['Completed (Y/N)', 'Closed (Y/N)', 'Complete (Yes/No)'])('reads the flag "%s" as a status under its hint of values', (header) => {
    expect(matchRole(header)?.role).toBe('status');
  });

  it('reads a lone "RAG (R/A/G)" as the lead’s rating, beside the update', () => {
    const r = readHeader(['Action', 'Lead', 'Deadline', 'RAG (R/A/G)', 'Update']);
    expect(r.columns.status).toBe(4);
    expect(r.extraStatus).toEqual([3]);
    expect(r.outputs).toEqual({});
  });

  it.each(['Expected outcome', 'Outcome measure', 'Intended outcome'])('leaves "%s", what one action should achieve, out of the ambitions', (header) => {
    expect(matchRole(header)).toBeNull();
  });

  it('still reads a bare "Outcome" as an ambition', () => {
    expect(matchRole('Outcome')?.role).toBe('ambition');
  });
});

describe('a hint in brackets after a header does not change which word names the column', () => {
  it.each([
    ['Action status (open/closed)', 'status'],
    ['Action lead (exec)', 'lead'],
    ['Target date (dd/mm/yyyy)', 'timeframe'],
  ])('reads "%s" by the name before its hint, as the %s', (header, role) => {
    expect(matchRole(header)?.role).toBe(role);
  });

  it('reads an action log\'s "Action status (open/closed)" as a status beside the action, not a rival action', () => {
    const r = readHeader(['Ref', 'Action', 'Owner', 'Due date', 'Action status (open/closed)']);
    expect(r.columns).toEqual({ ref: 0, action: 1, lead: 2, timeframe: 3, status: 4 });
    expect(r.duplicates).toEqual([]);
  });
});

describe('the dates of an update are not the deadline', () => {
  it.each(['Date of update', 'Update date', 'Date of next update', 'Date updated'])('leaves "%s" unmapped', (header) => {
    expect(matchRole(header)).toBeNull();
  });

  it('reports no rival for the date of the update beside the due date', () => {
    const r = readHeader(['Ref', 'Action', 'Lead', 'Due date', 'Update', 'Date of update']);
    expect(r.columns).toMatchObject({ timeframe: 3, status: 4 });
    expect(r.duplicates).toEqual([]);
  });
});

describe('deadline and update wordings of audit and improvement trackers', () => {
  it.each(['Agreed implementation date', 'Implementation date', 'Complete by', 'To be completed by'])('reads "%s" as the deadline', (header) => {
    expect(matchRole(header)?.role).toBe('timeframe');
  });

  it.each(['Actions taken to date', 'Work undertaken'])('reads "%s" as the update on what has been done, not the action', (header) => {
    expect(matchRole(header)?.role).toBe('status');
  });

  it('reads an action log\'s "Agenda item" as no ref: the minute ref is the action\'s', () => {
    const r = readHeader(['Minute ref', 'Agenda item', 'Action', 'Lead', 'Deadline', 'Status']);
    expect(r.columns.ref).toBe(0);
    expect(r.duplicates).toEqual([]);
  });
});
