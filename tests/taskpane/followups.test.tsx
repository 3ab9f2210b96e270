/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from '@testing-library/react';
import { MemoryExcelHost } from '../../src/host/memory/host';
import { newSheet } from '../../src/host/memory/model';
import { host, hostWithWorks, refreshed, stubResizeObserver, text } from './fixtures';

/*
 * What a UX review found still asking the user to do the pane's work: going back to Refresh after
 * a save, telling two trackers' actions apart, and reading one row's issues as one row's.
 */

beforeAll(stubResizeObserver);

const ratings = (): (string | null)[] => within(screen.getByRole('list', { name: 'Ratings' })).getAllByRole('listitem').map((li) => li.textContent);

describe('Refresh now, after a save', () => {
  it('refreshes with the columns just saved and shows the result on the Refresh tab', async () => {
    const h = hostWithWorks();
    const user = await refreshed(h, 3);
    await user.click(screen.getByRole('tab', { name: 'Columns' }));
    await user.click(await screen.findByRole('combobox', { name: 'Sheet' }));
    await user.click(screen.getByRole('option', { name: 'Works' }));
    const row = await screen.findByRole('spinbutton', { name: 'Header row' });
    await user.clear(row);
    await user.type(row, '3');
    await user.click(await screen.findByRole('combobox', { name: 'B: Job' }));
    await user.click(screen.getByRole('option', { name: 'Action' }));
    await user.click(screen.getByRole('button', { name: 'Save columns' }));
    await user.click(await screen.findByRole('button', { name: 'Refresh now' }));
    const tab = screen.getByRole('tab', { name: 'Refresh' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab);
    await screen.findByText(/Rated 4 actions as at 3 Nov 2022/, undefined, { timeout: 20_000 });
  }, 60_000);

  it('refreshes with the settings just saved', async () => {
    const user = await refreshed(host());
    expect(ratings()).toContain('Not rated: 1');
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    await user.click(await screen.findByRole('combobox', { name: 'A step with no usable date is' }));
    await user.click(screen.getByRole('option', { name: 'Amber' }));
    expect(screen.queryByRole('button', { name: 'Refresh now' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await user.click(await screen.findByRole('button', { name: 'Refresh now' }));
    await waitFor(() => expect(ratings()).toContain('Amber: 1'), { timeout: 20_000 });
    expect(ratings()).toContain('Not rated: 0');
  }, 60_000);
});

describe('the sheet of each listed action', () => {
  it('is named on each line when the lists span two trackers', async () => {
    const h = host();
    const estates = newSheet('Estates plan');
    estates.rows = [
      ['Recommendation', 'Owner', 'Deadline', 'Progress'],
      ['Survey the car parks', 'Facilities lead', 'December 2022', 'Off track'],
    ].map((r) => r.map(text));
    h.workbook.sheets.push(estates);
    await refreshed(h, 4);
    const due = within(screen.getByRole('list', { name: /^Update due by/ })).getByRole('button', { name: /Publish the engagement strategy/ });
    const other = within(screen.getByRole('list', { name: 'Exceptions' })).getByRole('button', { name: /Survey the car parks/ });
    expect(due.textContent).toContain('Sheet: Action plan');
    expect(other.textContent).toContain('Sheet: Estates plan');
    // Heard as well as seen, in the line's description rather than its name.
    const described = (el: HTMLElement): string => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(described(other)).toMatch(/^Sheet: Estates plan /);
  }, 60_000);

  it('is left out with one tracker', async () => {
    await refreshed(host());
    expect(screen.queryByText(/^Sheet: /)).toBeNull();
  }, 60_000);
});

describe('data-quality issues on one row', () => {
  it('are listed under their action, named once, each still going to its own cell', async () => {
    const sheet = newSheet('Action plan');
    sheet.rows = [
      ['Ref', 'Action', 'Lead', 'Timeframe', 'Status', 'Progress update'],
      ['1', 'Publish the engagement strategy', 'Jo Bloggs', 'ASAP', 'Open', 'Complete'],
      ['2', 'Agree the terms of reference', 'Ali Khan', 'tbc', 'In progress', 'In progress'],
    ].map((r) => r.map(text));
    const h = new MemoryExcelHost({ sheets: [sheet], date1904: false });
    const user = await refreshed(h, 2);
    await user.click(screen.getByRole('tab', { name: /Data quality/ }));
    expect(screen.getAllByText(/Publish the engagement strategy/)).toHaveLength(1);
    const heading = screen.getByRole('heading', { name: 'Ref 1: Publish the engagement strategy (row 2)' });
    expect(heading.tagName).toBe('H3');
    const issues = within(screen.getByRole('list', { name: 'Ref 1: Publish the engagement strategy (row 2)' })).getAllByRole('button');
    expect(issues.map((b) => /Cell ([A-Z]+\d+)/.exec(b.textContent ?? '')?.[1]).sort()).toEqual(['D2', 'F2']);
    expect(issues.every((b) => /^Warning/.test(b.textContent ?? ''))).toBe(true);
    await user.click(issues.find((b) => b.textContent?.includes('Cell D2'))!);
    await waitFor(() => expect(h.selection).toEqual({ sheet: 'Action plan', range: { top: 1, left: 3, bottom: 1, right: 3 } }));
    expect(within(screen.getByRole('list', { name: 'Ref 2: Agree the terms of reference (row 3)' })).getAllByRole('button')).toHaveLength(1);
  }, 60_000);
});
