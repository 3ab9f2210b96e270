import { defaultSettings } from '../../../src/core/settings';
import { clip, CLIP, clipLatest, issueKind, summaryModel, summaryTables } from '../../../src/core/summary';
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

  describe('a long latest update keeps its newest entry, the one the board asked for', () => {
    const older = `Update 02/10/23: ${'The falls collaborative has met and agreed a revised bundle. '.repeat(8)}`;
    const newest = 'Update 06/11/23: revised trajectory drafted; awaiting PSG sign-off.';

    it('in a paragraph of dated updates', () => {
      expect(clipLatest(`${older}${newest}`, CLIP.update)).toBe(`… ${newest}`);
    });

    it('in a log of one dated update a line, showing the newest line alone', () => {
      const lines = Array.from({ length: 12 }, (_, i) => `${i + 1}/10/23: ward ${i + 1} trained in the new bundle and audit started`);
      expect(clipLatest(lines.join('\n'), CLIP.update)).toBe(`… ${lines[11] ?? ''}`);
    });

    it('in a short log too: the board asked for the latest update, not the log', () => {
      expect(clipLatest('12/09/25: scoping meeting held\n10/10/25: draft policy out for comment', CLIP.update)).toBe('… 10/10/25: draft policy out for comment');
      expect(clipLatest('10/10/25: draft policy out for comment\n12/09/25: scoping meeting held', CLIP.update)).toBe('10/10/25: draft policy out for comment …');
    });

    it('but lines of an update with no dates are kept as written when they fit', () => {
      expect(clipLatest('Recruitment started.\nInterviews booked for 12 Dec.', CLIP.update)).toBe('Recruitment started.\nInterviews booked for 12 Dec.');
      const lines = Array.from({ length: 12 }, (_, i) => `Ward ${i + 1} trained in the new bundle and audit started`);
      const kept = clipLatest(lines.join('\n'), CLIP.update);
      expect(kept.startsWith('… ')).toBe(true);
      expect(kept.endsWith(lines[11] ?? '')).toBe(true);
      expect(kept.length).toBeLessThanOrEqual(CLIP.update);
      expect(kept).toContain(lines[8]);
    });

    it('cutting the newest entry itself at its end when it alone is too long, so its date shows', () => {
      const kept = clipLatest(`${older}\nUpdate 06/11/23: ${'trajectory work continues with divisions '.repeat(15)}`, CLIP.update);
      expect(kept.startsWith('… Update 06/11/23: trajectory')).toBe(true);
      expect(kept.endsWith('…')).toBe(true);
      expect(kept.length).toBeLessThanOrEqual(CLIP.update);
    });

    it('but a log written newest first, or one paragraph with no dated entries, keeps its start', () => {
      const log = ['14/11/23: PSG signed off the trajectory', ...Array.from({ length: 12 }, (_, i) => `${12 - i}/10/23: ward training continued on schedule`)].join('\n');
      expect(clipLatest(log, CLIP.update).startsWith('14/11/23: PSG signed off')).toBe(true);
      expect(clipLatest(`Delayed. ${narrative}`, 60)).toBe(clip(`Delayed. ${narrative}`, 60));
    });

    it('in the exceptions table', () => {
      const action = numbered('QI3', 'red', { focus: 'update_due', nextDue: '2023-10-31', steps: [step(`${older}${newest}`)] });
      const tables = summaryTables(summaryModel([tracker('QI Plan', [action])], defaultSettings('2023-11-15')));
      expect(tables.exceptions.rows[0]?.cells[6]?.text).toBe(`… ${newest}`);
      expect(tables.due.rows[0]?.cells[6]?.text).toBe(`… ${newest}`);
    });
  });

  describe('the steps due at the next meeting', () => {
    const due = (steps: Step[]) => summaryTables(summaryModel([tracker('Audit', [numbered('2023/24-07', 'red', { action: 'Reach 90% Level 3 training', focus: 'update_due', nextDue: '2023-08-31', steps })])], defaultSettings('2023-11-15'))).due.rows[0]?.cells[5]?.text;

    it('do not repeat the action when the row has no next steps of its own, beside rows that have', () => {
      const whole = numbered('2023/24-07', 'red', { action: 'Reach 90% Level 3 training', focus: 'update_due', nextDue: '2023-08-31', steps: [step('Open', 'Reach 90% Level 3 training')] });
      const stepped = numbered('2023/24-08', 'amber', { focus: 'update_due', nextDue: '2023-11-30', steps: [step('On track', 'Book trainers')] });
      const tables = summaryTables(summaryModel([tracker('Audit', [whole, stepped])], defaultSettings('2023-11-15')));
      // Changed on purpose: blank rather than "The whole action" on every such row (rv6-d finding 6).
      expect(tables.due.rows.map((r) => r.cells[5]?.text)).toEqual(['', 'Book trainers']);
    });

    it('list the steps that are due, one a line, when it has them', () => {
      expect(due([step('On track', 'Book trainers'), step('On track', 'Run sessions')])).toBe('Book trainers\nRun sessions');
    });
  });

  describe('the due list when no next meeting is set', () => {
    const red = numbered('7', 'red', { focus: 'update_due', nextDue: '2024-11-14' });

    it('names the date it runs to, the end of the amber window, as "due" then means', () => {
      const due = summaryTables(summaryModel([tracker('Plan', [red])], defaultSettings('2024-11-20'))).due;
      expect(due.heading).toBe('Due by 4 Dec 2024 (no next meeting set)');
      expect(summaryTables(summaryModel([tracker('Plan', [])], { ...defaultSettings('2024-11-20'), amberWindowDays: 7 })).due.empty).toBe('No updates are due by 27 Nov 2024.');
    });

    it('but is named after the meeting when there is one', () => {
      const due = summaryTables(summaryModel([tracker('Plan', [])], { ...defaultSettings('2024-11-20'), nextMeeting: { date: '2024-12-12', name: '' } })).due;
      expect([due.heading, due.empty]).toEqual(['Due at the meeting on 12 Dec 2024', 'No updates are due at the meeting on 12 Dec 2024.']);
    });
  });

  describe('the data-quality tables', () => {
    const issue = (severity: Issue['severity'], code: string): Issue => ({ sheet: 'Plan', cell: 'E4', severity, code, message: `${code} at E4` });
    const tables = () => summaryTables(summaryModel([tracker('Plan', [])], defaultSettings('2024-11-20'), [], { issues: [issue('warning', 'undated'), issue('error', 'missing_lead')] }));

    it('name each kind of problem in words rather than by its code', () => {
      expect(tables().qualityCounts.rows.map((r) => r.cells[0]?.text)).toEqual(['No lead column', 'No usable date']);
      expect(tables().qualityTop.rows.map((r) => r.cells[3]?.text)).toEqual(['No lead column', 'No usable date']);
    });

    it('write the severity with a capital, as the rest of the paper does', () => {
      expect(tables().qualityCounts.rows.map((r) => r.cells[1]?.text)).toEqual(['Error', 'Warning']);
    });
  });

  it.each([
    ['archive_section', 'Closed actions left out'],
    ['hidden_sheet', 'Hidden sheet left out'],
    ['percent_out_of_range', 'Percentage below 0 or above 100'],
    // The header warnings: spelt out from the code they read "Missing timeframe", a word the paper never uses.
    ['missing_timeframe', 'No time frame column'],
    ['missing_lead', 'No lead column'],
    ['missing_status', 'No status column'],
    ['history_row_unreadable', 'RAG History row not readable'],
    ['commentary_conflict', 'Status milder than the commentary'],
    ['progress_conflict', '100% complete but reported at risk'],
    ['assurance_gap', 'Complete, evidence not yet assured'],
    ['late_start', 'Start date passed, not started'],
    ['number_as_date', 'Date shown as a number'],
  ])('issueKind says what %s means for the paper: %s', (code, kind) => {
    expect(issueKind(code)).toBe(kind);
  });

  it('issueKind spells out a code it has no plainer name for', () => {
    expect(issueKind('some_new_problem')).toBe('Some new problem');
  });
});
