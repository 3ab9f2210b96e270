/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from '@testing-library/react';
import { MemoryExcelHost } from '../../src/host/memory/host';
import { newSheet } from '../../src/host/memory/model';
import { today } from '../../src/taskpane/usePane';
import { FIRST_LINES } from '../../src/taskpane/views/RowList';
import { host, open, refreshed, stubResizeObserver, text } from './fixtures';

/*
 * The Refresh view after a refresh, as a lead reads it at 350 px: what was rated, what the
 * sheet's row colours mean, list lines named for a screen reader, and long lists kept short.
 */

beforeAll(stubResizeObserver);

/** A plan of `n` overdue actions (Red as at 3 Nov 2022), or undated ones (Not rated). */
function many(n: number, timeframe = 'September 2022'): MemoryExcelHost {
  const sheet = newSheet('Action plan');
  sheet.rows = [['Ref', 'Action', 'Lead', 'Timeframe', 'Status'], ...Array.from({ length: n }, (_, i) => [String(i + 1), `Action number ${i + 1}`, 'Jo', timeframe, 'Drafting'])].map((r) => r.map(text));
  return new MemoryExcelHost({ sheets: [sheet], date1904: false });
}

describe('the result sentence', () => {
  it('points to Data quality, with its count, for an action left Not rated', async () => {
    await refreshed(host());
    const tab = screen.getByRole('tab', { name: /^Data quality \(\d+\)$/ });
    const count = /\((\d+)\)/.exec(tab.textContent ?? '')?.[1];
    expect(screen.getByRole('status').textContent).toBe(`Rated 3 actions as at 3 Nov 2022. 1 is Not rated: see Data quality (${count}).`);
  });

  it('says none could be rated when none could', async () => {
    const user = open(many(3, 'tbc'));
    await user.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Read 3 actions as at .*; none could be rated: see Data quality \(\d+\)\.$/), { timeout: 10_000 });
  });
});

describe('the row-colour key', () => {
  it('says, in words beside each swatch, that row colour is the meeting focus and the RAG column the rating', async () => {
    await refreshed(host());
    expect(screen.getByText('Row colour on the sheet shows the meeting focus; the RAG column holds the rating.')).toBeTruthy();
    const key = within(screen.getByRole('list', { name: /Row colour on the sheet/ }));
    expect(key.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['light yellow: Update due at next meeting', 'light blue: Complete', 'light green: Next step']);
  });

  it('is not shown when the tracker was protected and so not coloured', async () => {
    const h = host();
    h.workbook.sheets[0]!.protected = true;
    await refreshed(h);
    expect(screen.queryByText(/Row colour on the sheet/)).toBeNull();
  });
});

describe('list lines and long lists', () => {
  it('names a line "Red, action 1: …", so the ref is not heard as a count', async () => {
    await refreshed(host());
    expect(screen.getByRole('button', { name: /^Red\s*, action 1\s*: Publish the engagement strategy$/ })).toBeTruthy();
  });

  it(`shows the first ${FIRST_LINES} lines, then "Show all", which moves focus to the first line it reveals`, async () => {
    const n = FIRST_LINES + 5;
    const user = await refreshed(many(n), n);
    const list = screen.getByRole('list', { name: /^Update due/ });
    expect(within(list).getAllByRole('button')).toHaveLength(FIRST_LINES);
    const more = screen.getByRole('button', { name: `Show all ${n} in ${list.getAttribute('aria-label') ?? ''}` });
    more.focus();
    await user.keyboard('{Enter}');
    expect(within(list).getAllByRole('button')).toHaveLength(n);
    expect(document.activeElement?.textContent).toMatch(new RegExp(`Action number ${FIRST_LINES + 1}(?!\\d)`));
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });

  it('counts Red and Amber apart in the exceptions heading', async () => {
    await refreshed(host());
    expect(screen.getByRole('heading', { name: /^Other exceptions: \d+ Red, \d+ Amber$/ })).toBeTruthy();
  });
});

describe('the refresh choices', () => {
  it('fills a blank As of with the date it rated at', async () => {
    const user = open(host());
    await user.clear(screen.getByLabelText('As of'));
    await user.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    await waitFor(() => expect((screen.getByLabelText('As of') as HTMLInputElement).value).toBe(today()));
    await screen.findByText(/actions? as at/, undefined, { timeout: 10_000 });
  });

  it('refreshes on Enter in the meeting name, as a form does', async () => {
    const user = open(host());
    await user.type(screen.getByLabelText('Next meeting date'), '2022-12-15');
    await user.type(screen.getByLabelText('Next meeting name'), 'ELG December 22{Enter}');
    await screen.findByText(/actions? as at/, undefined, { timeout: 10_000 });
    expect(screen.getByRole('heading', { name: /^Update due at ELG December 22/ })).toBeTruthy();
  });
});
