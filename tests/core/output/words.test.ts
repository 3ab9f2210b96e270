import { focusWords, isOwnRuleFormula, needsQuoting, ratingWord, safeText, trendSymbol, trendWord } from '../../../src/core/output';

describe('the words written beside each action', () => {
  it('writes each rating as the word the colour rules look for', () => {
    expect(['complete', 'green', 'amber', 'red', 'not_rated'].map((r) => ratingWord(r as never))).toEqual([
      'Complete',
      'Green',
      'Amber',
      'Red',
      'Not rated',
    ]);
  });

  it('writes the meeting focus as in the source colour key ("Actions update for ELG December 22")', () => {
    expect(focusWords('complete', 'ELG December 22')).toBe('Complete');
    expect(focusWords('update_due', 'ELG December 22')).toBe('Update due at ELG December 22');
    expect(focusWords('update_due', null)).toBe('Update due at next meeting');
    expect(focusWords('update_due', '')).toBe('Update due at next meeting');
    expect(focusWords('next_step', 'ELG December 22')).toBe('Next step');
  });

  it('shows the trend as a symbol with a word for screen readers', () => {
    expect([trendSymbol('up'), trendSymbol('down'), trendSymbol('same'), trendSymbol('new'), trendSymbol(null)]).toEqual(['▲', '▼', '►', '●', '']);
    expect([trendWord('up'), trendWord('down'), trendWord('same'), trendWord('new'), trendWord(null)]).toEqual(['Improved', 'Worse', 'Same', 'New', '']);
  });
});

describe('safeText', () => {
  it.each(['=HYPERLINK("http://x","click")', '+44 20 7946 0000', '-2 weeks', '@SUM(A1)', '\tEnd of Nov', '\rMid Nov'])(
    'keeps %j as text with a leading apostrophe',
    (text) => {
      expect(safeText(text)).toBe(`'${text}`);
      expect(needsQuoting(text)).toBe(true);
    },
  );

  it.each(['Completed', 'End of Nov 22', "'quoted already", ' =leading space', '5/1/23', ''])('leaves %j as it is', (text) => {
    expect(safeText(text)).toBe(text);
  });
});

describe('isOwnRuleFormula', () => {
  it('recognises the product\'s rules with or without the leading = and in any case', () => {
    expect(isOwnRuleFormula('=AND($G4="Red",N("RAG Tracker")=0)')).toBe(true);
    expect(isOwnRuleFormula('and($g4="Red", n("RAG Tracker")=0)')).toBe(true);
  });

  it('leaves the user\'s own rules alone, even ones keyed on a RAG column', () => {
    expect(isOwnRuleFormula('$G4="Red"')).toBe(false);
    expect(isOwnRuleFormula('AND($G4="Red",N("notes")=0)')).toBe(false);
  });
});
