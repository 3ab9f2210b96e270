import { renderOutcome } from '../../src/commands/result';

describe('the Refresh RAG result dialog', () => {
  it('writes the heading and the sentence as text', () => {
    const view = { title: { textContent: '' }, message: { textContent: '' } };
    renderOutcome(view, { ok: false, text: 'Excel is in cell-edit mode: press Enter or Esc to finish editing the cell, then refresh again.' });
    expect(view.title.textContent).toBe('Refresh RAG: not done');
    expect(view.message.textContent).toBe('Excel is in cell-edit mode: press Enter or Esc to finish editing the cell, then refresh again.');
  });

  it('shows workbook text that looks like markup as the characters it is', () => {
    const view = { title: { textContent: '' }, message: { textContent: '' } };
    renderOutcome(view, { ok: true, text: 'Rated 3 actions on "<b>Plan</b>".' });
    expect(view.message.textContent).toBe('Rated 3 actions on "<b>Plan</b>".');
  });
});
