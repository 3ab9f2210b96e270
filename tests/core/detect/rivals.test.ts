import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import { isTrackerHeader, readHeader } from '../../../src/core/detect/columns';

/** Which column took the role, and which were reported as rivals for it. */
function winner(header: string[], role: 'action' | 'timeframe' | 'next_steps') {
  const r = readHeader(header);
  return { col: r.columns[role], rivals: r.duplicates.filter(([d]) => d === role).map(([, , loser]) => loser) };
}

describe('when several columns could be the action, the one holding what is to be done wins', () => {
  it('takes an audit tracker’s Recommendation, not the Finding that led to it, without reporting the Finding as a rival', () => {
    expect(winner(['Rec no', 'Finding', 'Recommendation', 'Priority', 'Responsible officer', 'Due date', 'Status'], 'action')).toEqual({ col: 2, rivals: [] });
  });

  it.each([
    [['No.', 'Recommendation', 'Action(s) to be taken', 'Responsible officer', 'Target date', 'RAG'], 2],
    [['Key issue', 'Improvement action', 'Executive lead', 'End date', 'BRAG'], 1],
    [['Area for improvement', 'Action', 'Lead', 'By when', 'Status'], 1],
  ])('reports no rival when the column beside the action of %j only says why it is needed', (header, col) => {
    expect(winner(header, 'action')).toEqual({ col, rivals: [] });
  });

  it.each([
    [['Area for improvement', 'Lead', 'By when', 'Status'], 0],
    [['Issue', 'Owner', 'Due date', 'Update'], 0],
    [['What', 'Who', 'When', 'Progress'], 0],
  ])('takes the only column that says what is to be done in %j as the action', (header, col) => {
    const r = readHeader(header);
    expect(r.columns.action).toBe(col);
    expect(isTrackerHeader(r)).toBe(true);
  });

  it('takes the recommendation over the agreed management action answering it, and over the finding', () => {
    // Changed on purpose: the recommendation is what is tracked; the agreed action often only says "Agreed" (recommendationAsAction).
    expect(winner(['Rec no', 'Finding', 'Recommendation', 'Agreed management action', 'Responsible officer', 'Due date'], 'action')).toEqual({ col: 2, rivals: [] });
  });

  it.each([
    [['Ref', 'Recommendation', 'Action', 'Lead', 'Deadline', 'Update'], 2],
    [['Ref', 'Safety recommendation', 'Safety action', 'Owner', 'Target date', 'Status'], 2],
    [['No.', 'GIRFT recommendation', 'Key actions', 'Resp.', 'Target date', 'Update'], 2],
    [['Ref', 'Risk description', 'Mitigating action', 'Owner', 'Review date', 'Status'], 2],
  ])('takes the action column of %j over the recommendation or description beside it', (header, col) => {
    expect(winner(header, 'action').col).toBe(col);
  });

  it('still takes a lone Recommendation as the action (seed 004)', () => {
    expect(winner(['#', 'Recommendation', 'Lead', 'Next steps', 'Time frame', 'Is the action on track/update'], 'action')).toEqual({ col: 1, rivals: [] });
  });

  it('reads "Next actions" beside a recommendation as its next steps', () => {
    const r = readHeader(['Recommendation', 'Next actions', 'Lead', 'Date', 'Status']);
    expect([r.columns.action, r.columns.next_steps]).toEqual([0, 1]);
  });
});

describe('when several columns could be the deadline, the more specific name wins wherever it sits', () => {
  it.each([
    [['Risk ID', 'Mitigating action', 'Owner', 'Review date', 'Target date', 'Status'], 4],
    [['Ref', 'Action', 'Lead', 'Target date', 'Completion date', 'Status'], 3],
    [['Workstream', 'Deliverable', 'SRO', 'Milestone date', 'Deadline', 'Status'], 4],
    [['Ref', 'Action', 'Lead', 'Timescale', 'Review date', 'Update'], 3],
  ])('takes the date named as the deadline in %j and reports no rival for a date named by what happens on it', (header, col) => {
    expect(winner(header, 'timeframe')).toEqual({ col, rivals: [] });
  });

  it('still takes a lone Review date as the deadline: it is the only date there is', () => {
    expect(winner(['Action', 'Owner', 'Review date', 'Status'], 'timeframe')).toEqual({ col: 2, rivals: [] });
  });

  it.each([
    [['Action', 'Lead', 'Date', 'Deadline', 'Status'], 3],
    [['Action', 'Lead', 'Deadline', 'Date', 'Status'], 2],
  ])('takes the Deadline of %j over a plain Date', (header, col) => {
    expect(winner(header, 'timeframe')).toEqual({ col, rivals: [header.indexOf('Date')] });
  });
});

describe('readHeader: a milestone plan with no action column', () => {
  it('rates each row\'s milestone: the next-steps column stands as the action', () => {
    const header = ['Workstream', 'Key milestone', 'Owner', 'Baseline date', 'Forecast date', 'RAG', 'Commentary'];
    const reading = readHeader(header);
    expect(reading.columns).toMatchObject({ objective: 0, action: 1, lead: 2, timeframe: 3, status: 6 });
    expect(reading.columns.next_steps).toBeUndefined();
    expect(isTrackerHeader(reading)).toBe(true);
  });

  it('keeps next steps as next steps beside an action column', () => {
    expect(readHeader(['Action', 'Key milestones', 'Lead']).columns).toMatchObject({ action: 0, next_steps: 1 });
  });
});

describe('two lead columns that say which lead each is', () => {
  const codes = (header: string[]) => {
    const grid = { name: 'Plan', rows: [header, ['1', 'Train staff', 'Chief Nurse', 'Head of Education', 'Dec 23', 'On track']], merges: [], tables: [], hidden: false, protected: false };
    return analyseWorkbook([grid], defaultSettings('2023-11-15')).trackers[0]?.issues.map((i) => [i.cell, i.code]);
  };

  it('reads the first and reports no rival: the sheet names both on purpose', () => {
    expect(codes(['Ref', 'Action', 'Executive lead', 'Operational lead', 'Due date', 'Status'])).toEqual([]);
    expect(codes(['Ref', 'Action', 'Accountable owner', 'Action owner', 'Due date', 'Status'])).toEqual([]);
  });

  it('still reports a plain second lead, which may be the one meant', () => {
    expect(codes(['Ref', 'Action', 'Lead', 'Owner', 'Due date', 'Status'])).toEqual([['D1', 'duplicate_column']]);
  });
});
