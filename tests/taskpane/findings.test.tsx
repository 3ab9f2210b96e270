/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryExcelHost } from '../../src/host/memory/host';
import { newSheet } from '../../src/host/memory/model';
import { runnerFor } from '../../src/host/memory/runner';
import { App } from '../../src/taskpane/App';
import { WRITES } from '../../src/taskpane/views/RefreshView';
import { stubResizeObserver, text } from './fixtures';

/*
 * A lead's plan with their own RAG column, refreshed with a meeting set: one overdue action due
 * at the meeting, one off track but not due, one done, and one undated that its lead rates Amber. What a fresh-eyes review
 * found the pane leaving unsaid.
 */

function plan(): MemoryExcelHost {
  const sheet = newSheet('Action plan');
  sheet.rows = [
    ['Ref', 'Action', 'Lead', 'Timeframe', 'Status', 'RAG'],
    ['1', 'Publish the engagement strategy', 'Jo Bloggs', 'September 2022', 'Draft with the board', 'G'],
    ['2', 'Recruit a lay member', 'Sam Smith', 'October 2022', 'Complete', 'G'],
    ['3', 'Agree the terms of reference', 'Ali Khan', 'tbc', 'In progress', 'A'],
    ['4', 'Cut paper use across every ward', 'Kim Lee', 'March 2023', 'Off track', 'R'],
  ].map((r) => r.map(text));
  return new MemoryExcelHost({ sheets: [sheet], date1904: false });
}

const description = (el: HTMLElement): string => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');

async function refreshed(h: MemoryExcelHost) {
  const user = userEvent.setup();
  render(<App runner={runnerFor(h)} onWeb={false} />);
  expect(screen.getByText(WRITES)).toBeTruthy();
  await user.clear(screen.getByLabelText('As of'));
  await user.type(screen.getByLabelText('As of'), '2022-11-03');
  await user.type(screen.getByLabelText('Next meeting date'), '2022-11-20');
  await user.click(screen.getByRole('button', { name: 'Refresh RAG' }));
  await screen.findByText(/Rated 4 actions as at 3 Nov 2022/, undefined, { timeout: 20_000 });
  return user;
}

describe('the pane after a review', () => {
  beforeAll(stubResizeObserver);

  it('counts the due list and the exceptions, lists an action once, names its lead, and names each line by what it shows', async () => {
    await refreshed(plan());
    expect(screen.queryByText(WRITES)).toBeNull();
    expect(screen.getByRole('heading', { name: /^Update due at the meeting on 20 Nov 2022: 1 action$/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Other exceptions: 1 Red, 1 Amber' })).toBeTruthy();
    expect(screen.getByText('Red and Amber actions already listed as due above are not repeated here.')).toBeTruthy();
    const others = within(screen.getByRole('list', { name: 'Exceptions' }));
    expect(others.getAllByRole('button')).toHaveLength(2);
    // A line's name is what it shows (WCAG 2.5.3: rating, ref and action); the reason and lead are its description.
    expect(others.getByRole('button', { name: /^Red\s*, action 4\s*: Cut paper use across every ward$/ })).toBeTruthy();
    expect(others.getByRole('button', { name: /^Amber\s*, action 3\s*: Agree the terms of reference$/ })).toBeTruthy();
    const due = screen.getByRole('button', { name: /^Red\s*, action 1\s*: Publish the engagement strategy$/ });
    expect(description(due)).toMatch(/overdue.*Lead: Jo Bloggs\.$/);
  }, 60_000);

  it("shows the lead's own RAG column in Columns, not the product's, and counts each group's ratings under a key to Overall", async () => {
    const user = await refreshed(plan());
    await user.click(screen.getByRole('tab', { name: 'Columns' }));
    expect(await screen.findByText('F: RAG')).toBeTruthy();
    expect(screen.queryByText('G: RAG')).toBeNull();
    expect(screen.queryByText(/: RAG reason$/)).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Summary' }));
    const counts = screen.getByRole('list', { name: 'All actions: actions by rating' });
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Complete 1', 'Amber 1', 'Red 2']);
    expect(await screen.findByText(/^Overall is the worst rating in the group: any Red action makes it Red/)).toBeTruthy();
    expect(screen.getByText(/^Confidence % = .*confidence given on the sheet, else Complete 100%/)).toBeTruthy();
  }, 60_000);

  it('names the action a data-quality issue is on, above its cell', async () => {
    const user = await refreshed(plan());
    await user.click(screen.getByRole('tab', { name: /Data quality/ }));
    const items = within(screen.getByRole('list', { name: 'Ref 3: Agree the terms of reference (row 4)' })).getAllByRole('button');
    expect(items.some((b) => /Cell [A-Z]+4/.test(b.textContent ?? ''))).toBe(true);
  }, 60_000);

  it('says nothing was rated, and to go to Columns, after a refresh that found no tracker', async () => {
    const user = userEvent.setup();
    render(<App runner={runnerFor(new MemoryExcelHost({ sheets: [newSheet('Notes')], date1904: false }))} onWeb={false} />);
    await user.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    await screen.findByRole('alert', undefined, { timeout: 20_000 });
    await user.click(screen.getByRole('tab', { name: 'Data quality' }));
    await waitFor(() => expect(screen.getByText(/^Nothing was rated: the last refresh found no action tracker.*In the Columns view/)).toBeTruthy());
    await user.click(screen.getByRole('tab', { name: 'Summary' }));
    expect(screen.getByText(/^Nothing was rated/)).toBeTruthy();
  }, 60_000);
});
