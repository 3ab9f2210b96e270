/**
 * @jest-environment jsdom
 */
import { escapeHtml, summaryHtml } from '../../src/export';
import { HOSTILE, hostileModel, plainModel } from './fixtures';

/** The fragment as a browser (or Outlook) parses it. */
function parsed(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

describe('summaryHtml: the summary pasted from the clipboard as tables (SPEC 6)', () => {
  const doc = parsed(summaryHtml(plainModel()));

  it('has the title, the dates, then each section as a heading over its table', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('RAG Summary: Action Plan');
    const lines = [...(doc.querySelector('p')?.childNodes ?? [])].filter((n) => n.nodeName !== 'BR').map((n) => n.textContent);
    expect(lines).toEqual(['As at 15 Dec 2022 (2022-23 Q3)', 'Next meeting: January ELG meeting, 12 Jan 2023', 'Completed since the last meeting: not counted (no earlier snapshot is stored).']);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Key',
      'Table One – High-level action progress summary',
      'Exceptions: Red and Amber actions',
      'Due at January ELG meeting',
      'Data quality',
    ]);
  });

  it('gives every rating cell its word and its colour, and totals in bold', () => {
    const tableOne = doc.querySelectorAll('table')[1];
    const total = [...(tableOne?.querySelectorAll('tr') ?? [])].at(-1);
    const cells = [...(total?.querySelectorAll('td') ?? [])];
    expect(cells.map((c) => c.textContent)).toEqual(['Total', '', '4', '1', '1', '1', '1', '0', '50%', '63%', 'Red', '']);
    expect(cells[10]?.getAttribute('style')).toContain('background:#C00000');
    expect(cells[0]?.getAttribute('style')).toContain('font-weight:bold');
  });

  it('keeps every cell text when pasted into Excel, so a leading = is never a formula', () => {
    for (const td of doc.querySelectorAll('td')) expect(td.getAttribute('style')).toContain("mso-number-format:'\\@'");
  });

  it('renders workbook text as text: no element, attribute or script gets through', () => {
    const hostile = parsed(summaryHtml(hostileModel()));
    expect(hostile.querySelectorAll('script, img, a')).toHaveLength(0);
    expect(hostile.body.textContent).toContain(HOSTILE.script);
    expect(hostile.querySelector('h1')?.textContent).toBe(`RAG Summary: ${HOSTILE.markdown}`);
  });

  it('escapes markup and keeps line breaks as breaks', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">\nnext & last')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<br>next &amp; last');
  });
});
