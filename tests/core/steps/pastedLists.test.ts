import { splitEntries, stripMarkup } from '../../../src/core/steps';
import { markupToLines } from '../../../src/core/steps/markup';

/*
 * Lists pasted from Word, Teams, SharePoint and Excel Online (SPEC 2.3): the markup or the
 * invisible characters they bring must not change how many steps a cell holds.
 */

describe('a nested HTML list', () => {
  it('makes its sub-items part of their step, as indented sub-items under a numbered step are', () => {
    const nested = '<ul><li>Draft ToR<ul><li>circulate to members</li><li>agree at ELT</li></ul></li><li>Recruit chair</li></ul>';
    expect(splitEntries(nested)).toEqual(['Draft ToR; circulate to members; agree at ELT', 'Recruit chair']);
    expect(splitEntries(nested.replace(/ul>/g, 'ol>'))).toEqual(['Draft ToR; circulate to members; agree at ELT', 'Recruit chair']);
    expect(splitEntries('1. Draft ToR\n  a) circulate to members\n  b) agree at ELT\n2. Recruit chair')).toEqual(splitEntries(nested));
  });

  it('reads the same laid out over lines, with paragraphs inside its items, in a SharePoint wrapper', () => {
    const laidOut = '<ul>\n  <li>Draft ToR\n    <ul>\n      <li>circulate</li>\n    </ul>\n  </li>\n  <li>Recruit chair</li>\n</ul>';
    expect(splitEntries(laidOut)).toEqual(['Draft ToR; circulate', 'Recruit chair']);
    const sharePoint = '<div class="ExternalClass12"><ul><li><p>Draft ToR</p><ul><li><p>circulate</p></li></ul></li><li><p>Recruit&#160;chair</p></li></ul></div>';
    expect(splitEntries(sharePoint)).toEqual(['Draft ToR; circulate', 'Recruit chair']);
  });

  it('keeps the lines inside one item (<br>, <p>, <div>) as that item', () => {
    expect(splitEntries('<ul><li>Draft ToR<br>circulate to members</li><li>Recruit chair</li></ul>')).toEqual(['Draft ToR circulate to members', 'Recruit chair']);
    expect(splitEntries('<ol><li><div>Agree ToR</div><div>(Lead: JS)</div></li><li>Recruit chair</li></ol>')).toEqual(['Agree ToR (Lead: JS)', 'Recruit chair']);
  });

  it('leaves text around the list, and a list of one item, as lines', () => {
    expect(splitEntries('<p>Update Nov:</p><ul><li>Draft ToR</li><li>Recruit chair</li></ul><p>Chair interviews Jan</p>'))
      .toEqual(['Update Nov: Draft ToR', 'Recruit chair', 'Chair interviews Jan']);
    expect(splitEntries('<ul><li>Draft ToR<br>Recruit chair</li></ul>')).toEqual(['Draft ToR', 'Recruit chair']);
  });

  it('keeps its sub-items apart in plain text for an action', () => {
    expect(stripMarkup('<ul><li>Draft ToR<ul><li>circulate</li></ul></li><li>Recruit chair</li></ul>')).toBe('Draft ToR; circulate Recruit chair');
  });

  it('is read in one pass on a full cell', () => {
    const item = '<li>Draft ToR<ul><li>circulate</li><li>agree</li></ul></li>';
    const cell = `<ul>${item.repeat(Math.floor(32767 / item.length) - 1)}</ul>`;
    const started = Date.now();
    expect(splitEntries(cell)).toHaveLength(Math.floor(32767 / item.length) - 1);
    expect(Date.now() - started).toBeLessThan(1000);
    const stray = `<ul>${'<li <ul '.repeat(4000)}`;
    expect(markupToLines(stray)).toContain('<li <ul <li <ul');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('Outlook and Word markup around the steps', () => {
  it('drops <o:p>, <span style>, and decodes entities', () => {
    const outlook = '<p class=MsoNormal><span style="font-size:11pt">Draft ToR &amp; circulate<o:p></o:p></span></p><p class=MsoNormal>Recruit&nbsp;chair<o:p></o:p></p>';
    expect(splitEntries(outlook)).toEqual(['Draft ToR & circulate', 'Recruit chair']);
    expect(splitEntries('<div>End of Dec 24</div><div>Mar 25</div>')).toEqual(['End of Dec 24', 'Mar 25']);
  });
});

describe('plain text pasted from Excel Online and Teams', () => {
  it('finds the numbers behind zero-width spaces and byte-order marks', () => {
    expect(splitEntries('\u200b1. Draft ToR\n\u200b2. Recruit chair')).toEqual(['Draft ToR', 'Recruit chair']);
    expect(splitEntries('\ufeff1. Draft ToR 2. Recruit chair')).toEqual(['Draft ToR', 'Recruit chair']);
    expect(splitEntries('1.\u200bDraft ToR\n2.\u200bRecruit chair')).toEqual(['Draft ToR', 'Recruit chair']);
  });

  it('reads no-break spaces, tabs, soft hyphens and line separators as what they stand for', () => {
    expect(splitEntries('1.\u00a0Draft ToR\n2.\u00a0Recruit chair')).toEqual(['Draft ToR', 'Recruit chair']);
    expect(splitEntries('1.\tDraft ToR\n2.\tRecruit chair')).toEqual(['Draft ToR', 'Recruit chair']);
    expect(splitEntries('1.\tDraft ToR\n\ta.\tcirculate\n2.\tRecruit chair')).toEqual(['Draft ToR; circulate', 'Recruit chair']);
    expect(splitEntries('1. Draft\u00a0ToR\u20282. Recruit\u00adment of chair')).toEqual(['Draft ToR', 'Recruitment of chair']);
    expect(splitEntries('Dec\u00a024\u2029Mar 25')).toEqual(['Dec 24', 'Mar 25']);
  });
});
