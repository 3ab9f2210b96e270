import fc from 'fast-check';
import { decodeEntities, stripMarkup } from '../../../src/core/steps';
import { markupToLines } from '../../../src/core/steps/markup';
import { row10, row12 } from './seed004';

describe('stripMarkup: plain text for an action', () => {
  it('strips tags, keeping their text, and collapses whitespace', () => {
    expect(stripMarkup('<b>Update:</b> Deadlines adjusted')).toBe('Update: Deadlines adjusted');
    expect(stripMarkup(row12.continuationAction)).toBe('the ladder of participation. (see SHAHID Report (ActEarly) )');
  });

  it('keeps words apart where a block tag stood between them', () => {
    expect(stripMarkup('<p>Mid-March</p><p>End of March</p>')).toBe('Mid-March End of March');
  });

  it('reads row 10 as one paragraph of text with no markup left', () => {
    const text = stripMarkup(row10.action);
    expect(text).toMatch(/^The new relevant board member takes responsibility/);
    expect(text).toContain("Review and update group's terms of reference");
    expect(text).not.toMatch(/[<>]/);
  });

  it('decodes entities after stripping, so escaped markup stays as text', () => {
    expect(stripMarkup('Decide actions &amp; timescales')).toBe('Decide actions & timescales');
    expect(stripMarkup('&lt;b&gt;bold&lt;/b&gt;')).toBe('<b>bold</b>');
  });

  it('returns an empty string for markup with no text', () => {
    expect(stripMarkup('<p> </p><br/>&nbsp;')).toBe('');
  });
});

describe('decodeEntities', () => {
  it('decodes &amp; &nbsp; &lt; &gt; &quot; &#39; &#8211; and hex references', () => {
    expect(decodeEntities('&amp;|&nbsp;|&lt;|&gt;|&quot;|&#39;|&#8211;|&#x2013;')).toBe('&| |<|>|"|\'|–|–');
  });

  it('leaves unknown or invalid references as written', () => {
    expect(decodeEntities('&bogus; &#0; &#xD800; & alone')).toBe('&bogus; &#0; &#xD800; & alone');
    expect(decodeEntities('&constructor; &toString; &__proto__;')).toBe('&constructor; &toString; &__proto__;');
  });
});

describe('markupToLines: block tags to line breaks, other tags dropped', () => {
  it('turns bare paragraph tags into breaks and drops bold ones', () => {
    expect(markupToLines('<p><b>NEW ACTION:</b> Discuss</p> <p>Report</p>')).toBe('\nNEW ACTION: Discuss\n \nReport\n');
  });

  it('reads bare <p> and <b> tags as the tag patterns read them, whatever surrounds them', () => {
    // A <br/> sends the text to the patterns and adds one break of its own, so the plain-tag
    // reading of any text must be the patterns' reading with that break taken off.
    const piece = fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<P>', '< p>', '<p class="x">', '<', '>', '/', 'p', 'b', ' ', 'Mid Nov', '&amp;', '&', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(markupToLines(`${text}<br/>`)).toBe(`${markupToLines(text)}\n`);
      }),
      { numRuns: 2000 },
    );
  });
});