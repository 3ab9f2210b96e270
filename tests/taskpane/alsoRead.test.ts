import { alsoReadHint } from '../../src/taskpane/alsoRead';

/* The Columns view's hint for a compliance level says what it is, not "the lead's rating". */

describe('alsoReadHint for a compliance level', () => {
  it('names a level that may close the action, and one for a period that never rates it', () => {
    expect(alsoReadHint('I', { I: 'status' }, 'Self-assessed compliance')).toMatch(/compliance level: “Fully compliant” here closes the action/);
    expect(alsoReadHint('D', { D: 'rating' }, 'Self-assessed compliance 2026')).toMatch(/compliance level for the period in its header: it is why the action exists/);
  });

  it('leaves other columns, and calls without a header, as they were', () => {
    expect(alsoReadHint('K', { K: 'status' }, 'RAG')).toMatch(/^Still read, beside the status column/);
    // A current compliance judgement (an MIS or Ockenden tracker's) is read as any status column is.
    expect(alsoReadHint('F', { F: 'status' }, 'Compliant (Y/N/Partial)')).toMatch(/^Still read, beside the status column/);
    expect(alsoReadHint('D', { D: 'rating' })).toMatch(/^Still read, as the lead’s rating for the period/);
  });
});
