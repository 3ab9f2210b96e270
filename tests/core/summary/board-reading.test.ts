import { defaultSettings } from '../../../src/core/settings';
import { qualitySummary, summaryModel, summarySheetPlan, summaryTables } from '../../../src/core/summary';
import type { Issue, Step } from '../../../src/core/types';
import { numbered, tracker } from '../history/fixtures';

/*
 * What a committee member reads in the board paper of trackers the product had not seen: a
 * quality committee action log, an internal-audit tracker, a CQC action plan (SPEC 6.4–6.6).
 */

const settings = { ...defaultSettings('2024-11-20'), nextMeeting: { date: '2024-12-18', name: 'Quality Committee December 2024' } };

function step(text: string, statusText: string | null): Step {
  return { text, timeframeText: '28/08/2024', timeframe: { kind: 'date', start: '2024-08-28', end: '2024-08-28', redated: false }, statusText, status: 'unknown', rating: 'red', focus: 'update_due', reason: 'Red: overdue.' };
}

/** An action log row: one action, no next steps of its own, so its one step is the action. */
function logged(ref: string, action: string, statusText: string | null) {
  return numbered(ref, 'red', { action, reason: 'Red: the action was due 28 Aug 2024 and is 84 days overdue.', focus: 'update_due', nextDue: '2024-08-28', steps: [step(action, statusText)] });
}

const log = () =>
  summaryTables(
    summaryModel(
      [tracker('Action Log', [logged('QC/24/035', 'Confirm trajectory for overdue serious incident investigations', null), logged('QC/24/052', 'Confirm date for CQC preparation session for NEDs', 'Draft dates circulated')])],
      settings,
    ),
  );

describe('the exceptions in a board paper', () => {
  it('give the reason without the rating word the RAG cell beside it already shows', () => {
    const row = log().exceptions.rows[0]?.cells.map((c) => c.text);
    expect(row?.slice(4, 6)).toEqual(['Red', 'The action was due 28 Aug 2024 and is 84 days overdue.']);
  });

  it('keep a reason that does not open with its rating as written', () => {
    const odd = numbered('7', 'amber', { reason: 'Deadline moved by the committee.', focus: 'next_step' });
    expect(summaryTables(summaryModel([tracker('Plan', [odd])], settings)).exceptions.rows[0]?.cells[5]?.text).toBe('Deadline moved by the committee.');
  });

  it('say so where a Red action has no update, rather than leave a blank the reader cannot tell from lost text', () => {
    const tables = log();
    expect(tables.exceptions.rows.map((r) => r.cells.at(-1)?.text)).toEqual(['No update recorded', 'Draft dates circulated']);
    expect(tables.due.rows.map((r) => r.cells.at(-1)?.text)).toEqual(['No update recorded', 'Draft dates circulated']);
  });
});

describe('the due list of an action log whose actions have no steps of their own', () => {
  it('leaves out a Steps due column that would say "The whole action" on every row', () => {
    const { due } = log();
    expect(due.headers).toEqual(['Ref', 'Action', 'Lead', 'Due', 'RAG', 'Latest update']);
    expect(due.rows.every((r) => r.cells.length === due.headers.length)).toBe(true);
  });

  // Changed on purpose: a row that is its one step is left blank, not "The whole action" (rv6-d finding 6).
  it('keeps it when some row has steps, left blank where a row has none', () => {
    const stepped = numbered('QC/24/041', 'amber', { action: 'Sepsis screening assurance', focus: 'update_due', nextDue: '2024-12-18', steps: [step('Re-audit ED sepsis screening', 'Under way'), step('Report to committee', null)] });
    const { due } = summaryTables(summaryModel([tracker('Action Log', [logged('QC/24/035', 'Confirm trajectory', null), stepped])], settings));
    expect(due.headers).toContain('Steps due');
    expect(due.rows.map((r) => r.cells[5]?.text)).toEqual(['', 'Re-audit ED sepsis screening\nReport to committee']);
  });

  it('gives the sheet its whole width to the latest update instead', () => {
    const plan = summarySheetPlan(summaryModel([tracker('Action Log', [logged('QC/24/035', 'Confirm trajectory', null)])], settings));
    const header = plan.rows.findIndex((r, i) => r[0]?.value === 'Ref' && plan.rows[i - 1]?.[0]?.value === 'Due at Quality Committee December 2024');
    expect(plan.rows[header]?.map((c) => c.value).filter((v) => v !== null)).toEqual(['Ref', 'Action', 'Lead', 'Due', 'RAG', 'Latest update']);
    expect(plan.merges).toContainEqual({ top: header, left: 9, bottom: header, right: 12 });
  });
});

describe('the most important data-quality problems', () => {
  const issue = (code: string, cell: string): Issue => ({ sheet: 'Action Log', cell, severity: 'warning', code, message: `${code} at ${cell}` });
  // The header row's notes are found first, being above every action.
  const issues = [issue('duplicate_column', 'C4'), issue('undated', 'F12'), issue('archive_section', 'A20'), issue('unparseable_timeframe', 'F14'), issue('undated', 'F16')];

  it('put the actions an owner must fix before notes on how the sheet was read', () => {
    expect(qualitySummary(issues).top.map((q) => q.address)).toEqual(["'Action Log'!F12", "'Action Log'!F14", "'Action Log'!F16", "'Action Log'!C4", "'Action Log'!A20"]);
  });

  it('and count them in that order too', () => {
    expect(qualitySummary(issues).counts.map((c) => c.code)).toEqual(['undated', 'unparseable_timeframe', 'archive_section', 'duplicate_column']);
  });

  it('still list errors first', () => {
    const error: Issue = { sheet: 'Action Log', cell: 'D9', severity: 'error', code: 'formula_error', message: '#N/A' };
    expect(qualitySummary([...issues, error]).top[0]?.address).toBe("'Action Log'!D9");
  });
});
