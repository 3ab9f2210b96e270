import { decodeEntities, stripMarkup } from '../../../src/core/steps';
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
