/**
 * @jest-environment jsdom
 */
import { screen, within } from '@testing-library/react';
import { MemoryExcelHost } from '../../src/host/memory/host';
import { newSheet } from '../../src/host/memory/model';
import { refreshed, stubResizeObserver, text } from './fixtures';

beforeAll(() => stubResizeObserver());

/** Two trackers whose objectives share names, as a Table One and its action plan do. */
function twoTrackers(): MemoryExcelHost {
  const plan = (name: string, rows: string[][]) => {
    const sheet = newSheet(name);
    sheet.rows = [['Ref', 'Action', 'Lead', 'Timeframe', 'Status'], ...rows].map((r) => r.map(text));
    return sheet;
  };
  const a = plan('Acute', [['Safe'], ['1', 'Publish the sepsis policy', 'Jo Bloggs', 'September 2022', 'Delayed']]);
  const b = plan('Community', [['Safe'], ['1', 'Audit falls in care homes', 'Sam Smith', 'December 2022', 'On track']]);
  return new MemoryExcelHost({ sheets: [a, b], date1904: false });
}

describe('the Summary view of a workbook with several trackers', () => {
  it('lists each sheet\'s groups under a heading of its name, so groups of the same name are told apart', async () => {
    const user = await refreshed(twoTrackers(), 2);
    await user.click(screen.getByRole('tab', { name: 'Summary' }));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Acute', 'Community']);
    const acute = screen.getByRole('list', { name: 'Acute' });
    const community = screen.getByRole('list', { name: 'Community' });
    expect(within(acute).getByText('Safe')).toBeTruthy();
    expect(within(acute).getByText('All actions on Acute')).toBeTruthy();
    expect(within(community).getByText('Safe')).toBeTruthy();
    // Each group's counts are named with their sheet, so a screen reader does not hear "Safe" twice alike.
    expect(screen.getByRole('list', { name: 'Safe on Acute: actions by rating' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Safe on Community: actions by rating' })).toBeTruthy();
  });
});

describe('the Summary view of a Table One whose figures are given on the sheet', () => {
  it('shows an ambition\'s figures as given, without counting it as one rated action (as the board paper does)', async () => {
    const pct = (value: number) => ({ value, type: 'Double' as const, numberFormat: '0%', bold: false });
    const sheet = newSheet('Table One');
    sheet.rows = [
      [text('Table One – High-level Action Progress Summary')],
      ['Strategic objectives', 'It is our ambition that by 2026:', 'Progress with high-level actions', 'Confidence in delivering high-level actions'].map(text),
      [text('Provide outstanding care'), text('1. Our services are inclusive and easy to access'), pct(1), pct(1)],
      [text('Provide outstanding care'), text('2. Our services are innovative'), pct(1), pct(0.75)],
    ];
    const user = await refreshed(new MemoryExcelHost({ sheets: [sheet], date1904: false }), 2);
    await user.click(screen.getByRole('tab', { name: 'Summary' }));
    const rollup = screen.getByRole('list', { name: 'Roll-up' });
    const ambition = within(rollup).getByText('Provide outstanding care / 2. Our services are innovative').closest('li') as HTMLElement;
    expect(within(ambition).getByText('Progress 100%')).toBeTruthy();
    expect(within(ambition).getByText('Overall: Amber')).toBeTruthy();
    expect(within(ambition).getByText('Figures as given')).toBeTruthy();
    expect(within(ambition).queryByText('1 action')).toBeNull();
    expect(within(ambition).queryByText('Amber 1')).toBeNull();
  });
});
