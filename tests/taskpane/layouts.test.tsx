/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ExcelRunner } from '../../src/excel/run';
import { MemoryExcelHost } from '../../src/host/memory/host';
import { newSheet, type MemorySheet } from '../../src/host/memory/model';
import { runnerFor } from '../../src/host/memory/runner';
import { App } from '../../src/taskpane/App';
import { stubResizeObserver, text } from './fixtures';

/*
 * The pane on the layouts the engine learnt lately, as a programme manager and a screen-reader
 * user meet them: an ICS milestone plan rated every quarter (Q1..Q4 RAG beside Q1..Q4
 * commentary), milestones above the first objective heading, an archive sheet and a hidden old
 * plan beside it, and no next meeting set.
 */

const HEADER = ['Ref', 'Milestone', 'SRO', 'Due', 'Q1 RAG', 'Q2 RAG', 'Q3 RAG', 'Q4 RAG', 'Q1 commentary', 'Q2 commentary', 'Q3 commentary', 'Q4 commentary'];

function sheet(name: string, rows: readonly (readonly string[])[]): MemorySheet {
  const s = newSheet(name);
  s.rows = rows.map((r) => r.map(text));
  return s;
}

/** Two milestones above the first objective heading, one under it; an archive; a hidden old plan. */
function icsPlan(): MemoryExcelHost {
  const live = sheet('Milestones', [
    HEADER,
    ['X1', 'Agree the people plan refresh with every provider', 'CPO', '30/09/2024', 'G', 'A', '', '', 'Drafted.', 'Awaiting sign-off.', '', ''],
    ['X2', 'Reduce agency spend to 3.2% of the pay bill', 'CFO', '31/10/2024', 'G', 'R', '', '', 'On plan.', 'Above cap at three providers.', '', ''],
    ['Workforce'],
    ['WF1', 'Launch the health and care academy', 'CPO', '06/12/2024', '', '', '', '', '', '', '', ''],
  ]);
  const archive = sheet('Closed actions', [['Closed actions – archive'], HEADER, ['OLD2', 'Close the 2023 people plan', 'CPO', '31/03/2024', 'G', '', '', '', 'Done.', '', '', '']]);
  const hidden = sheet('Plan 2023-24', [HEADER, ['P1', 'Open the new discharge lounge', 'COO', '31/03/2024', 'A', '', '', '', 'Delayed.', '', '', '']]);
  hidden.visibility = 'Hidden';
  return new MemoryExcelHost({ sheets: [live, archive, hidden], date1904: false });
}

/** Excel will not show a hidden sheet: activating one fails, which the in-memory host does not copy. */
function refusingHidden(h: MemoryExcelHost): ExcelRunner {
  const base = runnerFor(h);
  return async (batch) => {
    const out = await base(batch);
    const at = h.workbook.sheets.find((s) => s.name === h.selection?.sheet);
    if (at !== undefined && at.visibility !== 'Visible') throw Object.assign(new Error('This operation is not permitted for the current object.'), { code: 'InvalidOperation' });
    return out;
  };
}

async function refreshed(h: MemoryExcelHost, runner: ExcelRunner = runnerFor(h)) {
  const user = userEvent.setup();
  render(<App runner={runner} onWeb={false} />);
  const asOf = screen.getByLabelText('As of');
  await user.clear(asOf);
  await user.type(asOf, '2024-11-20');
  await user.click(screen.getByRole('button', { name: 'Refresh RAG' }));
  await screen.findByText(/Rated 3 actions as at 20 Nov 2024/, undefined, { timeout: 10_000 });
  return user;
}

beforeAll(stubResizeObserver);

describe('the Refresh view with no next meeting set', () => {
  it('heads the due list with the date it runs to, as the board paper does, not "the next meeting"', async () => {
    await refreshed(icsPlan());
    const heading = screen.getByRole('heading', { name: 'Update due by 4 Dec 2024 (no next meeting set): 2 actions' });
    expect(heading).toBeTruthy();
    expect(screen.queryByText(/at the next meeting/)).toBeNull();
    expect(screen.getByRole('list', { name: 'Update due by 4 Dec 2024 (no next meeting set)' })).toBeTruthy();
  });

  it('names the meeting in the heading once one is set', async () => {
    const user = await refreshed(icsPlan());
    await user.type(screen.getByLabelText('Next meeting date'), '2024-12-12');
    await user.type(screen.getByLabelText('Next meeting name'), 'ICB Board December');
    await user.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    expect(await screen.findByRole('heading', { name: /^Update due at ICB Board December: \d+ actions?$/ }, { timeout: 10_000 })).toBeTruthy();
  });
});

describe('the Columns view on quarterly RAG and commentary columns', () => {
  it('says a quarter\'s RAG or commentary column marked "Not used" is still read, and for what', async () => {
    const user = await refreshed(icsPlan());
    await user.click(screen.getByRole('tab', { name: 'Columns' }));
    const q2 = await screen.findByRole('combobox', { name: 'F: Q2 RAG' });
    const hint = (el: HTMLElement): string => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(q2.textContent).toBe('Not used');
    expect(hint(q2)).toBe('Still read, as the lead’s rating for the period in its header: on each row the latest one filled in is the lead’s rating now.');
    // Q3 commentary is named by its quarter, not dated: the hint must not call it a dated update.
    expect(hint(screen.getByRole('combobox', { name: 'K: Q3 commentary' }))).toBe('Still read, as the update for the period or date in its header: on each row the latest one filled in is the status.');
  });
});

describe('the Columns view on a plan with a Start column', () => {
  it('says the start column, which holds no role, is still read and that the rating follows the end date', async () => {
    const plan = sheet('Delivery', [
      ['Ref', 'Deliverable', 'Lead', 'Start', 'End', 'Status'],
      ['D1', 'Roll out the frailty virtual ward', 'COO', '01/09/2024', '31/03/2025', 'Not started'],
      ['D2', 'Publish the carers strategy', 'CNO', '01/06/2024', '31/12/2024', 'On track'],
      ['D3', 'Open the community diagnostic centre', 'COO', '01/01/2025', '30/06/2025', 'Not started'],
    ]);
    const user = await refreshed(new MemoryExcelHost({ sheets: [plan], date1904: false }));
    await user.click(screen.getByRole('tab', { name: 'Columns' }));
    const start = await screen.findByRole('combobox', { name: 'D: Start' });
    const hint = (el: HTMLElement): string => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(start.textContent).toBe('Not used');
    expect(hint(start)).toBe('Still read, as each action’s planned start: an action still reported not started once that date has passed is listed in Data quality. The rating follows the time frame.');
  });
});

describe('the Data quality view with archive and hidden sheets', () => {
  it('groups the warnings under a heading per sheet, says a sheet-wide one is about the whole sheet, and goes there', async () => {
    const h = icsPlan();
    const user = await refreshed(h);
    await user.click(screen.getByRole('tab', { name: /Data quality \(2\)/ }));
    const archive = screen.getByRole('list', { name: 'Closed actions (1)' });
    expect(screen.getByRole('heading', { name: 'Plan 2023-24 (1)' })).toBeTruthy();
    // Said once, above its issues, as an action's row is; its A1 is only where the click lands.
    const item = within(within(archive).getByRole('list', { name: 'Whole sheet' })).getByRole('button');
    expect(item.textContent).toMatch(/^WarningSheet "Closed actions" is named as an archive/);
    expect(item.textContent).not.toContain('A1');
    await user.click(item);
    await waitFor(() => expect(h.selection?.sheet).toBe('Closed actions'));
  });

  it('says to unhide a hidden sheet when Excel will not go to it, not to close a dialog', async () => {
    const h = icsPlan();
    const user = await refreshed(h, refusingHidden(h));
    await user.click(screen.getByRole('tab', { name: /Data quality \(2\)/ }));
    await user.click(within(screen.getByRole('list', { name: 'Plan 2023-24 (1)' })).getByRole('button'));
    expect(await screen.findByText('Could not go to "Plan 2023-24": the sheet is hidden. Unhide it (right-click any sheet tab > Unhide), then try again.')).toBeTruthy();
  });
});

describe('the Summary view', () => {
  it('lists "(no objective)" first, counts one action as "1 action", and says where the due list runs to with no meeting set', async () => {
    const user = await refreshed(icsPlan());
    await user.click(screen.getByRole('tab', { name: 'Summary' }));
    const rollup = screen.getByRole('list', { name: 'Roll-up' });
    // Each group's own list of counts by rating is nested inside it.
    const groups = within(rollup).getAllByRole('listitem').filter((li) => li.parentElement === rollup);
    expect(groups.map((g) => g.firstChild?.textContent)).toEqual(['(no objective)', 'Workforce', 'All actions']);
    expect(groups[1]?.textContent).toContain('1 action');
    expect(groups[1]?.textContent).not.toContain('1 actions');
    expect(screen.getByText(/No next meeting is set, so the sheet's due list runs to 4 Dec 2024/)).toBeTruthy();
  });
});
