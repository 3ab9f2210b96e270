/**
 * @jest-environment jsdom
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryExcelHost } from '../../src/host/memory/host';
import { runnerFor } from '../../src/host/memory/runner';
import { App } from '../../src/taskpane/App';
import { meetingBefore } from '../../src/taskpane/views/RefreshView';
import { stubResizeObserver } from './fixtures';

describe('meetingBefore: a next meeting dated before the as-of date (a year typed wrong drops every due action)', () => {
  it('says so with both dates, written the UK way', () => {
    expect(meetingBefore('2026-01-14', '2026-12-07')).toBe('14 Jan 2026 is before the as-of date, 7 Dec 2026: check the year. Only actions due by then are marked due.');
  });

  it('says nothing for a meeting on or after the as-of date, or a date not given', () => {
    expect(meetingBefore('2027-01-14', '2026-12-07')).toBeNull();
    expect(meetingBefore('2026-12-07', '2026-12-07')).toBeNull();
    expect(meetingBefore('', '2026-12-07')).toBeNull();
    expect(meetingBefore('2026-01-14', '')).toBeNull();
  });
});

describe('the Refresh view', () => {
  beforeAll(stubResizeObserver);

  it('warns at the next meeting date when it is before the as-of date, and not once it is after', async () => {
    const user = userEvent.setup();
    render(<App runner={runnerFor(new MemoryExcelHost({ sheets: [], date1904: false }))} onWeb={false} />);
    await user.clear(screen.getByLabelText('As of'));
    await user.type(screen.getByLabelText('As of'), '2026-12-07');
    await user.type(screen.getByLabelText('Next meeting date'), '2026-01-14');
    expect(screen.getByText(/14 Jan 2026 is before the as-of date, 7 Dec 2026: check the year/)).toBeTruthy();
    await user.clear(screen.getByLabelText('Next meeting date'));
    await user.type(screen.getByLabelText('Next meeting date'), '2027-01-14');
    expect(screen.queryByText(/is before the as-of date/)).toBeNull();
  });
});
