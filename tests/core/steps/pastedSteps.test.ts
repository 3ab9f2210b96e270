import { splitEntries, stepDeadline } from '../../../src/core/steps';

describe('emoji and arrow bullets pasted from Teams with no space after them', () => {
  it('are taken off the step, as they are with a space', () => {
    expect(splitEntries('🔹Agree ToR\n🔹Recruit chair')).toEqual(['Agree ToR', 'Recruit chair']);
    expect(splitEntries('➡️Agree ToR\n➡️Recruit chair')).toEqual(['Agree ToR', 'Recruit chair']);
    expect(splitEntries('→Agree ToR')).toEqual(['Agree ToR']);
  });

  it('leave an asterisk, which may mark a footnote, and a tick, which says how a step is going', () => {
    expect(splitEntries('*Subject to funding')).toEqual(['*Subject to funding']);
    expect(splitEntries('✅Agree ToR')).toEqual(['✅Agree ToR']);
  });
});

describe('a deadline written into a step before its lead', () => {
  it('is found before "(Lead: …)", "(Owner …)", bracketed initials or "– JS"', () => {
    expect(stepDeadline('Agree ToR by end of Dec (Lead: JS)')).toBe('by end of Dec');
    expect(stepDeadline('Agree ToR by end of Dec (Owner - Ann Smith)')).toBe('by end of Dec');
    expect(stepDeadline('Agree at Board (Mar 25) (AB)')).toBe('Mar 25');
    expect(stepDeadline('Agree at Board by Mar 25 – JS')).toBe('by Mar 25');
    expect(stepDeadline('Agree ToR by Jan 24 - JS/AB')).toBe('by Jan 24');
  });

  it('is a date the step ends with before a lead is looked for, and nothing when there is none', () => {
    expect(stepDeadline('Agree at Board – MAR')).toBe('MAR');
    expect(stepDeadline('Agree ToR (Lead: JS)')).toBeNull();
    expect(stepDeadline('Agree at Board (TBC)')).toBeNull();
    expect(stepDeadline('Agree by Jan – see notes')).toBeNull();
  });
});
