import { escapeMarkdown, summaryMarkdown } from '../../src/export';
import { HOSTILE, hostileModel, plainModel } from './fixtures';

describe('summaryMarkdown: the summary for emails and wikis (SPEC 6)', () => {
  const md = summaryMarkdown(plainModel());

  it('has the title, the as-at date and quarter, the next meeting, then every section in order', () => {
    expect(md.split('\n').slice(0, 4)).toEqual(['# RAG Summary: Action Plan', '', 'As at 15 Dec 2022 (2022-23 Q3)  ', 'Next meeting: January ELG meeting, 12 Jan 2023  ']);
    const sections = ['## Key', '## Table One – High-level action progress summary', '## Exceptions: Red and Amber actions', '## Due at January ELG meeting', '## Data quality'].map((h) => md.indexOf(`\n${h}\n`));
    expect(sections.every((i) => i > 0)).toBe(true);
    expect([...sections].sort((a, b) => a - b)).toEqual(sections);
  });

  it('writes Table One as a Markdown table with totals in bold and every rating as its word', () => {
    expect(md).toContain('| Objective | Ambition | Actions | Complete | Green | Amber | Red | Not rated | Progress % | Confidence % | Overall | Trend |');
    expect(md).toContain('| Commitment | Involve people early | 2 | 1 | 1 | 0 | 0 | 0 | 100% | 100% | Green |   |');
    expect(md).toContain('| **Total** |   | **4** | **1** | **1** | **1** | **1** | **0** | **50%** | **63%** | **Red** |   |');
  });

  it('lists the exceptions, Red first, with deadline, reason and latest update', () => {
    expect(md).toMatch(/\| 4 \| Recommendation 4 \|[^\n]*\| 30 Nov 2022 \| Red \|/);
    expect(md).toMatch(/\| 3 \| Recommendation 3 \| Engagement Manager \| 2 Dec 2022 \| Amber \|[^\n]*\| Deadlines adjusted \|/);
  });

  it('renders workbook text as text: no HTML, links, emphasis or table breaks get through', () => {
    const hostile = summaryMarkdown(hostileModel());
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('&lt;script>alert("x")&lt;/script>');
    expect(hostile).toContain('\\*\\*Board\\*\\* \\| \\[link\\](http://evil.example) \\_now\\_ \\`code\\` # not a heading');
    expect(hostile.split('\n')[0]).toBe('# RAG Summary: \\*\\*Board\\*\\* \\| \\[link\\](http://evil.example) \\_now\\_ \\`code\\` # not a heading');
  });

  it('keeps every table row to its columns, whatever pipes the text holds', () => {
    const hostile = summaryMarkdown(hostileModel());
    const tables = hostile.split('\n\n').filter((block) => block.startsWith('| '));
    for (const table of tables) {
      const widths = table.split('\n').map((line) => line.split(/(?<!\\)\|/).length);
      expect(new Set(widths).size).toBe(1);
    }
    expect(HOSTILE.markdown).toContain('|');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['<b>bold</b>', '&lt;b>bold&lt;/b>'],
    ['a | b', 'a \\| b'],
    ['*not emphasis*', '\\*not emphasis\\*'],
    ['[text](http://x)', '\\[text\\](http://x)'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['R&D &amp; QI', 'R&D &amp;amp; QI'],
    ['line one\nline two', 'line one line two'],
  ])('%j renders as the same text: %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('keeps line breaks inside a table cell as <br>', () => {
    expect(escapeMarkdown('Interviews\nOpen recruitment', { cell: true })).toBe('Interviews<br>Open recruitment');
    expect(escapeMarkdown('1. Our services are inclusive', { cell: true })).toBe('1. Our services are inclusive');
  });
});
