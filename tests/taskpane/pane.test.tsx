/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryExcelHost } from '../../src/host/memory/host';
import { newSheet, type MemoryCell } from '../../src/host/memory/model';
import { runnerFor } from '../../src/host/memory/runner';
import { App } from '../../src/taskpane/App';
import { host, hostWithWorks, refreshed, stubResizeObserver, text } from './fixtures';

beforeAll(stubResizeObserver);

describe('the task pane', () => {
  it('rates the plan and shows each rating as a word with its count', async () => {
    await refreshed(host());
    const ratings = screen.getByRole('list', { name: 'Ratings' });
    expect(within(ratings).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Complete: 1', 'Green: 0', 'Amber: 0', 'Red: 1', 'Not rated: 1']);
  });

  it('lists the overdue Red action once, as due, with its reason, and selects its row when clicked', async () => {
    const h = host();
    const user = await refreshed(h);
    const due = screen.getByRole('list', { name: /^Update due by/ });
    const item = within(due).getByRole('button', { name: /Publish the engagement strategy/ });
    expect(screen.getByRole('heading', { name: 'Other exceptions: 0 Red, 0 Amber' })).toBeTruthy();
    expect(screen.getByText('No others.')).toBeTruthy();
    expect(item.textContent).toMatch(/^Red/);
    await user.click(item);
    await waitFor(() => expect(h.selection).toEqual({ sheet: 'Action plan', range: { top: 1, left: 0, bottom: 1, right: 4 } }));
  });

  it('counts the data-quality issues on the tab and goes to an issue\'s cell', async () => {
    const h = host();
    const user = await refreshed(h);
    const tab = screen.getByRole('tab', { name: /Data quality \(\d+\)/ });
    await user.click(tab);
    const count = Number(/\((\d+)\)/.exec(tab.textContent ?? '')?.[1]);
    if (count === 0) return expect(screen.getByText('No data-quality issues were found.')).toBeTruthy();
    const first = within(screen.getByRole('list', { name: 'Data-quality issues' })).getAllByRole('button')[0]!;
    await user.click(first);
    await waitFor(() => expect(h.selection?.sheet).toBe('Action plan'));
  });

  it('saves a wider amber window in the workbook, and the next refresh uses it', async () => {
    const h = host();
    const user = await refreshed(h);
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    const days = await screen.findByLabelText('Amber window (days)');
    await user.clear(days);
    await user.type(days, '60');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/Saved in the workbook/);
    const stored = h.workbook.sheets.find((s) => s.name === 'RAG Settings');
    expect(String(stored?.rows[0]?.[0]?.value)).toContain('"amberWindowDays":60');
  });

  it('edits the columns of any tracker in the workbook, one sheet at a time', async () => {
    const h = host();
    const second = newSheet('Estates plan');
    second.rows = [
      ['Recommendation', 'Owner', 'Deadline', 'Progress'],
      ['Survey the car parks', 'Facilities lead', 'December 2022', 'On track'],
    ].map((r) => r.map(text));
    h.workbook.sheets.push(second);
    const user = await refreshed(h, 4);
    await user.click(screen.getByRole('tab', { name: 'Columns' }));
    expect((await screen.findByRole('combobox', { name: 'Sheet' })).textContent).toBe('Action plan');
    expect(await screen.findByText('A: Ref')).toBeTruthy();
    expect((screen.getByRole('spinbutton', { name: 'Header row' }) as HTMLInputElement).value).toBe('1');
    await user.click(screen.getByRole('combobox', { name: 'Sheet' }));
    await user.click(screen.getByRole('option', { name: 'Estates plan' }));
    expect(await screen.findByText('A: Recommendation')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save columns' }));
    await screen.findByText(/Saved in the workbook/);
    const stored = String(h.workbook.sheets.find((s) => s.name === 'RAG Settings')?.rows[0]?.[0]?.value);
    expect(stored).toContain('"Estates plan":{"headerRow":1');
  }, 30_000);

  it('reads a sheet detection did not find, from the header row the user points at, once its columns are saved', async () => {
    const h = hostWithWorks();
    const user = await refreshed(h, 3);
    await user.click(screen.getByRole('tab', { name: 'Columns' }));
    await user.click(await screen.findByRole('combobox', { name: 'Sheet' }));
    await user.click(screen.getByRole('option', { name: 'Works' }));
    expect(await screen.findByText(/No tracker was detected on "Works"/)).toBeTruthy();
    const row = screen.getByRole('spinbutton', { name: 'Header row' });
    await user.clear(row);
    await user.type(row, '3');
    // Detection's reading of the chosen row is the starting point: only the job column (no action header) needs a role.
    expect((await screen.findByRole('combobox', { name: 'C: Owner' })).textContent).toBe('Lead');
    await user.click(screen.getByRole('combobox', { name: 'B: Job' }));
    await user.click(screen.getByRole('option', { name: 'Action' }));
    await user.click(screen.getByRole('button', { name: 'Save columns' }));
    await screen.findByText(/Saved in the workbook/);
    await user.click(screen.getByRole('tab', { name: 'Refresh' }));
    await user.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    await screen.findByText(/Rated 4 actions as at 3 Nov 2022/, undefined, { timeout: 10_000 });
    expect(screen.getByRole('button', { name: /Replace ward 4 flooring/ }).textContent).toMatch(/^Red/);
  }, 60_000);

  it('says why a column with no role of its own is still read', async () => {
    const sheet = newSheet('Quality plan');
    sheet.rows = [
      ['Action', 'Lead', 'Target date', 'Revised target date', 'Update', 'RAG status'],
      ['Audit discharge letters', 'Medical Director', 'October 2022', 'January 2023', 'Delayed by staffing', 'Amber'],
    ].map((r) => r.map(text));
    const user = await refreshed(new MemoryExcelHost({ sheets: [sheet], date1904: false }), 1);
    await user.click(screen.getByRole('tab', { name: 'Columns' }));
    expect(await screen.findByText(/^Still read, as revised dates: where one is filled in, it is the deadline/)).toBeTruthy();
    expect(screen.getByText(/^Still read, beside the status column/)).toBeTruthy();
  }, 30_000);

  it('lists the columns a two-row header splits, named by label and group, so they can be mapped', async () => {
    const sheet = newSheet('Programme plan');
    const cell = (v: string | null): MemoryCell | undefined => (v === null ? undefined : text(v));
    sheet.rows = [
      ['Action', 'Lead', 'Timescale', null, 'Update'],
      [null, null, 'Start', 'End', null],
      ['Open the new ward', 'Director of Nursing', 'September 2022', 'March 2023', 'On track'],
    ].map((r) => r.map(cell)) as MemoryCell[][];
    const user = await refreshed(new MemoryExcelHost({ sheets: [sheet], date1904: false }), 1);
    await user.click(screen.getByRole('tab', { name: 'Columns' }));
    expect(await screen.findByText('D: End Timescale')).toBeTruthy();
    expect(screen.getByText('C: Start Timescale')).toBeTruthy();
  }, 30_000);

  it('says what happened and what to do when there is no tracker', async () => {
    const user = userEvent.setup();
    const empty = new MemoryExcelHost({ sheets: [newSheet('Notes')], date1904: false });
    render(<App runner={runnerFor(empty)} onWeb={false} />);
    await user.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^No action tracker was found in this workbook.*Or choose the sheet and its header row in the Columns view/);
    await user.click(screen.getByRole('tab', { name: 'Columns' }));
    expect((await screen.findByRole('combobox', { name: 'Sheet' })).textContent).toBe('Notes');
    expect(await screen.findByText('Row 1 of "Notes" is empty: choose the row with the column headers.')).toBeTruthy();
  }, 30_000);
});
