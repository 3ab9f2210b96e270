import { decodeOutcome, encodeOutcome, GENERIC_TEXT, outcomeFromQuery, outcomeQuery, outcomeTitle } from '../../src/commands/outcome';

describe('the outcome of Refresh RAG', () => {
  const sentence = 'Rated 15 actions on "Action plan": 2 Red, 3 Amber, 8 Green, 2 Complete.';

  it('says whether the refresh worked in words, never by colour alone', () => {
    expect(outcomeTitle({ ok: true })).toBe('Refresh RAG: done');
    expect(outcomeTitle({ ok: false })).toBe('Refresh RAG: not done');
  });

  it('puts only ok or failed in the dialog URL, never the sentence from the workbook', () => {
    expect(outcomeQuery({ ok: true })).toBe('?outcome=ok');
    expect(outcomeQuery({ ok: false })).toBe('?outcome=failed');
  });

  it('reads a generic sentence back from the URL, with Office\'s own parameter after ours', () => {
    expect(outcomeFromQuery('?outcome=ok&_host_Info=excel$win32$16.01$en-GB')).toEqual({ ok: true, text: GENERIC_TEXT.ok });
    expect(outcomeFromQuery('?outcome=failed')).toEqual({ ok: false, text: GENERIC_TEXT.failed });
    expect(outcomeFromQuery('')).toEqual({ ok: false, text: GENERIC_TEXT.failed });
  });

  it('travels to the dialog as a message and back unchanged', () => {
    expect(decodeOutcome(encodeOutcome({ ok: true, text: sentence }))).toEqual({ ok: true, text: sentence });
  });

  it('ignores messages that are not an outcome', () => {
    for (const message of ['', 'ready', '{', 'null', '[]', '{"ok":"yes","text":"x"}', '{"ok":true}', '{"ok":true,"text":"  "}']) {
      expect(decodeOutcome(message)).toBeNull();
    }
  });
});
