/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryExcelHost } from '../../src/host/memory/host';
import { newSheet } from '../../src/host/memory/model';
import { runnerFor } from '../../src/host/memory/runner';
import { App } from '../../src/taskpane/App';
import { stubResizeObserver, text } from './fixtures';

/*
 * The Columns view on a plan whose Gantt chart gives each action its time frame: the sheet has
 * no time frame column, so a programme manager must be told the chart is what dates the actions,
 * and must not be able to save one of its columns as the time frame, whose X marks are no dates.
 */

function ganttPlan(): MemoryExcelHost {
  const sheet = newSheet('ERF');
  sheet.rows = [
    ['Elective Recovery Delivery Plan 2024/25'],
    ['No.', 'Milestone', 'Lead', 'Q1', 'Q2', 'Q3', 'Q4', 'Progress'],
    ['1', 'Community diagnostic centre extension live', 'COO', 'X', 'X', '', '', 'Build delayed by the contractor'],
    ['2', 'Patient-initiated follow-up in 5 specialties', 'Outpatient Lead', '', '', 'X', 'X', 'Two specialties live'],
  ].map((r) => r.map(text));
  return new MemoryExcelHost({ sheets: [sheet], date1904: false });
}

const stored = (h: MemoryExcelHost): string => String(h.workbook.sheets.find((s) => s.name === 'RAG Settings')?.rows[0]?.[0]?.value ?? '');
const hint = (el: HTMLElement): string => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');

async function refresh(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Refresh RAG' }));
  await screen.findByText(/Rated 2 actions as at 20 Nov 2024/, undefined, { timeout: 10_000 });
}

beforeAll(stubResizeObserver);

describe('the Columns view on a Gantt chart read as the time frames', () => {
  it('says the chart\'s columns give each action its time frame, offers none of them as the time frame, and saves a mapping that still reads the chart', async () => {
    const h = ganttPlan();
    const user = userEvent.setup();
    render(<App runner={runnerFor(h)} onWeb={false} />);
    const asOf = screen.getByLabelText('As of');
    await user.clear(asOf);
    await user.type(asOf, '2024-11-20');
    await refresh(user);
    await user.click(screen.getByRole('tab', { name: 'Columns' }));

    const q2 = await screen.findByRole('combobox', { name: 'E: Q2' });
    expect(q2.textContent).toBe('Not used');
    expect(hint(q2)).toBe('Still read, as part of the Gantt chart in D to G: the months or quarters marked on each row are that action’s time frame, due at the end of the last. Its marks are not dates, so it cannot be the time frame column; to date the actions another way, add a column of due dates and choose that.');
    await user.click(q2);
    const offered = within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent);
    expect(offered).toContain('Status');
    expect(offered).not.toContain('Time frame');
    await user.keyboard('{Escape}');
    // A column outside the chart may still be the time frame.
    await user.click(screen.getByRole('combobox', { name: 'H: Progress' }));
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent)).toContain('Time frame');
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Save columns' }));
    await screen.findByText(/Saved in the workbook/);
    expect(stored(h)).toContain('"ERF":{"headerRow":2');
    expect(stored(h)).not.toContain('"timeframe"');
    await user.click(screen.getByRole('tab', { name: 'Refresh' }));
    await refresh(user);
    expect(screen.getByRole('button', { name: /Community diagnostic centre extension live/ }).textContent).toMatch(/^Red/);
  }, 60_000);
});
