import { defaultSettings } from '../../src/core/settings';
import { summaryModel } from '../../src/core/summary';
import type { Step } from '../../src/core/types';
import { escapeMarkdown, summaryDocx, summaryMarkdown } from '../../src/export';
import { numbered, tracker } from '../core/history/fixtures';
import { readDocx } from './docx-reader';

/* The exports of trackers the product had not seen, read as the email or board paper they become. */

const settings = { ...defaultSettings('2024-12-02'), nextMeeting: { date: '2025-01-15', name: 'People Committee January 2025' } };

function step(text: string, statusText: string | null): Step {
  return { text, timeframeText: 'Nov 24', timeframe: { kind: 'month', start: '2024-11-01', end: '2024-11-30', redated: false }, statusText, status: 'unknown', rating: 'red', focus: 'update_due', reason: 'Red: overdue.' };
}

/** A workforce plan's row: the action is its one step. */
function planned(ref: string, action: string, statusText: string | null) {
  return numbered(ref, 'red', { action, lead: 'HR Business Partners', reason: 'Red: the action was due 30 Nov 2024 and is 2 days overdue.', focus: 'update_due', nextDue: '2024-11-30', steps: [step(action, statusText)] });
}

const model = () => summaryModel([tracker('Workforce Plan', [planned('WF7', 'Stay interviews in areas with turnover >15%', 'Handover <45 mins in 3 of 4 areas')])], settings);

describe('Markdown for an email', () => {
  it('keeps the comparisons trackers write as typed, not as &gt; and &lt;', () => {
    const md = summaryMarkdown(model());
    expect(md).toContain('| WF7 | Stay interviews in areas with turnover >15% |');
    expect(md).toContain('Handover <45 mins in 3 of 4 areas');
    expect(md).not.toMatch(/&gt;|&lt;45/);
  });

  it('still shows a tag, an autolink or a comment as text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> <http://evil.example> <!-- x --> </td>')).toBe('&lt;img src=x onerror=alert(1)> &lt;http://evil.example> &lt;!-- x --> &lt;/td>');
  });

  it('does not let a leading > make a paragraph a quote', () => {
    expect(escapeMarkdown('>15% turnover in theatres')).toBe('\\>15% turnover in theatres');
  });
});

describe('the .docx due list of an action log', () => {
  it('spreads the room of the Steps due column it leaves out over the action and the latest update', async () => {
    const { tables, xml } = await readDocx(await summaryDocx(model()));
    const due = tables.find((t) => t.rows[0]?.[0]?.text === 'Ref' && t.rows[0]?.some((c) => c.text === 'Due'));
    expect(due?.rows[0]?.map((c) => c.text)).toEqual(['Ref', 'Action', 'Lead', 'Due', 'RAG', 'Latest update']);
    const grid = (/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(xml.slice(xml.indexOf('Due at People Committee')))?.[1] ?? '').match(/w:w="(\d+)"/g)?.map((w) => Number(w.slice(5, -1))) ?? [];
    expect(grid).toHaveLength(6);
    // Landscape A4 less its margins, floored per column.
    expect(grid.reduce((a, b) => a + b, 0)).toBeGreaterThan(16838 - 2 * 720 - 6);
    expect(grid[5]).toBeGreaterThan(grid[2] ?? Infinity);
  });
});
