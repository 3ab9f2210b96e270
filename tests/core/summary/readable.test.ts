import { defaultSettings } from '../../../src/core/settings';
import { clip, CLIP, issueKind, summaryModel, summaryTables } from '../../../src/core/summary';
import type { Issue, Step } from '../../../src/core/types';
import { numbered, tracker } from '../history/fixtures';

const narrative = 'The team has met partners across the system several times to agree the approach. '.repeat(9);

function step(statusText: string, text = 'Report to the Board'): Step {
  return { text, timeframeText: 'Nov 24', timeframe: { kind: 'month', start: '2024-11-01', end: '2024-11-30', redated: false }, statusText, status: 'off_track', rating: 'red', focus: 'update_due', reason: 'Red: overdue.' };
}

function longModel() {
  const action = numbered('CS1', 'red', { action: `Implement EPR ${narrative}`, reason: `Red: ${narrative}`, focus: 'update_due', nextDue: '2024-11-30', steps: [step(`Delayed. ${narrative}`, `Agree ${narrative}`)] });
  return summaryModel([tracker('Tracker', [action])], defaultSettings('2024-11-20'));
}

describe('the summary reads well on a printed board paper', () => {
  describe('clip', () => {
    it('leaves text that fits alone', () => {
      expect(clip('Off track', 20)).toBe('Off track');
    });

    it('cuts long text at a word and says so with an ellipsis', () => {
      expect(clip('Agree the terms of reference with partners', 20)).toBe('Agree the terms of…');
    });

    it('breaks a single word longer than the room', () => {
      expect(clip('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
    });
  });

  describe('long workbook text in the exceptions and the due list', () => {
    it('is shortened so one action cannot fill a page', () => {
      const tables = summaryTables(longModel());
      for (const row of [...tables.exceptions.rows, ...tables.due.rows]) {
        for (const cell of row.cells) expect(cell.text.length).toBeLessThanOrEqual(Math.max(...Object.values(CLIP)));
      }
    });

    it('still starts with what the lead wrote, ending in an ellipsis', () => {
      const update = summaryTables(longModel()).exceptions.rows[0]?.cells[6]?.text ?? '';
      expect(update.startsWith('Delayed. The team has met partners')).toBe(true);
      expect(update.endsWith('…')).toBe(true);
    });

    it('is kept whole in the model, for the task pane and the JSON report', () => {
      expect(longModel().exceptions[0]?.latestUpdate).toBe(`Delayed. ${narrative}`.trim());
    });
  });

  describe('the data-quality tables', () => {
    const issue = (severity: Issue['severity'], code: string): Issue => ({ sheet: 'Plan', cell: 'E4', severity, code, message: `${code} at E4` });
    const tables = () => summaryTables(summaryModel([tracker('Plan', [])], defaultSettings('2024-11-20'), [], { issues: [issue('warning', 'undated'), issue('error', 'missing_lead')] }));

    it('name each kind of problem in words rather than by its code', () => {
      expect(tables().qualityCounts.rows.map((r) => r.cells[0]?.text)).toEqual(['Missing lead', 'No usable date']);
      expect(tables().qualityTop.rows.map((r) => r.cells[3]?.text)).toEqual(['Missing lead', 'No usable date']);
    });

    it('write the severity with a capital, as the rest of the paper does', () => {
      expect(tables().qualityCounts.rows.map((r) => r.cells[1]?.text)).toEqual(['Error', 'Warning']);
    });
  });

  it('issueKind spells out a code it has no plainer name for', () => {
    expect(issueKind('some_new_problem')).toBe('Some new problem');
  });
});
