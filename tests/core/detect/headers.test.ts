import { matchRole, normaliseHeader, outputColumnOf } from '../../../src/core/detect/headers';

describe('normaliseHeader', () => {
  it('folds case, punctuation and plurals', () => {
    expect(normaliseHeader('Is the action on track/update')).toBe('is the action on track update');
    expect(normaliseHeader('Time-Frames')).toBe('time frame');
  });

  it('keeps # and % as words because they are whole headers', () => {
    expect(normaliseHeader('#')).toBe('#');
    expect(normaliseHeader('% complete')).toBe('percent complete');
  });
});

describe('matchRole', () => {
  it.each([
    ['#', 'ref'],
    ['Ref', 'ref'],
    ['Recommendation', 'action'],
    ['Actions', 'action'],
    ['Objective/Action', 'action'],
    ['High-level action', 'action'],
    ['Lead', 'lead'],
    ['Action owner', 'lead'],
    ['By whom', 'lead'],
    ['Next steps', 'next_steps'],
    ['Sub-actions', 'next_steps'],
    ['Time frame', 'timeframe'],
    ['Timescale', 'timeframe'],
    ['By when', 'timeframe'],
    ['Revised date', 'timeframe'],
    ['Due', 'timeframe'],
    ['Is the action on track/update', 'status'],
    ['Progress update', 'status'],
    ['RAG comment', 'status'],
    ['Open/Closed', 'status'],
    ['Strategic objectives', 'objective'],
    ['Standard', 'objective'],
    ['It is our ambition that by 2026:', 'ambition'],
    ['Progress with high-level actions as at 2023-24 Q2', 'progress'],
    ['% complete', 'progress'],
    ['Confidence in delivering high-level actions by 2023-24 Q4', 'confidence'],
    ['Supporting strategy', 'strategy'],
    ['RAG override', 'rag_override'],
    ['Manual RAG', 'rag_override'],
  ])('reads %j as the %s column', (header, role) => {
    expect(matchRole(header)?.role).toBe(role);
  });

  it('ignores titles and paragraphs, however many role words they hold', () => {
    expect(matchRole('THT Engagement Lead Group Action Plan - 3 November update – Report to the THT Engagement Leads Group')).toBeNull();
  });

  it('ignores blank and unrelated headers', () => {
    expect(matchRole('')).toBeNull();
    expect(matchRole('Colour')).toBeNull();
  });

  it.each(['Date raised', 'Date raised (dd/mm/yy)', 'Date opened', 'Date closed', 'Date completed', 'Last updated', 'Meeting date'])(
    'leaves "%s" unmapped: it is not the deadline, and read as one would make open actions overdue',
    (header) => expect(matchRole(header)).toBeNull(),
  );

  it.each([
    ['SRO', 'lead'],
    ['Senior Responsible Owner', 'lead'],
    ['Accountable Director', 'lead'],
    ['BRAG status', 'status'],
    ['Current RAG', 'status'],
  ])('reads "%s" as %s', (header, role) => expect(matchRole(header)?.role).toBe(role));

  it('prefers a revised target date to the original one', () => {
    const revised = matchRole('Revised target date');
    const original = matchRole('Original target date');
    expect([revised?.role, original?.role]).toEqual(['timeframe', 'timeframe']);
    expect(revised?.score ?? 0).toBeGreaterThan(original?.score ?? 0);
  });
});

describe('outputColumnOf', () => {
  it('recognises the product columns by header', () => {
    expect(outputColumnOf('RAG')).toBe('RAG');
    expect(outputColumnOf('rag reason')).toBe('RAG reason');
    expect(outputColumnOf('Meeting focus')).toBe('Meeting focus');
    expect(outputColumnOf('Next due')).toBe('Next due');
    expect(outputColumnOf('Trend')).toBe('Trend');
    expect(outputColumnOf('Lead')).toBeNull();
  });
});
