/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from '@testing-library/react';
import { MemoryExcelHost } from '../../src/host/memory/host';
import { mappingProblem } from '../../src/taskpane/model';
import { AMBER_FROM, GREEN_FROM } from '../../src/taskpane/settings';
import { sentence } from '../../src/taskpane/usePane';
import { host, open, refreshed, stubResizeObserver } from './fixtures';

/*
 * What an accessibility and usability review of the task pane found (docs/accessibility.md):
 * keyboard focus, live regions, tab semantics, UK dates, and messages that say what to do.
 */

const stored = (h: MemoryExcelHost): string => String(h.workbook.sheets.find((s) => s.name === 'RAG Settings')?.rows[0]?.[0]?.value ?? '');

beforeAll(stubResizeObserver);

describe('the Refresh view, by keyboard and screen reader', () => {
  it('keeps focus on Refresh RAG while it runs, and says each step in a live region that is there from the start', async () => {
    const user = open(host());
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    const button = screen.getByRole('button', { name: 'Refresh RAG' });
    button.focus();
    await user.keyboard('{Enter}');
    // A disabled button would drop focus to the page; an aria-disabled one keeps it.
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    expect(status.textContent).toMatch(/…/);
    await waitFor(() => expect(status.textContent).toMatch(/^Rated 3 actions as at/), { timeout: 10_000 });
    expect(screen.getByRole('status')).toBe(status);
  });

  it('spells out the dates the UK way under the date inputs, whose own format follows the browser', async () => {
    const user = open(host());
    const asOf = screen.getByLabelText('As of');
    await user.clear(asOf);
    expect(screen.getByText('Blank: today')).toBeTruthy();
    await user.type(asOf, '2022-11-03');
    const hint = screen.getByText('3 Nov 2022');
    expect(asOf.getAttribute('aria-describedby')).toContain(hint.id);
    await user.type(screen.getByLabelText('Next meeting date'), '2022-12-15');
    expect(screen.getByText('15 Dec 2022')).toBeTruthy();
  });

  it('says a meeting name needs its date', async () => {
    const user = open(host());
    await user.type(screen.getByLabelText('Next meeting name'), 'ELG December 22');
    expect(screen.getByText(/Enter the meeting date too/)).toBeTruthy();
  });

  it('says on the Refresh view when a protected sheet was left alone, and what to do', async () => {
    const h = host();
    const sheet = h.workbook.sheets[0]!;
    sheet.protected = true;
    await refreshed(h);
    expect(within(screen.getByRole('status')).getByText(/"Action plan" is protected, so its RAG columns and colours were not written\. Ask its owner to unprotect it/)).toBeTruthy();
  });
});

describe('the tabs', () => {
  it('shows no issue count before anything is checked', async () => {
    const user = open(host());
    expect(screen.getByRole('tab', { name: 'Data quality' })).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Data quality' }));
    expect(screen.getByText(/Refresh the ratings first/)).toBeTruthy();
  });

  it('each controls a tab panel named after it', async () => {
    const user = open(host());
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    const tab = screen.getByRole('tab', { name: 'Settings' });
    const panel = screen.getByRole('tabpanel', { name: 'Settings' });
    expect(tab.getAttribute('aria-controls')).toBe(panel.id);
  });
});

describe('messages that say what to do', () => {
  it('maps Office errors of a click or a save to what the user can do', () => {
    expect(sentence({ code: 'ItemNotFound' }, 'go to E7 on "Action plan"')).toMatch(/renamed or deleted since the last refresh\. Refresh RAG again/);
    expect(sentence({ code: 'InvalidOperationInCellEditMode' }, 'save the settings')).toMatch(/Press Enter or Esc/);
    expect(sentence({ code: 'AccessDenied' }, 'save the columns')).toMatch(/protected\. Ask its owner to unprotect it/);
  });

  it('says the sheet has gone when an exception is chosen after its sheet was renamed', async () => {
    const h = host();
    const user = await refreshed(h);
    h.workbook.sheets[0]!.name = 'Action plan (old)';
    await user.click(screen.getByRole('button', { name: /^Red\s*, action 1\s*: Publish the engagement strategy/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/renamed or deleted since the last refresh/);
  });

  it('refuses to save a mapping with no action column, or one role twice, and says which', async () => {
    expect(mappingProblem({ A: 'ref', B: 'lead' })).toMatch(/Choose the column that holds the actions/);
    expect(mappingProblem({ AA: 'action', B: 'action', C: 'none', D: 'none' })).toBe('Columns B and AA are both "action": set one of them to another role or "Not used", then save.');
    expect(mappingProblem({ A: 'ambition', B: 'progress' })).toBeNull();
    const h = host();
    const user = await refreshed(h);
    await user.click(screen.getByRole('tab', { name: 'Columns' }));
    await user.click(await screen.findByRole('combobox', { name: 'B: Action' }));
    await user.click(screen.getByRole('option', { name: 'Not used' }));
    await user.click(screen.getByRole('button', { name: 'Save columns' }));
    expect(within(screen.getByRole('status')).getByText(/Choose the column that holds the actions/)).toBeTruthy();
    expect(stored(h)).not.toContain('"mapping":{"Action plan"');
  }, 30_000);

  it('does not report a setting as saved while a field is invalid, and announces the result', async () => {
    const h = host();
    const user = await refreshed(h);
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    const days = await screen.findByLabelText('Amber window (days)');
    await user.clear(days);
    await user.type(days, '60');
    await user.clear(days);
    await user.type(days, '999');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(within(screen.getByRole('status')).getByText(/Correct "Amber window \(days\)" first: nothing was saved/)).toBeTruthy();
    expect(stored(h)).not.toContain('"amberWindowDays":60');
    await user.clear(days);
    await user.type(days, '30');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await within(screen.getByRole('status')).findByText(/Saved in the workbook/)).toBeTruthy();
    expect(stored(h)).toContain('"amberWindowDays":30');
  }, 30_000);

  it('refuses an Amber threshold above the Green one', async () => {
    const user = await refreshed(host());
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    const amber = await screen.findByLabelText(AMBER_FROM);
    await user.clear(amber);
    await user.type(amber, '95');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText(`Make "${AMBER_FROM}" no higher than "${GREEN_FROM}": nothing was saved.`)).toBeTruthy();
  }, 30_000);
});

describe('going to the cell', () => {
  it('tells each data-quality item where it goes', async () => {
    const user = await refreshed(host());
    await user.click(screen.getByRole('tab', { name: /Data quality \(\d+\)/ }));
    const first = within(screen.getByRole('list', { name: 'Data-quality issues' })).getAllByRole('button')[0]!;
    expect(first.getAttribute('title')).toMatch(/^Go to [A-Z]+\d+ on Action plan$/);
  });

  it('takes the board secretary to the RAG Summary sheet from the Summary view', async () => {
    const h = host();
    const user = await refreshed(h);
    await user.click(screen.getByRole('tab', { name: 'Summary' }));
    expect(screen.getByText('The RAG Summary sheet was rebuilt by the refresh as at 3 Nov 2022.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Go to the RAG Summary sheet' }));
    await waitFor(() => expect(h.selection?.sheet).toBe('RAG Summary'));
  });
});
