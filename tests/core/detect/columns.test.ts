import { findHeaderRow, readHeader } from '../../../src/core/detect/columns';

describe('readHeader', () => {
  it('maps seed 004 action plan headers', () => {
    const r = readHeader(['#', 'Recommendation', 'Lead', 'Next steps', 'Time frame', 'Is the action on track/update']);
    expect(r.columns).toEqual({ ref: 0, action: 1, lead: 2, next_steps: 3, timeframe: 4, status: 5 });
    expect(r.duplicates).toEqual([]);
  });

  it('maps a board Table One', () => {
    const r = readHeader([
      'Strategic objectives',
      'It is our ambition that by 2026:',
      'Progress with high-level actions as at 2023-24 Q2',
      'Confidence in delivering high-level actions by 2023-24 Q4',
      'Supporting strategy',
    ]);
    expect(r.columns).toEqual({ objective: 0, ambition: 1, progress: 2, confidence: 3, strategy: 4 });
  });

  it('reads every status-like column, the best as the status and the rest as extras', () => {
    const r = readHeader(['Action', 'Update', 'Open/Closed', 'RAG']);
    expect(r.columns.status).toBe(1);
    expect(r.extraStatus).toEqual([2, 3]);
  });

  it('treats a lone RAG header as the lead’s rating, but RAG beside RAG reason as the product’s own', () => {
    expect(readHeader(['Action', 'RAG']).outputs).toEqual({});
    const ours = readHeader(['Action', 'Lead', 'RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend']);
    expect(ours.outputs).toEqual({ RAG: 2, 'RAG reason': 3, 'Meeting focus': 4, 'Next due': 5, Trend: 6 });
    expect(ours.columns).toEqual({ action: 0, lead: 1 });
    // Refreshed once, a sheet with the lead's own RAG has two: only the one beside RAG reason is ours.
    const both = readHeader(['Action', 'RAG', 'Lead', 'RAG', 'RAG reason', 'Meeting focus']);
    expect(both.outputs).toEqual({ RAG: 3, 'RAG reason': 4, 'Meeting focus': 5 });
    expect([both.columns.status, ...both.extraStatus]).toContain(1);
  });

  it('keeps the better of two columns for one role and reports the other', () => {
    const r = readHeader(['Action', 'Deadline', 'Date']);
    expect(r.columns.timeframe).toBe(1);
    expect(r.duplicates).toEqual([['timeframe', 1, 2]]);
  });
});

describe('findHeaderRow', () => {
  it('skips title rows, blank rows and front matter', () => {
    const rows = [
      ['THT Engagement Lead Group Action Plan - 3 November update – Report to the THT Engagement Leads Group'],
      ['This report updates on implementation of the THT Engagement Lead Group Action Plan'],
      [],
      ['Actions complete'],
      ['#', 'Recommendation', 'Lead', 'Next steps', 'Time frame', 'Is the action on track/update'],
    ];
    expect(findHeaderRow(rows, 30)).toBe(4);
  });

  it('needs an action or ambition column and one more', () => {
    expect(findHeaderRow([['Lead', 'Time frame', 'Status']], 30)).toBeNull();
    expect(findHeaderRow([['Action']], 30)).toBeNull();
  });

  it('only looks at the first rows it is given', () => {
    const rows = [...Array.from({ length: 30 }, () => ['notes']), ['Action', 'Lead']];
    expect(findHeaderRow(rows, 30)).toBeNull();
  });
});

describe('readHeader: one role per column, the narrative as the status', () => {
  const read = (header: string[]) => {
    const r = readHeader(header);
    return { columns: r.columns, extraStatus: r.extraStatus, duplicates: r.duplicates };
  };

  it('gives "Milestones" the next steps beside a deliverable, and the action when it stands alone', () => {
    expect(read(['Deliverable', 'Milestones', 'Lead', 'Date', 'Status']).columns).toEqual({ action: 0, next_steps: 1, lead: 2, timeframe: 3, status: 4 });
    expect(read(['Milestone', 'Lead', 'Date', 'Status']).columns).toEqual({ action: 0, lead: 1, timeframe: 2, status: 3 });
  });

  it.each([['RAG status'], ['RAG'], ['Lead RAG'], ['Open/Closed']])('reads a "%s" flag beside a weakly named update column, not instead of it', (flag) => {
    const r = read(['Action', 'Lead', 'Deadline', flag, 'Q2 update']);
    expect(r.columns.status).toBe(4);
    expect(r.extraStatus).toEqual([3]);
    expect(r.duplicates).toEqual([]);
  });

  it('never reads "Lead RAG" as the lead', () => {
    expect(read(['Action', 'Lead RAG', 'Lead', 'Date', 'Update']).columns.lead).toBe(2);
  });

  it('takes a flag as the status when there is no narrative', () => {
    expect(read(['Action', 'Open/Closed', 'Lead', 'Date']).columns.status).toBe(1);
  });
});

describe('readHeader: a board Table One with a notes column', () => {
  it.each([['Key issues and risks'], ['Description']])('reads "%s" beside ambitions with progress and confidence as a note, so the sheet still rates its ambitions', (notes) => {
    const r = readHeader(['Strategic objective', 'It is our ambition that', 'Progress', 'Confidence', notes]);
    expect(r.columns).toEqual({ objective: 0, ambition: 1, progress: 2, confidence: 3 });
  });

  it('still reads a Recommendation under a goal as the action of an action tracker', () => {
    expect(readHeader(['Goal', 'Recommendation', 'Lead', 'Due date', 'Progress']).columns.action).toBe(1);
  });
});
