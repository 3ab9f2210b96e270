/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { MemoryExcelHost } from '../../src/host/memory/host';
import { newSheet } from '../../src/host/memory/model';
import { AMBER_FROM, GREEN_FROM } from '../../src/taskpane/settings';
import { open, stubResizeObserver, text } from './fixtures';

/*
 * Settings covers all of SPEC 2.5: the meeting calendar and the confidence weights are entered
 * in the pane, saved to the workbook with the rest, and reach the next refresh.
 */

function plan(): MemoryExcelHost {
  const sheet = newSheet('Action plan');
  sheet.rows = [
    ['Ref', 'Action', 'Lead', 'Timeframe', 'Status'],
    ['1', 'Report the audit to the board', 'Jo Bloggs', 'Feb Board 23', 'Drafting'],
    ['2', 'Recruit a lay member', 'Sam Smith', 'October 2022', 'Complete'],
  ].map((r) => r.map(text));
  return new MemoryExcelHost({ sheets: [sheet], date1904: false });
}

const stored = (h: MemoryExcelHost): unknown => JSON.parse(String(h.workbook.sheets.find((s) => s.name === 'RAG Settings')?.rows[0]?.[0]?.value ?? 'null'));

/** The RAG reason written on a tracker row (1-based), read back from the sheet. */
function reasonOn(h: MemoryExcelHost, row: number): string {
  const rows = h.workbook.sheets[0]!.rows;
  const col = rows[0]!.findIndex((c) => c?.value === 'RAG reason');
  return String(rows[row - 1]?.[col]?.value ?? '');
}

async function openSettings(user: UserEvent) {
  await user.click(screen.getByRole('tab', { name: 'Settings' }));
  await screen.findByRole('button', { name: 'Save settings' });
}

async function refreshAt(user: UserEvent, asOf: string) {
  await user.click(screen.getByRole('tab', { name: 'Refresh' }));
  const field = screen.getByLabelText('As of');
  await user.clear(field);
  await user.type(field, asOf);
  await user.click(screen.getByRole('button', { name: 'Refresh RAG' }));
  await screen.findByText(/actions? as at/, undefined, { timeout: 10_000 });
}

describe('the meeting calendar in Settings', () => {
  beforeAll(stubResizeObserver);

  it('saves a meeting to the workbook, and the next refresh reads "Feb Board 23" as its date', async () => {
    const h = plan();
    const user = open(h);
    await openSettings(user);
    await user.click(screen.getByRole('button', { name: 'Add a meeting' }));
    // The new meeting's date takes focus, so the keyboard user types straight into it.
    expect(document.activeElement).toBe(screen.getByLabelText('Meeting 1 date'));
    await user.keyboard('2023-02-16');
    await user.type(screen.getByLabelText('Meeting 1 name'), 'Feb Board 23');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/Saved in the workbook/);
    expect(stored(h)).toMatchObject({ meetings: [{ date: '2023-02-16', name: 'Feb Board 23' }] });
    await refreshAt(user, '2023-02-01');
    expect(reasonOn(h, 2)).toMatch(/16 Feb 2023/);
  });

  it('without the calendar, the same time frame is not read as that date', async () => {
    const h = plan();
    const user = open(h);
    await refreshAt(user, '2023-02-01');
    expect(reasonOn(h, 2)).not.toMatch(/16 Feb 2023/);
  });

  it('refuses a meeting with no date, marking the field, and removes a meeting by keyboard, focus going to "Add a meeting"', async () => {
    const h = plan();
    const user = open(h);
    await openSettings(user);
    await user.click(screen.getByRole('button', { name: 'Add a meeting' }));
    await user.type(screen.getByLabelText('Meeting 1 name'), 'March Board');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText('Meeting 1: Enter the date of this meeting. Nothing was saved.')).toBeTruthy();
    expect(screen.getByLabelText('Meeting 1 date').getAttribute('aria-invalid')).toBe('true');
    expect(stored(h)).toBeNull();
    screen.getByRole('button', { name: 'Remove meeting 1, March Board' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByLabelText('Meeting 1 date')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a meeting' }));
  });
});

describe('the confidence settings', () => {
  beforeAll(stubResizeObserver);

  it('saves the four weights, each 0 to 100', async () => {
    const h = plan();
    const user = open(h);
    await openSettings(user);
    const weights = within(screen.getByRole('group', { name: 'Confidence % of an action rated' }));
    expect(['Complete (%)', 'Green (%)', 'Amber (%)', 'Red (%)'].map((l) => (weights.getByLabelText(l) as HTMLInputElement).value)).toEqual(['100', '100', '50', '0']);
    const amber = weights.getByLabelText('Amber (%)');
    await user.clear(amber);
    await user.type(amber, '40');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/Saved in the workbook/);
    expect(stored(h)).toMatchObject({ confidenceWeights: { complete: 100, green: 100, amber: 40, red: 0 } });
    await user.clear(amber);
    await user.type(amber, '140');
    expect(amber.getAttribute('aria-invalid')).toBe('true');
  });

  it('marks both thresholds invalid when Amber is above Green, and says what the thresholds do under "worst"', async () => {
    const user = open(plan());
    await openSettings(user);
    const green = screen.getByLabelText(GREEN_FROM);
    await user.clear(green);
    await user.type(green, '50');
    const amber = screen.getByLabelText(AMBER_FROM);
    await user.clear(amber);
    await user.type(amber, '80');
    await waitFor(() => expect(green.getAttribute('aria-invalid')).toBe('true'));
    expect(amber.getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText(/^Make .* no higher than .*: nothing was saved\.$/)).toBeTruthy();
    expect(screen.getAllByText(/used only for a group with no rated actions/).length).toBeGreaterThan(0);
  });
});

describe('the Columns view with an empty header row', () => {
  beforeAll(stubResizeObserver);

  it('says the row is empty on Save, not "choose the action column"', async () => {
    const user = open(plan());
    await user.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    await screen.findByText(/actions? as at/, undefined, { timeout: 10_000 });
    await user.click(screen.getByRole('tab', { name: 'Columns' }));
    const row = await screen.findByLabelText('Header row');
    await user.clear(row);
    await user.type(row, '999');
    await screen.findByText('Row 999 of "Action plan" is empty: choose the row with the column headers.');
    await user.click(screen.getByRole('button', { name: 'Save columns' }));
    expect(screen.getByText('Row 999 of "Action plan" is empty: choose the row with the column headers, then save.')).toBeTruthy();
  });
});
